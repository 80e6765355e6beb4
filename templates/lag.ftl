<#ftl output_format="HTML" strip_whitespace=true>
<#-- What the readers of a translation are told where it lags behind its original (the build puts these into the
     article, so the page, the book and its PDF all carry them). Each is a note, readable without JavaScript, with a
     link to the original's section; {language} and {date} in the strings of data/i18n.yaml are filled in here. -->

<#-- At the top of a section that changed in the original after it was translated. -->
<#macro outdated notice href sourceLang>
<div class="lag" role="note"><p><#if notice.date??>${ui.lag_outdated_on?replace("{language}", ui.source_language)?replace("{date}", notice.date)}<#else>${ui.lag_outdated?replace("{language}", ui.source_language)}</#if> <a href="${href}" hreflang="${sourceLang}">${ui.lag_read_original}</a></p><#if notice.diff?has_content><@diff segments=notice.diff/></#if></div>
</#macro>

<#-- In place of a section the translation does not have yet: its title in the original, so that the language switch
     from that section lands here. -->
<#macro missing notice href sourceLang>
<h2 id="${notice.section}" lang="${sourceLang}">${notice.sourceTitle}</h2>
<div class="lag" role="note"><p>${ui.lag_missing} <a href="${href}" hreflang="${sourceLang}">${ui.lag_read_missing}</a></p></div>
</#macro>

<#-- At the top of a page that has no translation yet, which shows the original. -->
<#macro untranslated href sourceLang pageLang>
<div class="lag" role="note" lang="${pageLang}"><p>${ui.lag_page?replace("{language}", ui.source_language)} <a href="${href}" hreflang="${sourceLang}">${ui.lag_read_page}</a></p></div>
</#macro>

<#-- For the translator, in the preview: what changed in the original since the version translated, word by word. -->
<#macro diff segments>
<details class="lag-diff"><summary>${ui.lag_diff}</summary><p><#list segments as s><#if s.kind == "REMOVED"><del>${s.text}</del><#elseif s.kind == "ADDED"><ins>${s.text}</ins><#else>${s.text}</#if></#list></p></details>
</#macro>
