package org.nodevspython.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The numbers of the benchmark chart: bar ends on a log scale (one decade per 140 units from
 * x = 150, times below a second at the axis), one grid line per decade labelled in the page's
 * language, the size of the drawing, and the table with each language's ratio to the first.
 */
class ChartModelTest {

    private static final BenchmarkData DATA = new BenchmarkData(Path.of("data/benchmarks/x.csv"), List.of(
            new BenchmarkData.Row("spectral-norm", "Node.js", "v13.9.0", 4.29, 62304, 999, 16.47, "96% 96%"),
            new BenchmarkData.Row("spectral-norm", "Python 3", "3.8.0", 169.87, 49188, 417, 675.02, "100% 99%"),
            new BenchmarkData.Row("pidigits", "Node.js", "v13.9.0", 0.5, 36392, 599, 2.65, "0% 2%"),
            new BenchmarkData.Row("pidigits", "Python 3", "3.8.0", 1000, 1234567, 567, 2.44, "0% 3%")));

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> chart, String key) {
        return (List<Map<String, Object>>) chart.get(key);
    }

    @Test
    void barsEndOnALogScale() {
        Map<String, Object> chart = ChartModel.of(DATA, "chart-1", "en");
        List<Map<String, Object>> rows = list(chart, "rows");
        assertEquals(List.of("spectral-norm", "pidigits"), rows.stream().map(r -> r.get("label")).toList());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> spectral = (List<Map<String, Object>>) rows.get(0).get("bars");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pidigits = (List<Map<String, Object>>) rows.get(1).get("bars");
        // 150 + log10(s) × 140
        assertEquals("88.5", spectral.get(0).get("width"), "4.29 s");
        assertEquals("242.5", spectral.get(0).get("valueX"), "4 units after the end of the bar");
        assertEquals("312.2", spectral.get(1).get("width"), "169.87 s");
        assertEquals("0.0", pidigits.get(0).get("width"), "below a second: at the axis");
        assertEquals("420.0", pidigits.get(1).get("width"), "1000 s: the full width");
        assertEquals(List.of("bar-0", "bar-1"), spectral.stream().map(b -> b.get("bar")).toList());
        assertEquals(List.of("34", "45"), spectral.stream().map(b -> b.get("y")).toList(), "one bar under the other");
        assertEquals(List.of("70", "81"), pidigits.stream().map(b -> b.get("y")).toList(), "the next program 36 units lower");
        assertEquals("49", rows.get(0).get("y"));
        assertEquals("142", rows.get(0).get("x"));
    }

    @Test
    void theDrawingsSizeAndLegend() {
        Map<String, Object> chart = ChartModel.of(DATA, "chart-2", "en");
        assertEquals("chart-2", chart.get("id"));
        assertEquals("640", chart.get("width"));
        assertEquals("134", chart.get("height"), "34 + 2 programs × 36 + 28");
        List<Map<String, Object>> legend = list(chart, "legend");
        assertEquals(List.of("Node.js", "Python 3"), legend.stream().map(l -> l.get("label")).toList());
        assertEquals(List.of("150", "300"), legend.stream().map(l -> l.get("x")).toList());
        assertEquals(List.of("170", "320"), legend.stream().map(l -> l.get("textX")).toList());
    }

    @Test
    void oneGridLinePerDecade() {
        List<Map<String, Object>> grid = list(ChartModel.of(DATA, "c", "en"), "grid");
        assertEquals(List.of("150.0", "290.0", "430.0", "570.0"), grid.stream().map(g -> g.get("x")).toList());
        assertEquals(List.of("1 s", "10 s", "100 s", "1,000 s"), grid.stream().map(g -> g.get("label")).toList());
        assertEquals("30", grid.get(0).get("y1"));
        assertEquals("106", grid.get(0).get("y2"));
        assertEquals("122", grid.get(0).get("labelY"));
    }

    @Test
    void gridLabelsInPortuguese() {
        List<Map<String, Object>> grid = list(ChartModel.of(DATA, "c", "pt-BR"), "grid");
        assertEquals(List.of("1 s", "10 s", "100 s", "1.000 s"), grid.stream().map(g -> g.get("label")).toList());
    }

    @Test
    void valuesInTheLanguageOfThePage() {
        @SuppressWarnings("unchecked")
        Map<String, Object> pt = ((List<Map<String, Object>>) list(ChartModel.of(DATA, "c", "pt-BR"), "rows").get(0).get("bars")).get(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> en = ((List<Map<String, Object>>) list(ChartModel.of(DATA, "c", "en"), "rows").get(0).get("bars")).get(1);
        assertEquals("169,87", pt.get("value"));
        assertEquals("169.87", en.get("value"));
    }

    @Test
    void theTableWithTheRatioToTheFirstLanguage() {
        List<Map<String, Object>> table = list(ChartModel.of(DATA, "c", "en"), "table");
        assertEquals(4, table.size());
        Map<String, Object> node = table.get(0);
        Map<String, Object> python = table.get(1);
        assertEquals("spectral-norm", node.get("program"));
        assertEquals("2", node.get("runs"), "the first line of a program spans its runs");
        assertNull(python.get("runs"));
        assertEquals("Node.js v13.9.0", node.get("language"));
        assertEquals("4.29", node.get("seconds"));
        assertEquals("", node.get("ratio"), "the first language is the reference");
        assertEquals("39.60×", python.get("ratio"), "169.87 / 4.29");
        assertEquals("62,304", node.get("memory"));
        assertEquals("999", node.get("source"));
        assertEquals("16.47", node.get("cpu"));
        assertEquals("96% 96%", node.get("load"));
        assertEquals("2,000.00×", table.get(3).get("ratio"), "1000 / 0.5");
        List<Map<String, Object>> pt = list(ChartModel.of(DATA, "c", "pt-BR"), "table");
        assertEquals("39,60×", pt.get(1).get("ratio"));
        assertEquals("1.234.567", pt.get(3).get("memory"));
    }
}
