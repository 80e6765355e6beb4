package org.nodevspython.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The numbers of the benchmark chart, computed here and drawn by {@code templates/chart.ftl}: a
 * horizontal bar per program and language on a log scale (the times span three orders of
 * magnitude), one grid line per decade, and the full table the chart is drawn from. Every value
 * is given as the text the template prints, formatted for the page's language.
 */
public final class ChartModel {

    private static final int WIDTH = 640;
    private static final int LEFT = 150;
    private static final int RIGHT = 70;
    private static final int TOP = 34;
    private static final int BAR = 11;
    private static final int ROW = 2 * BAR + 14;
    private static final double MIN_DECADE = 0;
    private static final double MAX_DECADE = 3;
    private static final int LEGEND_SPACING = 150;

    private ChartModel() {
    }

    /**
     * The model {@code chart.ftl} draws.
     *
     * @param id   a prefix for the ids of this chart, unique on its page
     * @param lang the page's language, for the numbers' format
     */
    public static Map<String, Object> of(BenchmarkData data, String id, String lang) {
        NumberFormat seconds = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang));
        seconds.setMinimumFractionDigits(2);
        seconds.setMaximumFractionDigits(2);
        NumberFormat whole = NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang));
        Map<String, List<BenchmarkData.Row>> programs = data.byProgram();
        List<String> languages = data.languages();
        int bottom = TOP + programs.size() * ROW;

        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("id", id);
        chart.put("width", Integer.toString(WIDTH));
        chart.put("height", Integer.toString(bottom + 28));
        List<Map<String, Object>> legend = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            int x = LEFT + i * LEGEND_SPACING;
            legend.add(Map.of("bar", "bar-" + i, "x", Integer.toString(x), "y", "8", "size", "14", "height", Integer.toString(BAR),
                    "textX", Integer.toString(x + 20), "textY", "18", "label", languages.get(i)));
        }
        chart.put("legend", legend);
        List<Map<String, Object>> grid = new ArrayList<>();
        for (int decade = (int) MIN_DECADE; decade <= MAX_DECADE; decade++) {
            String x = fmt(x(Math.pow(10, decade)));
            grid.add(Map.of("x", x, "y1", Integer.toString(TOP - 4), "y2", Integer.toString(bottom),
                    "labelY", Integer.toString(bottom + 16), "label", seconds.format(Math.pow(10, decade)).replaceAll("[.,]00$", "") + " s"));
        }
        chart.put("grid", grid);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> table = new ArrayList<>();
        int row = 0;
        for (Map.Entry<String, List<BenchmarkData.Row>> program : programs.entrySet()) {
            int y = TOP + row * ROW;
            List<Map<String, Object>> bars = new ArrayList<>();
            double first = program.getValue().get(0).seconds();
            boolean firstRun = true;
            for (BenchmarkData.Row run : program.getValue()) {
                int i = languages.indexOf(run.language());
                int barY = y + i * BAR;
                double end = x(run.seconds());
                bars.add(Map.of("bar", "bar-" + i, "x", Integer.toString(LEFT), "y", Integer.toString(barY), "width", fmt(end - LEFT),
                        "height", Integer.toString(BAR - 1), "valueX", fmt(end + 4), "valueY", Integer.toString(barY + BAR - 2),
                        "value", seconds.format(run.seconds())));
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("program", run.program());
                line.put("runs", firstRun ? Integer.toString(program.getValue().size()) : null);
                line.put("language", run.language() + " " + run.version());
                line.put("seconds", seconds.format(run.seconds()));
                line.put("ratio", firstRun ? "" : seconds.format(run.seconds() / first) + "×");
                line.put("memory", whole.format(run.memoryKb()));
                line.put("source", whole.format(run.sourceGzBytes()));
                line.put("cpu", seconds.format(run.busyCpuSeconds()));
                line.put("load", run.cpuLoad());
                table.add(line);
                firstRun = false;
            }
            rows.add(Map.of("label", program.getKey(), "x", Integer.toString(LEFT - 8), "y", Integer.toString(y + BAR + 4), "bars", bars));
            row++;
        }
        chart.put("rows", rows);
        chart.put("table", table);
        return chart;
    }

    private static double x(double seconds) {
        double decade = Math.log10(Math.max(seconds, Math.pow(10, MIN_DECADE)));
        return LEFT + (decade - MIN_DECADE) / (MAX_DECADE - MIN_DECADE) * (WIDTH - LEFT - RIGHT);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
