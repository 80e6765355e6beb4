<#ftl output_format="HTML">
<#import "base.ftl" as base>
<@base.layout>
<@base.article>
<h1>${content.heading?no_esc}</h1>
${content.body?no_esc}<@base.footnotes/>
<section class="map" aria-labelledby="map-title">
<h2 id="map-title">${ui.sections_map}</h2>
<ol>
<#list site.nav as item>
<#if item.type != "home">
<li><a href="${content.rootpath}${item.path}">${item.title}</a>
<p>${item.description}</p>
<#if item.sections?has_content>
<ul>
<#list item.sections as section>
<li><a href="${content.rootpath}${item.path}#${section.id}">${section.text}</a></li>
</#list>
</ul>
</#if>
</li>
</#if>
</#list>
</ol>
</section>
</@base.article>
</@base.layout>
