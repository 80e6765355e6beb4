<#ftl output_format="HTML" strip_whitespace=true>
<#-- The one layout of the site. Every link is built on content.rootpath, so the site works
     under any base path and from file://; every text comes from data/i18n.yaml (ui). -->
<#macro layout>
<!DOCTYPE html>
<html lang="${content.lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if content.type == "home">${ui.site_title}<#else>${content.title} · ${ui.site_title}</#if></title>
<meta name="description" content="${content.description}">
<link rel="canonical" href="${content.canonical}">
<#list content.alternates as alternate>
<link rel="alternate" hreflang="${alternate.lang}" href="${alternate.url}">
</#list>
<link rel="alternate" hreflang="x-default" href="${content.alternates[0].url}">
<link rel="stylesheet" href="${content.rootpath}css/site.css">
<script src="${content.rootpath}js/site.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${ui.skip_to_content}</a>
<header class="site-header">
<a class="site-title" href="${content.rootpath}${site.nav[0].path}">${ui.site_title}</a>
<nav class="languages" aria-label="${ui.language_label}">
<ul>
<#list content.alternates as alternate>
<#if alternate.current>
<li><span aria-current="true">${alternate.name}</span></li>
<#else>
<li><a href="${content.rootpath}${alternate.path}" hreflang="${alternate.lang}" lang="${alternate.lang}" data-lang-switch>${alternate.name}</a></li>
</#if>
</#list>
</ul>
</nav>
</header>
<nav class="site-nav" aria-label="${ui.nav_label}">
<ul>
<#list site.nav as item>
<li><a href="${content.rootpath}${item.path}"<#if item.path == content.path> aria-current="page"</#if>>${item.title}</a></li>
</#list>
</ul>
</nav>
<main id="main">
<#nested>
<#if content.prev?? || content.next??>
<nav class="pager" aria-label="${ui.pager_label}">
<#if content.prev??><a class="prev" rel="prev" href="${content.rootpath}${content.prev.path}"><span>${ui.previous}</span> ${content.prev.title}</a></#if>
<#if content.next??><a class="next" rel="next" href="${content.rootpath}${content.next.path}"><span>${ui.next}</span> ${content.next.title}</a></#if>
</nav>
</#if>
</main>
<footer class="site-footer">
<p>${ui.footer} <a href="${content.rootpath}${site.referencesPath}">${ui.references_link}</a></p>
</footer>
</body>
</html>
</#macro>

<#-- The on-page table of contents: the page's sections, each linking to its id. -->
<#macro toc>
<#if content.toc?has_content>
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">${ui.toc_title}</h2>
<ol>
<#list content.toc as entry>
<li class="level-${entry.level}"><a href="#${entry.id}">${entry.text}</a></li>
</#list>
</ol>
</nav>
</#if>
</#macro>
