package org.nodevspython.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.content.Page;
import org.nodevspython.content.PageType;
import org.nodevspython.content.TestPages;
import org.nodevspython.rules.Problems;

/**
 * The figures of every {@code ```benchmarks} block of a site, by the path the block gives: a file
 * of data/ is loaded (once for the blocks that share it), a path that is not a file of data/ (missing,
 * outside it, climbing out of the project) is reported at the block's line and column.
 */
class ChartsTest {

    private static final String CSV = "program,language,version,seconds,memory_kb,source_gz_bytes,busy_cpu_seconds,cpu_load\n"
            + "fasta,Node.js,v13.9.0,3.38,66344,2047,9.63,68%\n";

    @TempDir
    Path project;

    private final Problems problems = new Problems(TestPages.PROJECT);

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(project.resolve("data/benchmarks"));
        Files.writeString(project.resolve("data/benchmarks/x.csv"), CSV);
        Files.writeString(project.resolve("outside.csv"), CSV);
    }

    /** A page whose line 11 is the opening of a benchmarks block naming {@code path}. */
    private static Page page(String sourcePath, String path) {
        return TestPages.page(sourcePath, "en", sourcePath.replaceAll("\\W", ""), 1, PageType.PAGE,
                "# Figures\n\n```benchmarks\n" + path + "\n```\n");
    }

    private Map<String, BenchmarkData> load(Page... pages) {
        return Charts.load(TestPages.index(pages), project, project.resolve("data"), problems);
    }

    private List<String> problems() {
        return problems.all().stream().map(p -> p.path() + ":" + p.line() + ":" + p.column() + " " + p.rule() + " " + p.message()).toList();
    }

    @Test
    void theFileOfEachBlockIsLoaded() {
        Map<String, BenchmarkData> charts = load(page("en/a.md", "data/benchmarks/x.csv"), page("en/b.md", "data/benchmarks/x.csv"));
        assertEquals(List.of(), problems.all());
        assertEquals(List.of("data/benchmarks/x.csv"), List.copyOf(charts.keySet()), "one entry for the blocks that share a file");
        assertEquals("fasta", charts.get("data/benchmarks/x.csv").rows().get(0).program());
    }

    @Test
    void aFileThatDoesNotExist() {
        assertEquals(Map.of(), load(page("en/a.md", "data/benchmarks/none.csv")));
        assertEquals(List.of("content/en/a.md:11:1 CHART_FILE_UNKNOWN the benchmarks block names 'data/benchmarks/none.csv',"
                + " which is not a file of data/"), problems());
    }

    @Test
    void aFileOutsideData() {
        assertEquals(Map.of(), load(page("en/a.md", "outside.csv"), page("en/b.md", "data/../outside.csv"),
                page("en/c.md", "../outside.csv"), page("en/d.md", "data/benchmarks")));
        assertEquals(List.of(
                "content/en/a.md:11:1 CHART_FILE_UNKNOWN the benchmarks block names 'outside.csv', which is not a file of data/",
                "content/en/b.md:11:1 CHART_FILE_UNKNOWN the benchmarks block names 'data/../outside.csv', which is not a file of data/",
                "content/en/c.md:11:1 CHART_FILE_UNKNOWN the benchmarks block names '../outside.csv', which is not a file of data/",
                "content/en/d.md:11:1 CHART_FILE_UNKNOWN the benchmarks block names 'data/benchmarks', which is not a file of data/"),
                problems());
    }

    @Test
    void aBrokenFileIsReportedAtItsOwnLines() throws IOException {
        Files.writeString(project.resolve("data/benchmarks/bad.csv"), "program,language\nfasta,Node.js\n");
        assertEquals(Map.of(), load(page("en/a.md", "data/benchmarks/bad.csv")));
        assertEquals(1, problems.all().size());
        assertEquals("CHART_COLUMN_MISSING", problems.all().get(0).rule().name());
        assertEquals(project.resolve("data/benchmarks/bad.csv"), problems.all().get(0).file());
    }

    @Test
    void theRealSiteHasOneChartFileForItsTwoPages() {
        org.nodevspython.bake.RealSite real = org.nodevspython.bake.RealSite.copy(project.resolve("real"));
        Map<String, BenchmarkData> charts = real.charts();
        assertEquals(List.of(), real.problems.errors());
        assertEquals(List.of("data/benchmarks/benchmarksgame-node-python3.csv"), List.copyOf(charts.keySet()));
        assertEquals(20, charts.values().iterator().next().rows().size(), "ten programs in two languages");
    }
}
