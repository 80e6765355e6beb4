<#ftl output_format="HTML" strip_whitespace=true>
<#-- The benchmark chart of a ```benchmarks block, drawn at build time as inline SVG (no script), labelled for
     screen readers, then the full table it is drawn from. The numbers, already formatted, come from ChartModel. -->
<#macro chart c>
<figure class="chart" id="${c.id}">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${c.width} ${c.height}" role="img" aria-labelledby="${c.id}-title ${c.id}-desc">
<title id="${c.id}-title">${ui.chart_title}</title>
<desc id="${c.id}-desc">${ui.chart_desc}</desc>
<#list c.legend as key>
<rect class="${key.bar}" x="${key.x}" y="${key.y}" width="${key.size}" height="${key.height}"/><text x="${key.textX}" y="${key.textY}">${key.label}</text>
</#list>
<#list c.grid as line>
<line class="grid" x1="${line.x}" x2="${line.x}" y1="${line.y1}" y2="${line.y2}"/><text class="axis" x="${line.x}" y="${line.labelY}" text-anchor="middle">${line.label}</text>
</#list>
<#list c.rows as row>
<text x="${row.x}" y="${row.y}" text-anchor="end">${row.label}</text>
<#list row.bars as bar>
<rect class="${bar.bar}" x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}"/><text class="value" x="${bar.valueX}" y="${bar.valueY}">${bar.value}</text>
</#list>
</#list>
</svg>
<figcaption>${ui.chart_title}</figcaption>
</figure>
<#-- a scrolling region must be reachable with the keyboard, and named -->
<section class="table-wrap" tabindex="0" aria-label="${ui.chart_title}"><table class="table benchmarks">
<thead>
<tr><#list ["table_program", "table_language", "table_seconds", "table_ratio", "table_memory", "table_source", "table_cpu", "table_load"] as column><th scope="col">${ui[column]}</th></#list></tr>
</thead>
<tbody>
<#list c.table as run>
<tr><#if run.runs??><th scope="rowgroup" rowspan="${run.runs}">${run.program}</th></#if><td>${run.language}</td><td class="num">${run.seconds}</td><td class="num">${run.ratio}</td><td class="num">${run.memory}</td><td class="num">${run.source}</td><td class="num">${run.cpu}</td><td>${run.load}</td></tr>
</#list>
</tbody>
</table></section><#t>
</#macro>
