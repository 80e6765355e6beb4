package org.nodevspython.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nodevspython.content.LinkUse;
import org.nodevspython.content.Page;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/** The figures of every {@code ```benchmarks} block of the site, each CSV file read once. */
public final class Charts {

    private Charts() {
    }

    /**
     * @param project the project folder: a block names its CSV file by its path from there ({@code data/...})
     * @return the figures by the path the blocks give; a missing or broken file is reported at the block's line
     */
    public static Map<String, BenchmarkData> load(SiteIndex site, Path project, Path dataFolder, Problems problems) {
        Map<String, BenchmarkData> charts = new LinkedHashMap<>();
        for (Page page : site.all()) {
            for (LinkUse chart : page.charts()) {
                Path file = project.resolve(chart.url()).normalize();
                if (!file.startsWith(dataFolder) || !Files.isRegularFile(file)) {
                    problems.report(Rule.CHART_FILE_UNKNOWN, page.file(), chart.line(), chart.column(), chart.url());
                } else if (!charts.containsKey(chart.url())) {
                    BenchmarkData.load(file, problems).ifPresent(data -> charts.put(chart.url(), data));
                }
            }
        }
        return charts;
    }
}
