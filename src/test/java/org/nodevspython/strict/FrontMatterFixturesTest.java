package org.nodevspython.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.strict.Expect.error;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Rule;

/**
 * Mistakes in a page's front matter. Most fixtures break content/en/index.md, whose only
 * consequence elsewhere is that the home page then has no English version.
 */
class FrontMatterFixturesTest {

    private static final String PAGE = "content/en/index.md";
    /** The only consequence of content/en/index.md being unusable; reporting it is optional. */
    private static final Expect.Error HOME_WITHOUT_EN = error("content/index.md", Expect.ANY, "the page 'home' has no en version");

    @TempDir
    Path tmp;

    private Fixture fixture() {
        return Fixture.copyOfRealProject(tmp);
    }

    private static void expect(BuildFailedException failure, Expect.Error... required) {
        Expect.errors(failure.problems(), List.of(required), List.of(HOME_WITHOUT_EN));
    }

    /**
     * The quote opened on the title line swallows the following lines up to the next quote; the
     * mistake the contributor has to fix is on the title line, so that is the line to report.
     */
    @Test
    void notValidYaml() {
        Fixture f = fixture().replaceInFile(PAGE, "title: Home\n", "title: \"unclosed\n");
        Expect.Error unclosed = error(PAGE, f.lineOf(PAGE, "title: \"unclosed"), f.columnOf(PAGE, "\"unclosed"),
                "not valid YAML: the value opened with \" is not closed on its line").fix("add the closing \"");
        BuildFailedException failure = f.bake();
        expect(failure, unclosed);
        RuleExpect.is(Rule.YAML_UNCLOSED_QUOTE, failure.problems(), unclosed);
    }

    @Test
    void notValidYamlOnOneLine() {
        Fixture f = fixture().replaceInFile(PAGE, "title: Home\n", "title: Home: page\n");
        expect(f.bake(), error(PAGE, f.lineOf(PAGE, "title: Home: page"), f.columnOf(PAGE, ": page"),
                "not valid YAML: mapping values are not allowed here"));
    }

    @Test
    void noFrontMatterAtAll() {
        Fixture f = fixture();
        String text = f.read(PAGE);
        f.write(PAGE, text.substring(text.indexOf("\n---\n") + "\n---\n".length()));
        expect(f.bake(), error(PAGE, 1, 1, "the page has no front matter"));
    }

    @Test
    void frontMatterNotClosed() {
        Fixture f = fixture();
        String text = f.read(PAGE);
        int closing = text.indexOf("\n---\n", 3);
        f.write(PAGE, text.substring(0, closing) + "\n\n" + text.substring(closing + "\n---\n".length()));
        expect(f.bake(), error(PAGE, 1, 1, "the front matter is not closed").fix("add a line '---'"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"title", "key", "order", "description"})
    void requiredFieldMissing(String field) {
        Fixture f = fixture().replaceLineStartingWith(PAGE, field + ": ", "");
        // the front matter as a whole lacks the key: reported at its first line
        expect(f.bake(), error(PAGE, 2, "the required key '" + field + "' is missing"));
    }

    @Test
    void orderIsNotANumber() {
        Fixture f = fixture().replaceInFile(PAGE, "order: 1\n", "order: first\n");
        Expect.Error notANumber = error(PAGE, f.lineOf(PAGE, "order: first"), f.columnOf(PAGE, "first"),
                "'order' must be a whole number of at least 1");
        BuildFailedException failure = f.bake();
        expect(failure, notANumber);
        RuleExpect.is(Rule.YAML_NOT_A_NUMBER, failure.problems(), notANumber);
    }

    @Test
    void languageNotAllowed() {
        Fixture f = fixture().replaceInFile(PAGE, "lang: en\n", "lang: fr\n");
        expect(f.bake(), error(PAGE, f.lineOf(PAGE, "lang: fr"), f.columnOf(PAGE, "fr\n"),
                "'lang' has the value 'fr', which is not allowed").fix("pt-BR, en"));
    }

    @Test
    void badDate() {
        Fixture f = fixture().insertAfter(PAGE, "type: home\n", "date: 2026-13-45\n");
        expect(f.bake(), error(PAGE, f.lineOf(PAGE, "date: 2026-13-45"), f.columnOf(PAGE, "2026-13-45"),
                "'date' has the value '2026-13-45'").fix("YYYY-MM-DD"));
    }

    @Test
    void unknownKeySuggestsTheClosestOne() {
        Fixture f = fixture().replaceInFile(PAGE, "title: Home\n", "tittle: Home\n");
        int line = f.lineOf(PAGE, "tittle: Home");
        expect(f.bake(),
                error(PAGE, line, 1, "unknown key 'tittle' in the front matter").fix("did you mean 'title'?"),
                error(PAGE, line, "the required key 'title' is missing"));
    }

    @Test
    void descriptionTooLong() {
        Fixture f = fixture().replaceLineStartingWith(PAGE, "description: ", "description: \"" + "A".repeat(161) + "\"");
        expect(f.bake(), error(PAGE, f.lineOf(PAGE, "description:"), f.columnOf(PAGE, "\"AAA"),
                "the description has 161 characters, more than 160"));
    }

    @Test
    void descriptionOfExactly160CharactersIsFine() {
        Fixture f = fixture().replaceLineStartingWith(PAGE, "description: ", "description: \"" + "A".repeat(160) + "\"");
        f.bakeSucceeds(false);
    }

    @Test
    void sameKeyTwiceInOneLanguage() {
        Fixture f = fixture().replaceInFile("content/python.md", "key: python\n", "key: nodejs\n");
        Expect.errors(f.bake().problems(),
                List.of(error("content/python.md", f.lineOf("content/python.md", "key: nodejs"),
                        "the key 'nodejs' is already used by content/nodejs.md in pt-BR")),
                // consequences: no Portuguese page has the key 'python' any more, and content/python.md
                // now pairs with content/en/nodejs.md, which does not translate it
                List.of(error("content/en/python.md", Expect.ANY, "the page 'python' has no pt-BR version"),
                        error("content/en/nodejs.md", Expect.ANY, "the translation is behind content/python.md")));
    }

    @Test
    void twoPagesWithTheSameOutputPath() {
        Fixture f = fixture();
        f.write("content/NodeJS.md", f.read("content/nodejs.md").replace("key: nodejs\n", "key: node\n"));
        // either file may carry the error; it names the other one
        List<Expect.Error> collision = List.of(
                error("content/nodejs.md", 1, "content/NodeJS.md would both be written to nodejs.html"),
                error("content/NodeJS.md", 1, "content/nodejs.md would both be written to"));
        BuildFailedException failure = f.bake();
        long reported = failure.problems().stream().filter(p -> collision.stream().anyMatch(c -> c.matches(p))).count();
        assertEquals(1, reported, "one error for the collision:\n" + Expect.list(failure.problems()));
        Problem problem = failure.problems().stream().filter(p -> collision.stream().anyMatch(c -> c.matches(p))).findFirst().orElseThrow();
        assertEquals(Rule.OUTPUT_PATH_TAKEN, problem.rule(), problem.toString());
        assertEquals(0, problem.column(), problem.toString());
        assertTrue(problem.message().endsWith("(names that differ only in case are the same file on many systems)"), problem.toString());
        assertEquals("rename one of them", problem.fix(), problem.toString());
        Expect.errors(failure.problems(), List.of(), List.of(collision.get(0), collision.get(1),
                error("content/NodeJS.md", Expect.ANY, "the page 'node' has no en version")));
    }

    /** Reported at the key 'translated_from:', the line to delete, not at the first hash below it. */
    @Test
    void translatedFromOnAPortuguesePage() {
        String page = "content/index.md";
        Fixture f = fixture().insertAfter(page, "type: home\n", "translated_from:\n  _intro: \"8cffe64d\"\n");
        RuleExpect.among(Rule.TRANSLATED_FROM_IN_SOURCE, f.bake(), error(page, f.lineOf(page, "translated_from:"), 1,
                        "'translated_from' is only for translations, and this page is in the source language").fix("remove it"),
                error("content/en/index.md", Expect.ANY, "the page 'home' has no pt-BR version"));
    }
}
