package org.nodevspython.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A page cut into the sections a translation follows: the intro, each {@code ##} section with an id
 * (its {@code ###} subsections and a {@code ##} heading without id inside it), the footnotes; and the
 * hash of each, blind to white space only.
 */
class SectionsTest {

    private static final String PAGE = """
            # Title

            Intro text.

            ## One {#one}

            Text one.[^n]

            ### Sub {#sub}

            Sub text.

            ## No id

            Still one.

            ## Two {#two}

            Text two.

            [^n]: A note.
            """;

    private static Map<String, String> sections(String markdown) {
        return Sections.of(MarkdownSyntax.parser().parse(markdown));
    }

    private static Map<String, String> hashes(String markdown) {
        return Sections.hashes(MarkdownSyntax.parser().parse(markdown));
    }

    @Test
    void aPageIsCutIntoIntroSectionsAndNotes() {
        Map<String, String> sections = sections(PAGE);
        assertEquals(List.of(Sections.INTRO, "one", "two", Sections.NOTES), List.copyOf(sections.keySet()));
        assertEquals("# Title\nIntro text.", lines(sections.get(Sections.INTRO)));
        assertEquals("## One {#one}\nText one.[^n]\n### Sub {#sub}\nSub text.\n## No id\nStill one.", lines(sections.get("one")));
        assertEquals("## Two {#two}\nText two.", lines(sections.get("two")));
        assertEquals("[^n]: A note.", lines(sections.get(Sections.NOTES)));
    }

    /** The Markdown without its blank lines. */
    private static String lines(String markdown) {
        return markdown.replaceAll("\n+", "\n").strip();
    }

    @Test
    void aPageWithoutSectionsIsItsIntro() {
        assertEquals(List.of(Sections.INTRO), List.copyOf(sections("# Title\n\nOnly text.\n").keySet()));
    }

    @Test
    void theHashIsEightHexDigitsOfSha256() {
        assertEquals("e3b0c442", Sections.hash(""), "the first four bytes of SHA-256 of nothing");
        assertEquals("ba7816bf", Sections.hash("abc"));
    }

    @Test
    void theHashIsBlindToWhiteSpaceOnly() {
        assertEquals(Sections.hash("a b c"), Sections.hash("  a\tb\n\n  c \n"));
        assertNotEquals(Sections.hash("a b"), Sections.hash("ab"), "white space between words is not nothing");
        assertNotEquals(Sections.hash("a b"), Sections.hash("A b"));
    }

    @Test
    void reflowingASectionKeepsItsHash() {
        String reflowed = PAGE.replace("Text two.", "Text\n   two.").replace("Intro text.", "Intro    text.");
        assertEquals(hashes(PAGE), hashes(reflowed));
    }

    @Test
    void changingTheTextOfASectionChangesItsHashAlone() {
        Map<String, String> before = hashes(PAGE);
        Map<String, String> after = hashes(PAGE.replace("Text two.", "Text three."));
        assertNotEquals(before.get("two"), after.get("two"));
        for (String section : List.of(Sections.INTRO, "one", Sections.NOTES)) {
            assertEquals(before.get(section), after.get(section), section);
        }
        assertTrue(before.values().stream().allMatch(h -> h.matches("[0-9a-f]{8}")), before.toString());
    }

    @Test
    void theHashesAreThoseOfTheSectionsText() {
        Map<String, String> sections = sections(PAGE);
        Map<String, String> hashes = hashes(PAGE);
        sections.forEach((id, markdown) -> assertEquals(Sections.hash(markdown), hashes.get(id), id));
    }

    @Test
    void aParsedPageKeepsItsSectionHashes() {
        String markdown = PAGE.replace("## No id\n", ""); // a page of the site gives every section an id
        Page page = TestPages.page("x.md", "pt-BR", "x", 1, PageType.PAGE, markdown);
        assertEquals(hashes(markdown), page.sectionHashes());
        assertEquals(List.of(Sections.INTRO, "one", "two", Sections.NOTES), List.copyOf(page.sectionHashes().keySet()));
    }
}
