package org.nodevspython.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nodevspython.rules.Problem.Severity;

/** The one-line form editors and CI annotations jump to: {@code path:line:column: error: message (fix)}. */
class ProblemFormatTest {

    private static final Path PAGE = Path.of("content", "python.md");

    @Test
    void everyPart() {
        assertEquals("content/python.md:12:5: error: the citation [@x] names no reference (cite a key of data/references.yaml)",
                new Problem(PAGE, 12, 5, Severity.ERROR, "the citation [@x] names no reference",
                        "cite a key of data/references.yaml").toString());
    }

    @Test
    void withoutColumn() {
        assertEquals("content/python.md:12: error: the page 'x' has no en version (add it)",
                new Problem(PAGE, 12, 0, Severity.ERROR, "the page 'x' has no en version", "add it").toString());
    }

    @Test
    void withoutLineTheColumnGoesToo() {
        assertEquals("content/python.md: error: the sections are not in the same order (reorder them)",
                new Problem(PAGE, 0, 0, Severity.ERROR, "the sections are not in the same order", "reorder them").toString());
        assertEquals("content/python.md: error: the sections are not in the same order (reorder them)",
                new Problem(PAGE, 0, 7, Severity.ERROR, "the sections are not in the same order", "reorder them").toString());
    }

    @Test
    void withoutFix() {
        assertEquals("content/python.md:3:1: error: something is wrong",
                new Problem(PAGE, 3, 1, Severity.ERROR, "something is wrong", null).toString());
        assertEquals("content/python.md:3:1: error: something is wrong",
                new Problem(PAGE, 3, 1, Severity.ERROR, "something is wrong", "").toString());
    }

    @Test
    void warning() {
        assertEquals("content/en/python.md:8: warning: the translation is behind (mark it)",
                new Problem(Path.of("content", "en", "python.md"), 8, 0, Severity.WARNING, "the translation is behind", "mark it")
                        .toString());
    }

    @Test
    void sortedByFileThenLineThenColumn() {
        Problem a = new Problem(Path.of("content/en/python.md"), 40, 1, Severity.ERROR, "a", null);
        Problem b = new Problem(Path.of("content/python.md"), 2, 9, Severity.ERROR, "b", null);
        Problem c = new Problem(Path.of("content/python.md"), 10, 1, Severity.ERROR, "c", null);
        Problem d = new Problem(Path.of("content/python.md"), 10, 3, Severity.ERROR, "d", null);
        Problem e = new Problem(Path.of("data/references.yaml"), 1, 1, Severity.ERROR, "e", null);
        List<Problem> problems = new ArrayList<>(List.of(e, d, c, b, a));
        problems.sort(null);
        assertEquals(List.of(a, b, c, d, e), problems);
    }

    @Test
    void pathsAreReportedRelativeToTheProject() {
        Path project = Path.of("/work/project").toAbsolutePath();
        Problems problems = new Problems(project);
        problems.report(Rule.FRONT_MATTER_NOT_CLOSED, project.resolve("content/python.md"), 4, 2);
        assertEquals("content/python.md:4:2: error: the front matter is not closed (add a line '---' after its last field)",
                problems.all().get(0).toString());
    }
}
