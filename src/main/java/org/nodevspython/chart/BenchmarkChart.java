package org.nodevspython.chart;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Entities;

/**
 * The Benchmarks Game figures as HTML made at build time: an inline SVG bar chart of the time of
 * every program in each language, on a log scale (the times span three orders of magnitude), with
 * no script, labelled for screen readers, followed by the full table it is drawn from.
 */
public final class BenchmarkChart {

    private static final int WIDTH = 640;
    private static final int LEFT = 150;
    private static final int RIGHT = 70;
    private static final int TOP = 34;
    private static final int BAR = 11;
    private static final int ROW = 2 * BAR + 14;
    private static final double MIN_DECADE = 0;
    private static final double MAX_DECADE = 3;

    private BenchmarkChart() {
    }

    /**
     * @param id  a prefix for the ids of this chart, unique on its page
     * @param ui  the interface strings of the page's language (chart_title, chart_desc, table_*)
     */
    public static String html(BenchmarkData data, String id, String lang, Map<String, String> ui) {
        NumberFormat seconds = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang));
        seconds.setMinimumFractionDigits(2);
        seconds.setMaximumFractionDigits(2);
        NumberFormat whole = NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang));
        StringBuilder html = new StringBuilder();
        html.append("<figure class=\"chart\" id=\"").append(id).append("\">\n");
        svg(html, data, id, ui, seconds);
        html.append("<figcaption>").append(esc(ui.get("chart_title"))).append("</figcaption>\n</figure>\n");
        table(html, data, ui, seconds, whole);
        return html.toString();
    }

    private static void svg(StringBuilder html, BenchmarkData data, String id, Map<String, String> ui, NumberFormat seconds) {
        Map<String, List<BenchmarkData.Row>> programs = data.byProgram();
        List<String> languages = data.languages();
        int height = TOP + programs.size() * ROW + 28;
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">\n");
        html.append("<title id=\"").append(id).append("-title\">").append(esc(ui.get("chart_title"))).append("</title>\n");
        html.append("<desc id=\"").append(id).append("-desc\">").append(esc(ui.get("chart_desc"))).append("</desc>\n");
        // legend
        for (int i = 0; i < languages.size(); i++) {
            int x = LEFT + i * 150;
            html.append("<rect class=\"bar-").append(i).append("\" x=\"").append(x).append("\" y=\"8\" width=\"14\" height=\"")
                    .append(BAR).append("\"/><text x=\"").append(x + 20).append("\" y=\"18\">").append(esc(languages.get(i)))
                    .append("</text>\n");
        }
        // grid: one line per decade, 1 s to 1,000 s
        int bottom = TOP + programs.size() * ROW;
        for (int decade = (int) MIN_DECADE; decade <= MAX_DECADE; decade++) {
            double x = x(Math.pow(10, decade));
            html.append("<line class=\"grid\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(TOP - 4)
                    .append("\" y2=\"").append(bottom).append("\"/><text class=\"axis\" x=\"").append(fmt(x)).append("\" y=\"")
                    .append(bottom + 16).append("\" text-anchor=\"middle\">").append(esc(seconds.format(Math.pow(10, decade))
                    .replaceAll("[.,]00$", ""))).append(" s</text>\n");
        }
        int row = 0;
        for (Map.Entry<String, List<BenchmarkData.Row>> program : programs.entrySet()) {
            int y = TOP + row * ROW;
            html.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + BAR + 4).append("\" text-anchor=\"end\">")
                    .append(esc(program.getKey())).append("</text>\n");
            for (BenchmarkData.Row run : program.getValue()) {
                int i = languages.indexOf(run.language());
                int barY = y + i * BAR;
                double end = x(run.seconds());
                html.append("<rect class=\"bar-").append(i).append("\" x=\"").append(LEFT).append("\" y=\"").append(barY)
                        .append("\" width=\"").append(fmt(end - LEFT)).append("\" height=\"").append(BAR - 1).append("\"/>")
                        .append("<text class=\"value\" x=\"").append(fmt(end + 4)).append("\" y=\"").append(barY + BAR - 2).append("\">")
                        .append(esc(seconds.format(run.seconds()))).append("</text>\n");
            }
            row++;
        }
        html.append("</svg>\n");
    }

    private static void table(StringBuilder html, BenchmarkData data, Map<String, String> ui, NumberFormat seconds, NumberFormat whole) {
        // a scrolling region must be reachable with the keyboard, and named (a named <section> is a region)
        html.append("<section class=\"table-wrap\" tabindex=\"0\" aria-label=\"").append(esc(ui.get("chart_title")))
                .append("\"><table class=\"table benchmarks\">\n<thead>\n<tr>");
        for (String column : List.of("table_program", "table_language", "table_seconds", "table_ratio", "table_memory", "table_source",
                "table_cpu", "table_load")) {
            html.append("<th scope=\"col\">").append(esc(ui.get(column))).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (Map.Entry<String, List<BenchmarkData.Row>> program : data.byProgram().entrySet()) {
            double first = program.getValue().get(0).seconds();
            boolean firstRow = true;
            for (BenchmarkData.Row run : program.getValue()) {
                html.append("<tr>");
                if (firstRow) {
                    html.append("<th scope=\"rowgroup\" rowspan=\"").append(program.getValue().size()).append("\">")
                            .append(esc(run.program())).append("</th>");
                }
                html.append("<td>").append(esc(run.language())).append(' ').append(esc(run.version())).append("</td>")
                        .append("<td class=\"num\">").append(esc(seconds.format(run.seconds()))).append("</td>")
                        .append("<td class=\"num\">").append(firstRow ? "" : esc(seconds.format(run.seconds() / first)) + "×").append("</td>")
                        .append("<td class=\"num\">").append(esc(whole.format(run.memoryKb()))).append("</td>")
                        .append("<td class=\"num\">").append(esc(whole.format(run.sourceGzBytes()))).append("</td>")
                        .append("<td class=\"num\">").append(esc(seconds.format(run.busyCpuSeconds()))).append("</td>")
                        .append("<td>").append(esc(run.cpuLoad())).append("</td></tr>\n");
                firstRow = false;
            }
        }
        html.append("</tbody>\n</table></section>\n");
    }

    private static double x(double seconds) {
        double decade = Math.log10(Math.max(seconds, Math.pow(10, MIN_DECADE)));
        return LEFT + (decade - MIN_DECADE) / (MAX_DECADE - MIN_DECADE) * (WIDTH - LEFT - RIGHT);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String esc(String text) {
        return Entities.escape(text == null ? "" : text);
    }
}
