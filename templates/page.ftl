<#ftl output_format="HTML">
<#import "base.ftl" as base>
<@base.layout>
<@base.article>
<h1>${content.heading?no_esc}</h1>
<@base.toc/>
${content.body?no_esc}<@base.footnotes/>
</@base.article>
</@base.layout>
