package org.nodevspython.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * The Benchmarks Game figures of {@code data/benchmarks/*.csv}: one row per program and language.
 * A missing column, or a number that is not one, is an error at its line.
 */
public record BenchmarkData(Path file, List<Row> rows) {

    /** One program run in one language. */
    public record Row(String program, String language, String version, double seconds, long memoryKb, long sourceGzBytes,
                      double busyCpuSeconds, String cpuLoad) {
    }

    private static final String[] COLUMNS =
            {"program", "language", "version", "seconds", "memory_kb", "source_gz_bytes", "busy_cpu_seconds", "cpu_load"};

    /** The languages in the order of the file, e.g. Node.js then Python 3. */
    public List<String> languages() {
        return rows.stream().map(Row::language).distinct().toList();
    }

    /** The rows grouped by program, in the order of the file. */
    public Map<String, List<Row>> byProgram() {
        Map<String, List<Row>> programs = new LinkedHashMap<>();
        rows.forEach(r -> programs.computeIfAbsent(r.program(), p -> new ArrayList<>()).add(r));
        return programs;
    }

    public static Optional<BenchmarkData> load(Path file, Problems problems) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Reader reader = new java.io.StringReader(text);
            List<Row> rows = new ArrayList<>();
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
            var parser = format.parse(reader);
            for (String column : COLUMNS) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.report(Rule.CHART_COLUMN_MISSING, file, 1, 0, column, String.join(",", COLUMNS));
                    return Optional.empty();
                }
            }
            for (CSVRecord record : parser) {
                // the line of the record's first character: empty lines, which the parser skips, count too
                int start = (int) Math.min(record.getCharacterPosition(), text.length());
                while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                    start++; // the empty lines before a record, which the parser skips
                }
                int line = 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
                try {
                    rows.add(new Row(record.get("program"), record.get("language"), record.get("version"),
                            Double.parseDouble(record.get("seconds")), Long.parseLong(record.get("memory_kb")),
                            Long.parseLong(record.get("source_gz_bytes")), Double.parseDouble(record.get("busy_cpu_seconds")),
                            record.get("cpu_load")));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    problems.report(Rule.CHART_ROW_INVALID, file, line, 0, e.getMessage());
                }
            }
            if (rows.isEmpty()) {
                problems.report(Rule.CHART_NO_ROWS, file, 1, 0);
                return Optional.empty();
            }
            return Optional.of(new BenchmarkData(file, rows));
        } catch (IOException e) {
            problems.report(Rule.CHART_UNREADABLE, file, 0, 0, e.getMessage());
            return Optional.empty();
        }
    }
}
