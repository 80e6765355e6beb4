package org.nodevspython.strict;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.strict.Expect.error;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Rule;

/** Language parity: every page in every language, in the right folder, with the same sections. */
class LanguageFixturesTest {

    @TempDir
    Path tmp;

    private Fixture fixture() {
        return Fixture.copyOfRealProject(tmp);
    }

    private static String page(String lang, String key) {
        return "---\ntitle: Extra\nlang: " + lang + "\nkey: " + key + "\norder: 6\n"
                + "description: \"An extra page.\"\n---\n# Extra\n\nSome text.\n";
    }

    @Test
    void portuguesePageWithoutEnglishTranslation() {
        Fixture f = fixture().write("content/extra.md", page("pt-BR", "extra"));
        Expect.Error notTranslated = error("content/extra.md", f.lineOf("content/extra.md", "key: extra"),
                "the page 'extra' has no en version").fix("content/en/");
        // published with a stand-in and a warning; an error only in a strict build
        RuleExpect.is(Rule.PAGE_NOT_TRANSLATED, f.bakeSucceeds(false).warnings(), notTranslated.warning());
        Expect.onlyErrors(f.bake(true), notTranslated);
    }

    @Test
    void englishPageWithoutPortugueseOriginal() {
        Fixture f = fixture().write("content/en/extra.md", page("en", "extra"));
        Expect.Error noOriginal = error("content/en/extra.md", f.lineOf("content/en/extra.md", "key: extra"),
                "the page 'extra' has no pt-BR version, so it translates nothing").fix("content/<name>.md");
        BuildFailedException result = f.bake();
        RuleExpect.is(Rule.PAGE_WITHOUT_SOURCE, result.problems(), noOriginal);
        Expect.onlyErrors(result, noOriginal);
    }

    @Test
    void englishPageInTheRootFolder() {
        Fixture f = fixture().write("content/extra.md", page("en", "extra"));
        Expect.errors(f.bake().problems(),
                List.of(error("content/extra.md", f.lineOf("content/extra.md", "lang: en"),
                        "the page says 'lang: en' but is not in the en folder (content/en/)")),
                // it is also, as far as the site can tell, an English page without Portuguese original
                List.of(error("content/extra.md", Expect.ANY, "the page 'extra' has no pt-BR version")));
    }

    /**
     * Two errors, the section missing and the id unknown, and nothing else: the section still cites
     * what the Portuguese one cites, so its citations must not be reported as well.
     */
    @Test
    void sectionIdRenamedInTheTranslation() {
        String en = "content/en/python.md";
        Fixture f = fixture().replaceInFile(en, "## Concurrency and coroutines {#concurrency}", "## Concurrency and coroutines {#concurrent}");
        Expect.Error missing = // reported where it belongs in the translation: right after the title heading
                error(en, f.lineOf(en, "# Python"), "the section '#concurrency' of content/python.md (line "
                        + f.lineOf("content/python.md", "{#concurrency}") + ") is missing here");
        Expect.Error unknown = error(en, f.lineOf(en, "{#concurrent}"), 1, "the section '#concurrent' does not exist in content/python.md");
        // the missing section is a lag (a warning, an error when strict); a section of nothing is always an error
        Expect.onlyErrors(f.bake(), unknown);
        Expect.onlyErrors(f.bake(true), missing, unknown);
    }

    @Test
    void sectionsInADifferentOrder() {
        String en = "content/en/python.md";
        Fixture f = fixture();
        String text = f.read(en);
        int concurrency = text.indexOf("## Concurrency and coroutines");
        int scalability = text.indexOf("## Scalability and who uses it");
        int ai = text.indexOf("## Artificial intelligence");
        assertTrue(0 < concurrency && concurrency < scalability && scalability < ai, "the fixture is stale: " + en);
        String swapped = text.substring(0, concurrency) + text.substring(scalability, ai)
                + text.substring(concurrency, scalability) + text.substring(ai);
        f.write(en, swapped);
        // reported at the first heading out of place
        Expect.onlyErrors(f.bake(), error(en, f.lineOf(en, "## Scalability and who uses it"),
                "the sections are not in the same order as in content/python.md (concurrency, scalability, ai"));
    }

    @Test
    void twoHeadingsWithTheSameIdOnOnePage() {
        String en = "content/en/python.md";
        Fixture f = fixture().insertBefore(en, "Second, it is simple", "\n### Libraries {#ai}\n\n");
        Expect.errors(f.bake().problems(),
                List.of(error(en, f.lineOf(en, "### Libraries {#ai}"), 1,
                        "the id 'ai' is already used on this page, at line " + f.lineOf(en, "{#ai}\n\nPython stands out"))),
                // the heading exists in the translation only, so the pages' sections differ too
                List.of(error(en, Expect.ANY, "the sections are not in the same order as in content/python.md")));
    }

    @Test
    void headingWithoutId() {
        String en = "content/en/python.md";
        Fixture f = fixture().insertBefore(en, "Second, it is simple", "\n### Libraries\n\n");
        Expect.onlyErrors(f.bake(), error(en, f.lineOf(en, "### Libraries\n"), 1, "the heading 'Libraries' has no id")
                .fix("### Libraries {#libraries}"));
    }

    @Test
    void reservedIdForTheFootnotes() {
        String en = "content/en/python.md";
        Fixture f = fixture().insertBefore(en, "Second, it is simple", "\n### Notes {#footnotes}\n\n");
        int line = f.lineOf(en, "### Notes {#footnotes}");
        Expect.errors(f.bake().problems(),
                List.of(error(en, line, 1, "the id 'footnotes' is reserved for the site's own elements")),
                // the heading exists in the translation only
                List.of(error(en, line, "the section '#footnotes' does not exist in content/python.md")));
    }

    @Test
    void reservedIdPrefixOfCitations() {
        String en = "content/en/python.md";
        Fixture f = fixture().insertBefore(en, "Second, it is simple", "\n### Citations {#cite-x}\n\n");
        int line = f.lineOf(en, "### Citations {#cite-x}");
        Expect.errors(f.bake().problems(),
                List.of(error(en, line, 1, "the id 'cite-x' is reserved for the site's own elements")),
                // the heading exists in the translation only
                List.of(error(en, line, "the section '#cite-x' does not exist in content/python.md")));
    }

    /** The id is kept as written, so it is also a section the Portuguese page does not have: allowed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Libraries, libraries", "ai_libraries, ai-libraries", "2nd-reason, section-2nd-reason"})
    void idNotAllowed(String id, String suggested) {
        String en = "content/en/python.md";
        Fixture f = fixture().insertBefore(en, "Second, it is simple", "\n### Libraries {#" + id + "}\n\n");
        int line = f.lineOf(en, "### Libraries {#");
        RuleExpect.among(Rule.ID_NOT_ALLOWED, f.bake(), error(en, line, 1, "the id '" + id + "' is not allowed")
                        .fix("use lowercase ascii letters, digits and hyphens, starting with a letter, e.g. {#" + suggested + "}"),
                error(en, line, 1, "the section '#" + id + "' does not exist in content/python.md"));
    }
}
