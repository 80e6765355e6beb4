<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<#list sitemap as page>
<url>
<loc>${page.url}</loc>
<#if page.date??><lastmod>${page.date}</lastmod></#if>
<#list page.alternates as alternate>
<xhtml:link rel="alternate" hreflang="${alternate.lang}" href="${alternate.url}"/>
</#list>
<xhtml:link rel="alternate" hreflang="x-default" href="${page.alternates[0].url}"/>
</url>
</#list>
</urlset>
