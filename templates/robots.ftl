<#ftl output_format="plainText">
User-agent: *
Allow: /
Sitemap: ${site.host}sitemap.xml
