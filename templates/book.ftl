<#ftl output_format="HTML" strip_whitespace=true>
<#import "base.ftl" as base>
<#-- The single-page book of a language (livro.html, en/book.html): every page in reading order in one
     self-contained file, the stylesheet inlined. The build then prefixes each chapter's ids with its page's key
     (nodejs--scalability) and rewrites its links to point inside the book. The line breaks inside a chapter are
     those of the page's own article. -->
<!DOCTYPE html>
<html lang="${book.lang}" dir="ltr"><head><meta charset="utf-8"><#t>
<#-- one file: its styles and the theme snippet inline, allowed by their hashes; the icon a data: address -->
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-${sha256(base.themeJs)}'; style-src 'sha256-${sha256(book.css)}'; img-src 'self' data:; base-uri 'none'; form-action 'none'"><#t>
<meta name="viewport" content="width=device-width, initial-scale=1"><#t>
<title>${ui.book_title} · ${ui.site_title}</title><#t>
<meta name="description" content="${ui.book_title}"><#t>
<#-- the book repeats the site's pages: search engines should list the pages, not the book -->
<meta name="robots" content="noindex"><#t>
<#-- the site's icon, inside the file like everything else (without it a browser asks the host for /favicon.ico) -->
<#if book.icon??><link rel="icon" type="image/svg+xml" href="${book.icon}"></#if><#t>
<style>${book.css?no_esc}</style><#t>
<@base.themeScript/></head><body class="book"><#t>
<header class="book-cover"><p class="site-title">${ui.site_title}</p><p>${ui.site_tagline}</p><#t>
<nav class="languages" aria-label="${ui.language_label}"><ul><#t>
<#list book.languages as language>
<#if language.current><li><span aria-current="true">${language.name}</span></li><#t>
<#else><li><a href="${language.href}" hreflang="${language.code}" lang="${language.code}">${language.name}</a></li><#t>
</#if>
</#list>
</ul></nav></header><#t>
<nav class="toc book-toc" aria-labelledby="book-contents"><h2 id="book-contents">${ui.book_contents}</h2><ol><#t>
<#list book.chapters as chapter>
<li><a href="#p-${chapter.key}">${chapter.title}</a><#if chapter.sections?has_content><ol><#list chapter.sections as section><li><a href="#${chapter.key}--${section.id}">${section.text}</a></li></#list></ol></#if></li><#t>
</#list>
</ol></nav><main id="main"><#t>
<#list book.chapters as chapter>
<#assign page = chapter.page>
<section class="book-page" id="p-${chapter.key}"<#if page.originalLang??> lang="${page.originalLang}"</#if>><#t>
<#if page.type == "page">
<h1>${page.heading?no_esc}</h1>${page.body?no_esc}<@base.footnotes page=page label=ui.notes + " · " + chapter.title/><#t>
<#else>
${"\n"}<h1>${page.heading?no_esc}</h1>
${page.body?no_esc}<@base.footnotes page=page label=ui.notes + " · " + chapter.title/>
<#if page.type == "references">
<@base.referenceList page=page/>
<#else>
${"\n"}<#t>
</#if>
</#if>
<@base.pageSource page=page/><#t>
</section><#t>
</#list>
</main></body></html>
