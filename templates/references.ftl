<#ftl output_format="HTML">
<#import "base.ftl" as base>
<#-- The reference list page: its text, then the list generated from data/references.yaml. -->
<@base.layout>
<@base.article>
<h1>${content.heading?no_esc}</h1>
${content.body?no_esc}<@base.footnotes/>
<@base.referenceList/>
</@base.article>
</@base.layout>
