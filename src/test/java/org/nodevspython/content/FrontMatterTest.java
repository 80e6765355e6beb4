package org.nodevspython.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * The front matter of a page: where {@link FrontMatter#split} cuts it off (a missing, an unclosed,
 * an empty front matter, a closing line at the very end, the body's first line), and what
 * {@link FrontMatter#parse} makes of its fields, each mistake at its line and column.
 */
class FrontMatterTest {

    private static final Path FILE = TestPages.PROJECT.resolve("content/en/nodejs.md");
    private final Problems problems = new Problems(TestPages.PROJECT);

    private static final String GOOD = """
            title: Node.js
            lang: en
            key: nodejs
            order: 2
            description: "About Node.js."
            """;

    private Optional<FrontMatter.Split> split(String text) {
        return FrontMatter.split(text, FILE, problems);
    }

    private Optional<FrontMatter> parse(String yaml) {
        return FrontMatter.parse(split("---\n" + yaml + "---\n# Title\n").orElseThrow(), FILE, TestPages.localization(), problems);
    }

    /** The one problem found, as {@code line:column rule}. */
    private String problem() {
        assertEquals(1, problems.all().size(), problems.all().toString());
        Problem p = problems.all().get(0);
        return p.line() + ":" + p.column() + " " + p.rule();
    }

    @Test
    void splitCutsTheYamlOffTheBody() {
        FrontMatter.Split split = split("---\ntitle: x\nlang: en\n---\n# Title\n\nText.\n").orElseThrow();
        assertEquals("title: x\nlang: en\n", split.yaml());
        assertEquals("# Title\n\nText.\n", split.body());
        assertEquals(5, split.bodyLine(), "the line of '# Title' in the file");
        assertEquals(List.of(), problems.all());
    }

    @Test
    void aClosingLineAtTheVeryEndLeavesAnEmptyBody() {
        FrontMatter.Split split = split("---\ntitle: x\n---").orElseThrow();
        assertEquals("title: x\n", split.yaml());
        assertEquals("", split.body());
        // no line 4 exists: a mistake in the (empty) body is reported at the closing line, a line the editor can show
        assertEquals(3, split.bodyLine());
    }

    @Test
    void anEmptyFrontMatter() {
        FrontMatter.Split split = split("---\n---\n# Title\n").orElseThrow();
        assertEquals("", split.yaml());
        assertEquals("# Title\n", split.body());
        assertEquals(3, split.bodyLine());
    }

    @Test
    void aDashedLineInsideAValueDoesNotCloseIt() {
        FrontMatter.Split split = split("---\ntitle: a --- b\n---\nBody\n").orElseThrow();
        assertEquals("title: a --- b\n", split.yaml());
        assertEquals("Body\n", split.body());
    }

    @Test
    void noFrontMatter() {
        assertTrue(split("# Title\n---\n").isEmpty());
        assertEquals("1:1 NO_FRONT_MATTER", problem());
    }

    @Test
    void aFirstLineWithMoreThanTheDashesIsNoFrontMatter() {
        assertTrue(split("--- \ntitle: x\n---\n").isEmpty());
        assertEquals("1:1 NO_FRONT_MATTER", problem());
    }

    @Test
    void anUnclosedFrontMatter() {
        assertTrue(split("---\ntitle: x\n\n# Title\n").isEmpty());
        assertEquals("1:1 FRONT_MATTER_NOT_CLOSED", problem());
    }

    @Test
    void theDashesAloneAreUnclosed() {
        assertTrue(split("---\n").isEmpty());
        assertEquals("1:1 FRONT_MATTER_NOT_CLOSED", problem());
    }

    @Test
    void everyField() {
        FrontMatter fm = parse(GOOD + "type: home\ndate: 2026-11-26\ntranslated_from:\n  _intro: \"0123abcd\"\n  ai: \"ffffffff\"\n")
                .orElseThrow();
        assertEquals(List.of(), problems.all());
        assertEquals(new FrontMatter("Node.js", "en", "nodejs", 2, PageType.HOME, "About Node.js.", "2026-11-26",
                Map.of("_intro", "0123abcd", "ai", "ffffffff"),
                Map.of("title", 2, "lang", 3, "key", 4, "order", 5, "description", 6, "type", 7, "date", 8, "translated_from", 9)), fm);
        assertEquals(9, fm.lineOf("translated_from"));
        assertEquals(2, fm.lineOf("missing"), "a field that is not there: the first line of the front matter");
    }

    @Test
    void theDefaults() {
        FrontMatter fm = parse(GOOD).orElseThrow();
        assertEquals(PageType.PAGE, fm.type());
        assertEquals(null, fm.date());
        assertEquals(Map.of(), fm.translatedFrom());
    }

    @Test
    void aMissingField() {
        assertTrue(parse(GOOD.replace("title: Node.js\n", "")).isEmpty());
        assertEquals("2:0 YAML_KEY_MISSING", problem());
        assertEquals("the required key 'title' is missing", problems.all().get(0).message());
    }

    @Test
    void anUnknownFieldWithItsLikelySpelling() {
        assertTrue(parse(GOOD + "descripton: x\n").isEmpty());
        assertEquals("7:1 YAML_KEY_UNKNOWN", problem());
        assertTrue(problems.all().get(0).fix().startsWith("did you mean 'description'? allowed keys: title, lang, key,"),
                problems.all().get(0).fix());
    }

    @Test
    void aLanguageOfNoSite() {
        assertTrue(parse(GOOD.replace("lang: en", "lang: enn")).isEmpty());
        assertEquals("3:7 YAML_VALUE_NOT_ALLOWED", problem());
        assertEquals("did you mean 'en'? use one of: pt-BR, en", problems.all().get(0).fix());
    }

    @Test
    void aKeyThatIsNotLowercaseWithHyphens() {
        assertTrue(parse(GOOD.replace("key: nodejs", "key: Node JS")).isEmpty());
        assertEquals("4:6 YAML_VALUE_NOT_ALLOWED", problem());
    }

    @Test
    void anOrderBelowOne() {
        assertTrue(parse(GOOD.replace("order: 2", "order: 0")).isEmpty());
        assertEquals("5:8 YAML_NOT_A_NUMBER", problem());
    }

    @Test
    void anUnknownType() {
        assertTrue(parse(GOOD + "type: blog\n").isEmpty());
        assertEquals("7:7 YAML_VALUE_NOT_ALLOWED", problem());
    }

    @Test
    void anImpossibleDate() {
        assertTrue(parse(GOOD + "date: 2026-13-01\n").isEmpty());
        assertEquals("7:7 YAML_VALUE_NOT_ALLOWED", problem());
    }

    @Test
    void aDescriptionTooLong() {
        String longest = "x".repeat(FrontMatter.DESCRIPTION_MAX);
        assertTrue(parse(GOOD.replace("About Node.js.", longest)).isPresent(), "exactly the maximum is allowed");
        assertTrue(parse(GOOD.replace("About Node.js.", longest + "x")).isEmpty());
        assertEquals("6:14 DESCRIPTION_TOO_LONG", problem());
        assertEquals("the description has 161 characters, more than 160", problems.all().get(0).message());
    }

    @Test
    void aTranslatedFromThatIsNoHash() {
        assertTrue(parse(GOOD + "translated_from:\n  ai: \"xyz\"\n").isEmpty());
        assertEquals("8:7 YAML_VALUE_NOT_ALLOWED", problem());
    }

    @Test
    void aSourcePageRecordsNoTranslatedFrom() {
        assertTrue(parse(GOOD.replace("lang: en", "lang: pt-BR") + "translated_from:\n  ai: \"0123abcd\"\n").isEmpty());
        assertEquals("7:1 TRANSLATED_FROM_IN_SOURCE", problem());
    }

    @Test
    void everyMistakeOfAFrontMatterIsReported() {
        assertTrue(parse("title: \"\"\nlang: fr\nkey: nodejs\norder: two\ndescription: x\n").isEmpty());
        assertEquals(List.of("2:8 YAML_VALUE_EMPTY", "3:7 YAML_VALUE_NOT_ALLOWED", "5:8 YAML_NOT_A_NUMBER"),
                problems.all().stream().map(p -> p.line() + ":" + p.column() + " " + p.rule()).toList());
    }
}
