<#ftl output_format="HTML">
<#import "base.ftl" as base>
<#-- The reference list, generated from data/references.yaml: same numbers in every language,
     each entry linking back to every place of this language that cites it. -->
<@base.layout>
<article class="content">
<h1>${content.heading?no_esc}</h1>
${content.body?no_esc}
<ol class="references">
<#list site.references as ref>
<li id="${ref.anchor}" value="${ref.number}">
<#if ref.author??>${ref.author}. </#if><cite><a href="${ref.url}" hreflang="${ref.language}"<#if ref.language != content.lang> lang="${ref.language}"</#if>>${ref.title}</a></cite>.
${ref.publisher}, ${ref.date!ui.no_date}.<#if ref.inSource> <span class="badge">${ui.in_source}</span></#if>
<#if ref.note?? || ref.page??><p class="note"><#if ref.note??>${ref.note}</#if><#if ref.page??> <a href="${content.rootpath}${ref.page}">${ui.see_chart}</a></#if></p></#if>
<#if ref.citedBy?has_content>
<p class="cited-by">${ui.cited_in}:
<#list ref.citedBy as use><a href="${content.rootpath}${use.path}">${use.page}<#if use.section??> – ${use.section}</#if></a><#sep>, </#list></p>
</#if>
</li>
</#list>
</ol>
</article>
</@base.layout>
