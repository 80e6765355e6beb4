package org.nodevspython.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Problems;
import org.nodevspython.strict.Fixture;

/**
 * The figures of a benchmarks CSV file: its rows in the order of the file, grouped by program and
 * by language; a missing column, a row with a value that is no number or missing values, a file
 * without rows and an unreadable file, each reported at its line.
 */
class BenchmarkDataTest {

    private static final String HEADER = "program,language,version,seconds,memory_kb,source_gz_bytes,busy_cpu_seconds,cpu_load\n";

    @TempDir
    Path tmp;

    private final Problems problems = new Problems(Path.of("/"));

    private Optional<BenchmarkData> load(String csv) throws IOException {
        Path file = Files.writeString(tmp.resolve("x.csv"), csv);
        return BenchmarkData.load(file, problems);
    }

    private List<String> problems() {
        return problems.all().stream().map(p -> p.line() + ":" + p.column() + " " + p.rule() + " " + p.message()).toList();
    }

    @Test
    void rowsInTheOrderOfTheFile() throws IOException {
        BenchmarkData data = load(HEADER
                + "fasta,Node.js,v13.9.0,3.38,66344,2047,9.63,68% 52%\n"
                + "fasta,Python 3,3.8.0,63.55,844180,1947,129.71,40% 71%\n"
                + "pidigits,Python 3,3.8.0,2.38,12120,567,2.44,0% 3%\n"
                + "pidigits,Node.js,v13.9.0,2.57,36392,599,2.65,0% 2%\n").orElseThrow();
        assertEquals(List.of(), problems.all());
        assertEquals(new BenchmarkData.Row("fasta", "Python 3", "3.8.0", 63.55, 844180, 1947, 129.71, "40% 71%"), data.rows().get(1));
        assertEquals(List.of("Node.js", "Python 3"), data.languages());
        assertEquals(List.of("fasta", "pidigits"), List.copyOf(data.byProgram().keySet()));
        assertEquals(List.of("Python 3", "Node.js"), data.byProgram().get("pidigits").stream().map(BenchmarkData.Row::language).toList());
    }

    @Test
    void theColumnsMayBeInAnyOrder() throws IOException {
        BenchmarkData data = load("language,program,cpu_load,version,seconds,memory_kb,source_gz_bytes,busy_cpu_seconds\n"
                + "Node.js,fasta,1%,v1,1.5,2,3,4.5\n").orElseThrow();
        assertEquals(new BenchmarkData.Row("fasta", "Node.js", "v1", 1.5, 2, 3, 4.5, "1%"), data.rows().get(0));
    }

    @Test
    void aMissingColumn() throws IOException {
        assertTrue(load(HEADER.replace(",memory_kb", "") + "fasta,Node.js,v1,1,3,4,1%\n").isEmpty());
        assertEquals(List.of("1:0 CHART_COLUMN_MISSING the column 'memory_kb' is missing"), problems());
        assertEquals("the header must be: " + HEADER.strip(), problems.all().get(0).fix());
    }

    @Test
    void aRowWithAValueThatIsNoNumberOrTooFewValues() throws IOException {
        Optional<BenchmarkData> data = load(HEADER
                + "fasta,Node.js,v13.9.0,3.38,66344,2047,9.63,68%\n"
                + "fasta,Python 3,3.8.0,fast,844180,1947,129.71,40%\n"
                + "pidigits,Python 3\n"
                + "pidigits,Node.js,v13.9.0,2.57,36392.5,599,2.65,0%\n");
        assertEquals(1, data.orElseThrow().rows().size(), "the good rows are kept");
        List<Problem> found = problems.all();
        assertEquals(List.of(3, 4, 5), found.stream().map(Problem::line).toList());
        assertTrue(found.stream().allMatch(p -> p.rule() == org.nodevspython.rules.Rule.CHART_ROW_INVALID), found.toString());
        assertTrue(found.get(0).message().contains("fast"), found.get(0).message());
        assertTrue(found.get(2).message().contains("36392.5"), found.get(2).message());
    }

    @Test
    void anEmptyFileHasNoColumns() throws IOException {
        assertTrue(load("").isEmpty());
        assertEquals(List.of("1:0 CHART_COLUMN_MISSING the column 'program' is missing"), problems());
    }

    @Test
    void aFileWithoutRows() throws IOException {
        assertTrue(load(HEADER).isEmpty());
        assertEquals(List.of("1:0 CHART_NO_ROWS the file has no rows"), problems());
    }

    @Test
    void aFileWithOnlyBadRowsHasNoRows() throws IOException {
        assertTrue(load(HEADER + "fasta,Node.js,v1,x,1,2,3,4\n").isEmpty());
        assertEquals(List.of("CHART_NO_ROWS", "CHART_ROW_INVALID"), problems.all().stream().map(p -> p.rule().name()).toList());
    }

    @Test
    void anUnreadableFile() {
        assertTrue(BenchmarkData.load(tmp.resolve("missing.csv"), problems).isEmpty());
        Problem problem = problems.all().get(0);
        assertEquals("CHART_UNREADABLE", problem.rule().name());
        assertEquals(0, problem.line());
        assertTrue(problem.message().startsWith("cannot read the benchmark figures: "), problem.message());
    }

    @Test
    void theRealFiguresLoad() {
        Path file = Fixture.realProject().resolve("data/benchmarks/benchmarksgame-node-python3.csv");
        BenchmarkData data = BenchmarkData.load(file, problems).orElseThrow();
        assertEquals(List.of(), problems.all());
        assertEquals(List.of("Node.js", "Python 3"), data.languages());
        assertEquals(10, data.byProgram().size(), "the ten programs of the Benchmarks Game page");
    }
}
