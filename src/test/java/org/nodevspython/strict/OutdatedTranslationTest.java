package org.nodevspython.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.strict.Expect.error;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.bake.Bakery;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Rule;

/**
 * A change to a Portuguese section makes its English translation outdated: a warning, an error
 * under strict, a failing {@code translations --check} until {@code translations --mark}.
 */
class OutdatedTranslationTest {

    private static final String SOURCE = "content/python.md";
    private static final String TRANSLATION = "content/en/python.md";
    private static final String SENTENCE = "Existem algumas razões para isso.";

    @TempDir
    Path tmp;

    private Fixture changedAiSection() {
        return Fixture.copyOfRealProject(tmp).replaceInFile(SOURCE, SENTENCE, "Existem várias razões para isso.");
    }

    private Expect.Error behindInAi(Fixture f) {
        // at the outdated section's heading in the translation
        return error(TRANSLATION, f.lineOf(TRANSLATION, "{#ai}"),
                "the translation is behind content/python.md in the section #ai").fix("translations --mark en/python.md");
    }

    private static List<Problem> about(List<Problem> problems, String file) {
        return problems.stream().filter(p -> p.file().toString().replace('\\', '/').equals(file)).toList();
    }

    @Test
    void warningWhenNotStrict() {
        Fixture f = changedAiSection();
        Bakery.Result result = f.bakeSucceeds(false);
        List<Problem> warnings = about(result.warnings(), TRANSLATION);
        assertEquals(1, warnings.size(), "one warning about the translation:\n" + Expect.list(result.warnings()));
        assertTrue(behindInAi(f).warning().matches(warnings.get(0)), "the warning names #ai:\n" + Expect.list(result.warnings()));
        assertTrue(warnings.get(0).message().endsWith("in the section #ai"), "only #ai changed: " + warnings.get(0));
    }

    @Test
    void errorWhenStrict() {
        Fixture f = changedAiSection();
        Expect.onlyErrors(f.bake(true), behindInAi(f));
    }

    /** Marking one translation does not hide another that is still behind: --check with --mark reads the new status. */
    @Test
    void markWithCheckStillFailsOnAnotherOutdatedPage() {
        Fixture f = changedAiSection();
        String dir = f.root().toString();
        f.write("content/nodejs.md", f.read("content/nodejs.md") + "\nUma frase nova.\n");
        Cli.Run run = Cli.run("--source", dir, "translations", "--mark", "en/python.md", "--check");
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("python ") && l.contains("up to date")), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("nodejs ") && l.contains("outdated")), run.toString());
    }

    @Test
    void checkFailsUntilTheTranslationIsMarked() {
        Fixture f = changedAiSection();
        String dir = f.root().toString();
        Cli.Run check = Cli.run("--source", dir, "translations", "--check");
        assertEquals(1, check.code(), check.toString());
        assertTrue(check.out().lines().anyMatch(l -> l.startsWith("python ") && l.contains("outdated") && l.contains("#ai")),
                "the status table shows python as outdated in #ai:\n" + check);

        List<String> before = f.read(TRANSLATION).lines().toList();
        Cli.Run mark = Cli.run("--source", dir, "translations", "--mark", "en/python.md");
        assertEquals(0, mark.code(), mark.toString());
        assertTrue(mark.out().contains("marked content/en/python.md as up to date with content/python.md"), mark.toString());

        Cli.Run again = Cli.run("--source", dir, "translations", "--check");
        assertEquals(0, again.code(), again.toString());

        // only the hash of #ai changed: every other line of the front matter, and the text, are as the translator left them
        List<String> after = f.read(TRANSLATION).lines().toList();
        assertEquals(before.size(), after.size(), "same number of lines:\n" + String.join("\n", after));
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(before.get(i) + "  ->  " + after.get(i));
            }
        }
        assertEquals(1, changed.size(), "lines changed: " + changed);
        assertTrue(changed.get(0).trim().startsWith("ai: \""), "lines changed: " + changed);
        assertNotEquals(before, after);
        assertTrue(f.read(TRANSLATION).endsWith("\n"), "the file still ends with a line break");

        f.bakeSucceeds(true);
    }

    @Test
    void whitespaceOnlyChangeKeepsTheTranslationUpToDate() {
        Fixture f = Fixture.copyOfRealProject(tmp).replaceInFile(SOURCE, SENTENCE, "Existem   algumas\nrazões  para isso.");
        Bakery.Result result = f.bakeSucceeds(false);
        assertEquals(List.of(), about(result.warnings(), TRANSLATION));
        Cli.Run status = Cli.run("--source", f.root().toString(), "translations");
        assertTrue(status.out().lines().anyMatch(l -> l.startsWith("python ") && l.endsWith("up to date")),
                "the status table shows python as up to date:\n" + status);
    }

    /** A translation written by hand, without the hashes that 'translations --mark' writes. */
    private Fixture neverMarked() {
        Fixture f = Fixture.copyOfRealProject(tmp);
        String text = f.read(TRANSLATION);
        int from = text.indexOf("translated_from:");
        return f.write(TRANSLATION, text.substring(0, from) + text.substring(text.indexOf("---\n", from)));
    }

    /** Reported at 'key:', the line the translation shares with its source. */
    private static Expect.Error neverMarkedAt(Fixture f) {
        return error(TRANSLATION, f.lineOf(TRANSLATION, "key: python"), 0,
                "this translation has never been marked as up to date with content/python.md")
                .fix("then run: ./mvnw -q compile exec:java -Dexec.args=\"translations --mark en/python.md\"");
    }

    @Test
    void neverMarkedIsAWarningWhenNotStrict() {
        Fixture f = neverMarked();
        Bakery.Result result = f.bakeSucceeds(false);
        RuleExpect.is(Rule.TRANSLATION_NEVER_MARKED, result.warnings(), neverMarkedAt(f).warning());
        assertEquals(1, about(result.warnings(), TRANSLATION).size(), Expect.list(result.warnings()));
    }

    @Test
    void neverMarkedIsAnErrorWhenStrict() {
        Fixture f = neverMarked();
        RuleExpect.only(Rule.TRANSLATION_NEVER_MARKED, f.bake(true), neverMarkedAt(f));
    }
}
