package org.nodevspython.strict;

import static org.nodevspython.strict.Expect.error;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nodevspython.rules.Rule;

/**
 * The data files: the languages and interface strings (data/i18n.yaml), the reference list
 * (data/references.yaml) and the benchmark figures (data/benchmarks/*.csv) that the
 * {@code ```benchmarks} block of content/desempenho.md and content/en/performance.md draws.
 */
class DataFixturesTest {

    private static final String STRINGS = "data/i18n.yaml";
    private static final String REFERENCES = "data/references.yaml";
    private static final String CSV = "data/benchmarks/benchmarksgame-node-python3.csv";
    private static final String CHART_PAGE = "content/desempenho.md";
    private static final String HEADER = "program,language,version,seconds,memory_kb,source_gz_bytes,busy_cpu_seconds,cpu_load";
    /** A language that could not be read leaves its text in every interface string as an unknown key. */
    private static final Expect.Error UNKNOWN_LANGUAGE_OF_A_STRING = error(STRINGS, Expect.ANY, "unknown key 'en' in the string");
    /** A reference list that cannot be read leaves every citation without its reference (noise reported to the team). */
    private static final Expect.Error CITATION_WITHOUT_REFERENCE = Expect.anywhere("names no reference");

    @TempDir
    Path tmp;

    private Fixture fixture() {
        return Fixture.copyOfRealProject(tmp);
    }

    // --- data/i18n.yaml ---

    @Test
    void interfaceStringsDeleted() {
        Fixture f = fixture().delete(STRINGS);
        RuleExpect.only(Rule.STRINGS_UNREADABLE, f.bake(), error(STRINGS, 0, 0, "cannot read the interface strings: ")
                .fix("restore data/i18n.yaml from the repository"));
    }

    /** Saved as Latin-1: reading it as UTF-8 fails, which is not a YAML mistake. */
    @Test
    void interfaceStringsSavedAsLatin1() {
        Fixture f = fixture();
        f.writeBytes(STRINGS, f.read(STRINGS).getBytes(StandardCharsets.ISO_8859_1));
        RuleExpect.only(Rule.STRINGS_UNREADABLE, f.bake(), error(STRINGS, 0, 0, "cannot read the interface strings: ")
                .fix("restore data/i18n.yaml from the repository"));
    }

    @Test
    void interfaceStringsUnreadable() {
        Fixture f = fixture();
        RuleExpect.makeUnreadable(f.path(STRINGS));
        RuleExpect.only(Rule.STRINGS_UNREADABLE, f.bake(), error(STRINGS, 0, 0, "cannot read the interface strings: ")
                .fix("restore data/i18n.yaml from the repository"));
    }

    /**
     * The English language is then unusable, so the site is left with one language and every
     * string's English text is an unknown key: consequences, allowed here (noise reported to the team).
     */
    @Test
    void quotesOfTwoCharacters() {
        Fixture f = fixture().replaceInFile(STRINGS, "    folder: en\n    quotes: \"“”‘’\"\n", "    folder: en\n    quotes: \"“”\"\n");
        RuleExpect.among(Rule.QUOTES_NOT_FOUR, f.bake(), error(STRINGS, f.lineOf(STRINGS, "quotes: \"“”\""), f.columnOf(STRINGS, "\"“”\""),
                        "'quotes' must have exactly four characters").fix("for example “”‘’"),
                error(STRINGS, f.lineOf(STRINGS, "languages:"), 0, "the site needs at least two languages"), UNKNOWN_LANGUAGE_OF_A_STRING);
    }

    /** The source language is the one served at the site root: it has no folder. */
    @Test
    void sourceLanguageInAFolder() {
        Fixture f = fixture().replaceInFile(STRINGS, "    name: Português\n", "    name: Português\n    folder: pt\n");
        RuleExpect.only(Rule.TOO_FEW_LANGUAGES, f.bake(), error(STRINGS, f.lineOf(STRINGS, "languages:"), 0,
                "the site needs at least two languages, the first one served at the site root")
                .fix("leave 'folder' out for the first language and give the others a folder"));
    }

    /** Every string still has its English text, which is then an unknown key: consequences, allowed here. */
    @Test
    void onlyOneLanguage() {
        Fixture f = fixture().replaceInFile(STRINGS, "  - code: en\n    name: English\n    folder: en\n    quotes: \"“”‘’\"\n    book: book\n", "");
        RuleExpect.among(Rule.TOO_FEW_LANGUAGES, f.bake(), error(STRINGS, f.lineOf(STRINGS, "languages:"), 0,
                "the site needs at least two languages, the first one served at the site root"), UNKNOWN_LANGUAGE_OF_A_STRING);
    }

    /** Reported at the string's name, where the missing line belongs. */
    @Test
    void interfaceStringWithoutItsEnglishText() {
        Fixture f = fixture().replaceInFile(STRINGS, "    pt-BR: \"Próxima\"\n    en: \"Next\"\n", "    pt-BR: \"Próxima\"\n");
        RuleExpect.only(Rule.STRING_MISSING_LANGUAGE, f.bake(), error(STRINGS, f.lineOf(STRINGS, "  next:\n"), f.columnOf(STRINGS, "next:\n"),
                "the interface string 'next' has no en text").fix("add 'en: ...' under 'next'"));
    }

    // --- data/references.yaml ---

    @Test
    void referenceListDeleted() {
        Fixture f = fixture().delete(REFERENCES);
        RuleExpect.among(Rule.REFERENCES_UNREADABLE, f.bake(), error(REFERENCES, 0, 0, "cannot read the reference list: ")
                .fix("restore data/references.yaml from the repository"), CITATION_WITHOUT_REFERENCE);
    }

    @Test
    void referenceListSavedAsLatin1() {
        Fixture f = fixture();
        f.writeBytes(REFERENCES, f.read(REFERENCES).getBytes(StandardCharsets.ISO_8859_1));
        RuleExpect.among(Rule.REFERENCES_UNREADABLE, f.bake(), error(REFERENCES, 0, 0, "cannot read the reference list: ")
                .fix("restore data/references.yaml from the repository"), CITATION_WITHOUT_REFERENCE);
    }

    @Test
    void referenceListUnreadable() {
        Fixture f = fixture();
        RuleExpect.makeUnreadable(f.path(REFERENCES));
        RuleExpect.among(Rule.REFERENCES_UNREADABLE, f.bake(), error(REFERENCES, 0, 0, "cannot read the reference list: ")
                .fix("restore data/references.yaml from the repository"), CITATION_WITHOUT_REFERENCE);
    }

    /** Reported at 'note:', under which the missing line belongs. */
    @Test
    void noteWithoutItsEnglishText() {
        Fixture f = fixture().replaceInFile(REFERENCES, "      en: \"Documentation of the cluster module, which starts several Node.js processes"
                + " sharing server ports, and points to worker_threads when no separate processes are needed.\"\n", "");
        String note = "    note:\n      pt-BR: \"Documentação do módulo cluster";
        RuleExpect.only(Rule.REFERENCE_NOTE_MISSING_LANGUAGE, f.bake(), error(REFERENCES, f.lineOf(REFERENCES, note),
                f.columnOf(REFERENCES, note) + "    ".length(), "the note of this reference has no en text")
                .fix("add 'en: ...' under 'note', or remove the note"));
    }

    private Fixture pageOfAReferenceMisspelt() {
        return fixture().replaceInFile(REFERENCES, "    page: benchmarks\n", "    page: benchmark\n");
    }

    private static final String PAGE_UNKNOWN = "the reference 'benchmarksgame-node-python3' names the page 'benchmark', and no page has that key";

    /** The place is checked by {@link #referenceNamingAnUnknownPageAtItsPageLine}, which the main code does not pass yet. */
    @Test
    void referenceNamingAnUnknownPage() {
        Fixture f = pageOfAReferenceMisspelt();
        RuleExpect.only(Rule.REFERENCE_PAGE_UNKNOWN, f.bake(), error(REFERENCES, Expect.ANY, Expect.ANY, PAGE_UNKNOWN)
                .fix("give the key of a page, e.g. benchmarks"));
    }

    /**
     * WRONG LINE (reported, main code unchanged): the error is reported at the first line of the
     * entry ('- key: benchmarksgame-node-python3', column 0), four lines above the value to correct.
     */
    @Test
    void referenceNamingAnUnknownPageAtItsPageLine() {
        Fixture f = pageOfAReferenceMisspelt();
        RuleExpect.only(Rule.REFERENCE_PAGE_UNKNOWN, f.bake(), error(REFERENCES, f.lineOf(REFERENCES, "page: benchmark\n"),
                f.columnOf(REFERENCES, "benchmark\n"), PAGE_UNKNOWN));
    }

    // --- data/benchmarks/*.csv and the ```benchmarks block ---

    /** Reported at the block's opening line, the path being the line under it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"data/benchmarks/node-python.csv", "content/index.md", "data/benchmarks"})
    void chartOfAFileThatIsNotADataFile(String path) {
        Fixture f = fixture().replaceInFile(CHART_PAGE, "data/benchmarks/benchmarksgame-node-python3.csv\n", path + "\n");
        RuleExpect.only(Rule.CHART_FILE_UNKNOWN, f.bake(), error(CHART_PAGE, f.lineOf(CHART_PAGE, "```benchmarks"), 1,
                "the benchmarks block names '" + path + "', which is not a file of data/")
                .fix("write the path of a CSV file below data/, e.g. data/benchmarks/x.csv"));
    }

    @Test
    void columnDeletedFromTheFigures() {
        Fixture f = fixture();
        f.write(CSV, f.read(CSV).lines().map(l -> l.substring(0, l.lastIndexOf(','))).collect(Collectors.joining("\n", "", "\n")));
        RuleExpect.only(Rule.CHART_COLUMN_MISSING, f.bake(), error(CSV, 1, 0, "the column 'cpu_load' is missing")
                .fix("the header must be: " + HEADER));
    }

    @Test
    void columnMisspeltInTheHeader() {
        Fixture f = fixture().replaceInFile(CSV, HEADER + "\n", HEADER.replace("memory_kb", "memory_KB") + "\n");
        RuleExpect.only(Rule.CHART_COLUMN_MISSING, f.bake(), error(CSV, 1, 0, "the column 'memory_kb' is missing")
                .fix("the header must be: " + HEADER));
    }

    @Test
    void unitAfterANumber() {
        Fixture f = fixture().replaceInFile(CSV, "mandelbrot,Node.js,v13.9.0,6.73,", "mandelbrot,Node.js,v13.9.0,6.73s,");
        RuleExpect.only(Rule.CHART_ROW_INVALID, f.bake(), error(CSV, f.lineOf(CSV, "6.73s"), 0,
                "this row is not complete or has a value that is not a number (For input string: \"6.73s\")")
                .fix("write every column; numbers use a dot for decimals"));
    }

    @Test
    void rowWithoutItsLastValue() {
        Fixture f = fixture().replaceInFile(CSV, ",96% 96% 96% 97%\n", "\n");
        RuleExpect.only(Rule.CHART_ROW_INVALID, f.bake(), error(CSV, 2, 0, "this row is not complete or has a value that is not a number (")
                .fix("write every column"));
    }

    /**
     * WRONG LINE (reported, main code unchanged): the line is the CSV record's number plus one, so
     * an empty line above the row (which the CSV reader skips) shifts it: line 4 is reported for
     * the row on line 5.
     */
    @Test
    void badRowBelowAnEmptyLine() {
        Fixture f = fixture().replaceInFile(CSV, "mandelbrot,Node.js,v13.9.0,6.73,", "\nmandelbrot,Node.js,v13.9.0,6.73s,");
        RuleExpect.only(Rule.CHART_ROW_INVALID, f.bake(), error(CSV, f.lineOf(CSV, "6.73s"), 0, "(For input string: \"6.73s\")"));
    }

    @Test
    void figuresWithoutRows() {
        Fixture f = fixture().write(CSV, HEADER + "\n");
        RuleExpect.only(Rule.CHART_NO_ROWS, f.bake(), error(CSV, 1, 0, "the file has no rows").fix("add the figures under the header"));
    }

    /** Exported as Latin-1 by a spreadsheet: reading it as UTF-8 fails. */
    @Test
    void figuresSavedAsLatin1() {
        Fixture f = fixture();
        f.writeBytes(CSV, f.read(CSV).replace("Python 3,3.8.0", "Pythön 3,3.8.0").getBytes(StandardCharsets.ISO_8859_1));
        RuleExpect.only(Rule.CHART_UNREADABLE, f.bake(), error(CSV, 0, 0, "cannot read the benchmark figures: "));
    }

    @Test
    void figuresUnreadable() {
        Fixture f = fixture();
        RuleExpect.makeUnreadable(f.path(CSV));
        RuleExpect.only(Rule.CHART_UNREADABLE, f.bake(), error(CSV, 0, 0, "cannot read the benchmark figures: ")
                .fix("check the path in the ```benchmarks block"));
    }
}
