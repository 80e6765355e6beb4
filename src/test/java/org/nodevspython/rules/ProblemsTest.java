package org.nodevspython.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.nodevspython.rules.Problem.Severity;

/**
 * The problems a bake collects: a LAG rule is a warning, an error when strict; every other rule an
 * error; all of them sorted by file and position, the same problem kept once, paths relative to the
 * project; {@link Problems#empty()} and {@link Problems#addAll} for the tasks of a parallel step.
 */
class ProblemsTest {

    private static final Path PROJECT = Path.of("/work/project");
    private static final Path PAGE = PROJECT.resolve("content/en/python.md");

    @Test
    void aLaggingTranslationIsAWarningUnlessStrict() {
        Problems relaxed = new Problems(PROJECT);
        relaxed.report(Rule.TRANSLATION_BEHIND, PAGE, 8, 0, "python.md", "the section #ai", "en/python.md");
        assertEquals(Severity.WARNING, relaxed.all().get(0).severity());
        assertFalse(relaxed.hasErrors());
        assertEquals(0, relaxed.errorCount());
        assertEquals(1, relaxed.warnings().size());

        Problems strict = new Problems(PROJECT, true);
        strict.report(Rule.TRANSLATION_BEHIND, PAGE, 8, 0, "python.md", "the section #ai", "en/python.md");
        assertEquals(Severity.ERROR, strict.all().get(0).severity());
        assertTrue(strict.hasErrors());
        assertEquals(List.of(), strict.warnings());
    }

    @Test
    void everyOtherRuleIsAnErrorEitherWay() {
        for (boolean strict : new boolean[] {false, true}) {
            Problems problems = new Problems(PROJECT, strict);
            problems.report(Rule.PAGE_WITHOUT_SOURCE, PAGE, 3, 0, "python", "pt-BR", "");
            assertEquals(Severity.ERROR, problems.all().get(0).severity());
        }
    }

    @Test
    void aShallowHistoryIsAWarningEvenInAStrictBuild() {
        for (boolean strict : new boolean[] {false, true}) {
            Problems problems = new Problems(PROJECT, strict);
            problems.report(Rule.HISTORY_SHALLOW, PAGE, 0, 0, 2);
            assertEquals(Severity.WARNING, problems.all().get(0).severity());
        }
    }

    @Test
    void aReportCarriesItsRuleMessageFixAndPlace() {
        Problems problems = new Problems(PROJECT);
        problems.report(Rule.LINK_TO_HTML, PAGE, 12, 5, "python.html", "python.md");
        Problem problem = problems.all().get(0);
        assertEquals(new Problem(Path.of("content/en/python.md"), 12, 5, Severity.ERROR, "the link 'python.html' names a generated HTML file",
                "name the Markdown file instead, e.g. 'python.md': it keeps working in the code host's preview", Rule.LINK_TO_HTML), problem);
    }

    @Test
    void problemsAreSortedByFileThenPosition() {
        Problems problems = new Problems(PROJECT);
        problems.report(Rule.NO_TEXT, PROJECT.resolve("content/python.md"), 9, 1);
        problems.report(Rule.NO_TEXT, PROJECT.resolve("content/en/python.md"), 20, 1);
        problems.report(Rule.NO_TEXT, PROJECT.resolve("content/python.md"), 2, 7);
        problems.report(Rule.NO_TEXT, PROJECT.resolve("content/python.md"), 2, 3);
        problems.report(Rule.YAML_INVALID, PROJECT.resolve("data/i18n.yaml"), 1, 1, "x");
        assertEquals(List.of("content/en/python.md:20:1", "content/python.md:2:3", "content/python.md:2:7", "content/python.md:9:1",
                "data/i18n.yaml:1:1"), problems.all().stream().map(Problem::location).toList());
    }

    @Test
    void theSameProblemIsKeptOnce() {
        Problems problems = new Problems(PROJECT);
        problems.report(Rule.NO_TEXT, PAGE, 9, 1);
        problems.report(Rule.NO_TEXT, PAGE, 9, 1);
        problems.report(Rule.SECOND_TITLE, PAGE, 9, 1);
        assertEquals(2, problems.all().size(), problems.all().toString());
    }

    @Test
    void pathsAreRelativeToTheProjectWhenInsideIt() {
        Problems problems = new Problems(PROJECT);
        assertEquals(Path.of("content/en/python.md"), problems.relative(PAGE));
        assertEquals(Path.of("content/x.md"), problems.relative(PROJECT.resolve("content/../content/./x.md")));
        assertEquals(Path.of("/elsewhere/x.md"), problems.relative(Path.of("/elsewhere/x.md")));
        assertEquals(Path.of("/work/project-other/x.md"), problems.relative(Path.of("/work/project-other/x.md")),
                "a sibling folder whose name starts alike is not inside");
    }

    @Test
    void emptyKeepsTheProjectAndTheStrictness() {
        Problems strict = new Problems(PROJECT, true);
        Problems task = strict.empty();
        assertEquals(List.of(), task.all());
        task.report(Rule.TRANSLATION_NEVER_MARKED, PAGE, 8, 0, "python.md", "en/python.md");
        assertEquals(Severity.ERROR, task.all().get(0).severity());
        assertEquals("content/en/python.md", task.all().get(0).path());
        assertEquals(List.of(), strict.all(), "the task's problems are its own until added");
        Problems relaxed = new Problems(PROJECT).empty();
        relaxed.report(Rule.TRANSLATION_NEVER_MARKED, PAGE, 8, 0, "python.md", "en/python.md");
        assertEquals(Severity.WARNING, relaxed.all().get(0).severity());
    }

    @Test
    void addAllMergesInOrder() {
        Problems all = new Problems(PROJECT);
        all.report(Rule.NO_TEXT, PAGE, 5, 0);
        Problems task = all.empty();
        task.report(Rule.NO_TEXT, PAGE, 1, 0);
        task.report(Rule.NO_TEXT, PAGE, 5, 0);
        all.addAll(task);
        assertEquals(List.of(1, 5), all.all().stream().map(Problem::line).toList());
        assertEquals(2, task.all().size(), "the task is not emptied");
    }

    @Test
    void reportsFromManyThreadsAreAllKept() {
        Problems problems = new Problems(PROJECT);
        IntStream.rangeClosed(1, 2000).parallel().forEach(line -> problems.report(Rule.NO_TEXT, PAGE, line, 0));
        assertEquals(2000, problems.errorCount());
        assertEquals(IntStream.rangeClosed(1, 2000).boxed().toList(), problems.all().stream().map(Problem::line).toList());
    }

    @Test
    void allIsACopy() {
        Problems problems = new Problems(PROJECT);
        List<Problem> before = problems.all();
        problems.report(Rule.NO_TEXT, PAGE, 1, 0);
        assertEquals(List.of(), before);
        assertEquals(1, problems.errors().size());
    }
}
