<#ftl output_format="HTML">
<#import "base.ftl" as base>
<#-- The "not found" page. One 404 page answers for the whole site, at any depth: its links are
     absolute (content.rootpath is the site's address here), and it speaks every language. -->
<@base.layout>
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
</@base.layout>
