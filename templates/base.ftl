<#ftl output_format="HTML" strip_whitespace=true>
<#-- The one layout of the site. Every link is built on content.rootpath, so the site works
     under any base path and from file://; every text comes from data/i18n.yaml (ui). -->
<#macro layout>
<!DOCTYPE html>
<html lang="${content.lang}" dir="ltr">
<head>
<meta charset="utf-8">
<@policy/>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if content.type == "home">${ui.site_title}<#else>${content.title} · ${ui.site_title}</#if></title>
<meta name="description" content="${content.description}">
<#if content.type == "error">
<meta name="robots" content="noindex">
<#else>
<#-- a page that stands in for an untranslated original: not indexed, its canonical the original, no hreflang of its own -->
<#if content.original??>
<meta name="robots" content="noindex">
</#if>
<link rel="canonical" href="${content.canonical}">
<#if content.alternates?has_content>
<#list content.alternates as alternate>
<link rel="alternate" hreflang="${alternate.lang}" href="${alternate.url}">
</#list>
<link rel="alternate" hreflang="x-default" href="${content.alternates[0].url}">
</#if>
</#if>
<meta property="og:type" content="website">
<meta property="og:site_name" content="${ui.site_title}">
<meta property="og:title" content="${content.title}">
<meta property="og:description" content="${content.description}">
<meta property="og:locale" content="${ui.og_locale}">
<#list content.alternates as alternate><#if !alternate.current>
<meta property="og:locale:alternate" content="${site.ogLocales[alternate.lang]}">
</#if></#list>
<link rel="icon" href="${content.rootpath}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${content.rootpath}css/site.css">
<@themeScript/><#nt>
<script src="${content.rootpath}js/site.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${ui.skip_to_content}</a>
<header class="site-header">
<a class="site-title" href="${content.rootpath}${site.nav[0].path}">${ui.site_title}</a>
<@search/>
<#-- Shown from the first paint when JavaScript runs (the script in <head> marks <html class="js">), with
     the name of the current theme chosen by CSS from <html data-theme>: nothing in the header moves later. -->
<button type="button" class="theme" data-theme-toggle hidden>${ui.theme_toggle}: <span data-theme-name="auto">${ui.theme_auto}</span><span
 data-theme-name="light">${ui.theme_light}</span><span data-theme-name="dark">${ui.theme_dark}</span></button>
<@languages/>
</header>
<#-- The same on every page of a language and folder: rendered once (see CachedDirective), the current page marked. -->
<@cached key="nav ${content.lang} ${content.rootpath}" current="${content.rootpath}${content.uri}">
<nav class="site-nav" aria-label="${ui.nav_label}">
<ul>
<#list site.nav as item>
<li><a href="${content.rootpath}${item.path}"<#if item.originalLang??> lang="${item.originalLang}"</#if>>${item.title}</a><#if item.originalLang??> <span class="lag-mark">(${ui.lag_nav})</span></#if></li>
</#list>
</ul>
</nav>
</@cached>
<main id="main">
<#nested>
<@pageSource/>
<#if content.prev?? || content.next??>
<nav class="pager" aria-label="${ui.pager_label}">
<#if content.prev??><a class="prev" rel="prev" href="${content.rootpath}${content.prev.path}"><span>${ui.previous}</span> ${content.prev.title}</a></#if>
<#if content.next??><a class="next" rel="next" href="${content.rootpath}${content.next.path}"><span>${ui.next}</span> ${content.next.title}</a></#if>
</nav>
</#if>
</main>
<footer class="site-footer">
<p>${ui.footer} <a href="${content.rootpath}${site.referencesPath}">${ui.references_link}</a> ·
<a href="${content.rootpath}${site.bookPath}">${ui.book_link}</a> ·
<a href="${content.rootpath}${site.pdfPath}" type="application/pdf">${ui.pdf_link}</a></p>
</footer>
</body>
</html>
</#macro>

<#-- The language switch: the page in each other language (site.js keeps the section scrolled to). -->
<#macro languages>
<nav class="languages" aria-label="${ui.language_label}">
<ul>
<#list content.languages as language>
<#if language.current>
<li><span aria-current="true">${language.name}</span></li>
<#else>
<li><a href="${content.rootpath}${language.path}" hreflang="${language.lang}" lang="${language.lang}" data-lang-switch>${language.name}</a></li>
</#if>
</#list>
</ul>
</nav>
</#macro>

<#-- Where the page comes from: the day it last changed (a commit's date, or its front matter's) and the link that
     edits its Markdown on the code host (site.edit_base); in the books too, where the link leads to the public
     repository as well. Nothing when neither is known. -->
<#macro pageSource page=content>
<#if page.updated?? || page.editUrl??>
<p class="page-source"><#if page.updated??>${ui.last_updated}: <time datetime="${page.updated}">${page.updated}</time></#if><#if page.updated?? && page.editUrl??> · </#if><#if page.editUrl??><a href="${page.editUrl}" rel="nofollow">${ui.edit_page}</a></#if></p>
</#if>
</#macro>

<#-- A page's article; a page standing in for an untranslated original says the language of its words. -->
<#macro article>
<article class="content"<#if content.originalLang??> lang="${content.originalLang}"</#if>>
<#nested>
</article>
</#macro>

<#-- The search box: hidden without JavaScript (search needs it; nothing else does), shown from the first
     paint when the script in <head> has marked <html class="js">.
     The index is a script loaded on first use, so it works from file:// and costs nothing otherwise. -->
<#macro search>
<form class="search" role="search" data-search hidden action="#"
 data-index="${content.rootpath}search-index.js" data-root="${content.rootpath}" data-lang="${content.lang}"
 data-loading="${ui.search_loading}" data-none="${ui.search_none}" data-result="${ui.search_result}" data-results="${ui.search_results}"
 data-other="${ui.search_other_language}">
<label for="search-input" class="vh">${ui.search_label}</label>
<input id="search-input" type="search" placeholder="${ui.search_placeholder}" autocomplete="off" spellcheck="false"
 aria-controls="search-results" aria-describedby="search-status">
<button type="submit">${ui.search_submit}</button>
<p id="search-status" class="vh" role="status"></p>
<ol id="search-results" class="search-results" hidden></ol>
</form>
<noscript><p class="search-off">${ui.search_no_js}</p></noscript>
</#macro>

<#-- The on-page table of contents: the page's sections, each linking to its id. -->
<#macro toc>
<#if content.toc?has_content>
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">${ui.toc_title}</h2>
<ol>
<#list content.toc as entry>
<li><a href="#${entry.id}">${entry.text}</a><#if entry.children?has_content>
<ol><#list entry.children as child><li><a href="#${child.id}">${child.text}</a></li></#list></ol></#if></li>
</#list>
</ol>
</nav>
</#if>
</#macro>

<#-- Before first paint: the class "js", which shows the controls that need JavaScript (nothing moves when site.js
     runs), and the theme the reader chose (stored by site.js), so that a dark page never flashes light. The one
     inline script of the site: the pages' policy allows it by its hash. -->
<#assign themeJs = 'var d=document.documentElement;d.className="js";try{var t=localStorage.getItem("theme");if(t)d.setAttribute("data-theme",t)}catch(e){}'>
<#macro themeScript><script>${themeJs?no_esc}</script></#macro>

<#-- The Content-Security-Policy of the pages: the site's own scripts (and the theme snippet, by its hash), styles and
     images, nothing from another host, no plugin, no <base>, no form sent anywhere. The preview's reload stream is the
     one connection (connect-src). Content cannot add to this: rules.Rule lists what a page may hold. -->
<#macro policy>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'sha256-${sha256(themeJs)}'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'">
</#macro>

<#-- The page's footnotes, after its text: a titled, labelled section.
     label: the section's accessible name, where its heading alone is not unique (the book's pages all have notes) -->
<#macro footnotes page=content label="">
<#if page.footnotes?has_content>${"\n"}<section class="footnotes" <#if label?has_content>aria-label="${label}"<#else>aria-labelledby="footnotes"</#if>><h2 id="footnotes">${ui.notes}</h2>${page.footnotes?no_esc}</section></#if><#t>
</#macro>

<#-- The reference list of data/references.yaml: the same numbers in every language, each entry linking back to
     every place of this language that cites it. -->
<#macro referenceList page=content>
<ol class="references">
<#list site.references as ref>
<li id="${ref.anchor}" value="${ref.number}">
<#assign when = ref.date!ui.no_date>
<#if ref.author??>${ref.author}. </#if><cite><a href="${ref.url}" hreflang="${ref.language}"<#if ref.language != page.lang> lang="${ref.language}"</#if>>${ref.title}</a></cite>.
${ref.publisher}, ${when}<#if !when?ends_with(".")>.</#if><#if ref.inSource> <span class="badge">${ui.in_source}</span></#if>
<#if ref.note?? || ref.page??><p class="note"><#if ref.note??>${ref.note}</#if><#if ref.page??> <a href="${page.rootpath}${ref.page}">${ui.see_chart}</a></#if></p></#if>
<#if ref.citedBy?has_content>
<p class="cited-by">${ui.cited_in}:
<#list ref.citedBy as place><#assign where>${place.page}<#if place.section??> – ${place.section}</#if></#assign><#if place.uses?size == 1><a href="${page.rootpath}${place.uses[0].path}">${where}</a><#else>${where}<#list place.uses as use> <a class="cite-letter" href="${page.rootpath}${use.path}" aria-label="${where} (${use.letter})">${use.letter}</a></#list></#if><#sep>, </#list></p>
</#if>
</li>
</#list>
</ol>
</#macro>
