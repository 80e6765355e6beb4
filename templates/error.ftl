<#ftl output_format="HTML" strip_whitespace=true>
<#import "base.ftl" as base>
<#-- The "not found" page. A host serves one 404 page for any missing address, at any depth, under any base path:
     so it needs nothing from anywhere (its stylesheet and icon inline, no script), its links are absolute (to the
     site's address, content.rootpath here), and it speaks every language. -->
<!DOCTYPE html>
<html lang="${content.lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${sha256(inline.css)}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${content.title} · ${ui.site_title}</title>
<meta name="description" content="${content.description}">
<meta name="robots" content="noindex">
<link rel="icon" href="${inline.icon}" type="image/svg+xml">
<style>${inline.css?no_esc}</style>
</head>
<body class="standalone">
<header class="site-header">
<a class="site-title" href="${site.notFound[0].homeUrl}">${ui.site_title}</a>
<@base.languages/>
</header>
<main id="main">
<article class="content">
<h1>${content.heading?no_esc}</h1>
${content.body?no_esc}<@base.footnotes/>
<#list site.notFound as message>
<#if message?index == 0>
<p class="not-found">${message.text} <a href="${message.homeUrl}">${message.home}</a></p>
<#else>
<section lang="${message.lang}" class="not-found">
<h2>${message.title}</h2>
<p>${message.text} <a href="${message.homeUrl}">${message.home}</a></p>
</section>
</#if>
</#list>
</article>
</main>
</body>
</html>
