package org.nodevspython.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.strict.Expect.error;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.rules.Problem;

/** Every mistake in one run, sorted by file and line whatever the order the checks found them in. */
class MultipleProblemsTest {

    @TempDir
    Path tmp;

    @Test
    void unrelatedMistakesInTwoFilesAreReportedTogetherInOrder() {
        String page = "content/en/python.md";
        String references = "data/references.yaml";
        // found first: the reference list is read before any page
        Fixture f = Fixture.copyOfRealProject(tmp)
                .insertAfter(references, "    title: \"V8 JavaScript engine\"\n", "    edition: 2\n")
                // found while parsing the page
                .insertBefore(page, "Second, it is simple", "### Libraries\n\n")
                // found last, once every page is known, but higher up in the page
                .replaceInFile(page, "[Node.js scalability](nodejs.md#scalability)", "[Node.js scalability](nodejs.md#scale)");
        List<Problem> errors = f.bake().problems().stream().filter(Problem::isError).toList();
        List<Expect.Error> expected = List.of(
                error(page, f.lineOf(page, "(nodejs.md#scale)"), f.columnOf(page, "[Node.js scalability]"),
                        "the link 'nodejs.md#scale' names the section '#scale'"),
                error(page, f.lineOf(page, "### Libraries"), 1, "the heading 'Libraries' has no id"),
                error(references, f.lineOf(references, "edition: 2"), f.columnOf(references, "edition: 2"),
                        "unknown key 'edition' in a reference"));
        assertEquals(expected.size(), errors.size(), "the errors:\n" + Expect.list(errors));
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(expected.get(i).matches(errors.get(i)), "error " + (i + 1) + " should be " + expected.get(i)
                    + ", the errors in order:\n" + Expect.list(errors));
        }
    }
}
