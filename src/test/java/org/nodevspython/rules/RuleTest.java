package org.nodevspython.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The registry of rules: ids, the message and fix filled from their arguments, their patterns
 * with "…" for the variable parts, and which rules are LAG (a warning unless strict): exactly those
 * of the TRANSLATION stage.
 */
class RuleTest {

    @Test
    void theIdIsTheNameInLowercaseWithHyphens() {
        assertEquals("front-matter-not-closed", Rule.FRONT_MATTER_NOT_CLOSED.id());
        assertEquals("not-utf8", Rule.NOT_UTF8.id());
        assertEquals("yaml-too-deep", Rule.YAML_TOO_DEEP.id());
    }

    @Test
    void everyIdIsItsOwnAndWellFormed() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : Rule.values()) {
            assertTrue(rule.id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), rule.id());
            assertTrue(ids.add(rule.id()), "twice: " + rule.id());
        }
    }

    @Test
    void messageAndFixAreFilledFromTheArguments() {
        assertEquals("the link 'ruby.md' names a page that does not exist (content/en/ruby.md)",
                Rule.LINK_PAGE_UNKNOWN.message("ruby.md", "en/ruby.md"));
        assertEquals("check the file name; links name the Markdown file, e.g. 'python.md'", Rule.LINK_PAGE_UNKNOWN.fix("ruby.md", "en/ruby.md"));
        assertEquals("the description has 1234 characters, more than 160", Rule.DESCRIPTION_TOO_LONG.message(1234, 160),
                "numbers without grouping, whatever the machine's locale");
        assertEquals("escape spaces as %20", Rule.LINK_INVALID.fix("link", "a b"));
        assertEquals("did you mean 'title'? allowed keys: title, lang",
                Rule.YAML_KEY_UNKNOWN.fix("titel", "the front matter", "did you mean 'title'? ", "title, lang"));
        assertEquals("the page has no front matter", Rule.NO_FRONT_MATTER.message());
    }

    @Test
    void patternsShowTheVariablePartsAsEllipses() {
        assertEquals("the link '…' names a page that does not exist (content/…)", Rule.LINK_PAGE_UNKNOWN.messagePattern());
        assertEquals("the page '…' has no … version", Rule.PAGE_NOT_TRANSLATED.messagePattern());
        assertEquals("add content/…<name>.md with 'lang: …' and 'key: …'", Rule.PAGE_NOT_TRANSLATED.fixPattern());
        assertEquals("…known settings: …", Rule.SETTING_UNKNOWN.fixPattern());
        assertEquals("escape spaces as %20", Rule.LINK_INVALID.fixPattern(), "a literal % is shown once");
        assertEquals("the front matter is not closed", Rule.FRONT_MATTER_NOT_CLOSED.messagePattern());
    }

    @Test
    void aFixGivenWhollyByTheCheckSaysSo() {
        assertEquals("as the message says for that key", Rule.YAML_KEY_MISSING.fixPattern());
        assertEquals("as the message says for that key", Rule.SETTING_INVALID.fixPattern());
        for (Rule rule : Rule.values()) {
            for (String pattern : List.of(rule.messagePattern(), rule.fixPattern())) {
                assertTrue(!pattern.matches(".*%(\\d+\\$)?s.*") && !pattern.contains("%%"), rule + ": " + pattern);
            }
        }
    }

    @Test
    void exactlyTheTranslationStageIsLag() {
        List<Rule> lag = Arrays.stream(Rule.values()).filter(r -> r.kind() == Rule.Kind.LAG).toList();
        assertEquals(List.of(Rule.PAGE_NOT_TRANSLATED, Rule.SECTION_NOT_TRANSLATED, Rule.TRANSLATION_BEHIND, Rule.TRANSLATION_NEVER_MARKED),
                lag, "a translation missing or behind is published with a notice");
        for (Rule rule : Rule.values()) {
            if (rule != Rule.HISTORY_SHALLOW) {
                assertEquals(rule.stage() == Rule.Stage.TRANSLATION, rule.kind() == Rule.Kind.LAG, rule.toString());
            }
        }
        assertEquals(Rule.Kind.WARNING, Rule.HISTORY_SHALLOW.kind(), "a shallow clone cannot tell the history: never an error");
        assertEquals(Rule.Kind.ERROR, Rule.PAGE_WITHOUT_SOURCE.kind(), "a translation of nothing is always an error");
    }

    @Test
    void everyStageHasRulesAndATitle() {
        for (Rule.Stage stage : Rule.Stage.values()) {
            assertTrue(Arrays.stream(Rule.values()).anyMatch(r -> r.stage() == stage), stage.toString());
            assertTrue(!stage.title().isBlank(), stage.toString());
        }
        assertEquals("the generated files", Rule.Stage.OUTPUT.title());
    }
}
