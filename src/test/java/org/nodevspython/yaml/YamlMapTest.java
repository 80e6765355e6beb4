package org.nodevspython.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * The typed getters of a YAML mapping: what each returns for a good value, and each mistake it
 * reports, with its rule, line, column and message; {@link YamlMap#closest} for the hints.
 * The YAML starts at line 2 of its file (after a front matter's {@code ---}).
 */
class YamlMapTest {

    private static final String FIX = "the fix";
    private final Problems problems = new Problems(Path.of("/project"));

    private YamlMap map(String yaml) {
        YamlMap map = YamlSource.mapping(yaml, Path.of("/project/content/x.md"), 1, problems).orElseThrow();
        assertEquals(List.of(), problems.all(), "the YAML itself is valid");
        return map;
    }

    /** The one problem found, as {@code line:column rule message (fix)}. */
    private String problem() {
        assertEquals(1, problems.all().size(), problems.all().toString());
        Problem p = problems.all().get(0);
        return p.line() + ":" + p.column() + " " + p.rule() + " " + p.message() + " (" + p.fix() + ")";
    }

    private void noProblem() {
        assertEquals(List.of(), problems.all());
    }

    @Test
    void requireString() {
        YamlMap map = map("title: \"  Node.js \"\nnumber: 5\n");
        assertEquals(Optional.of("Node.js"), map.requireString("title", FIX), "stripped");
        assertEquals(Optional.of("5"), map.requireString("number", FIX), "a number is text too");
        noProblem();
        assertTrue(map.requireString("lang", "add lang").isEmpty());
        assertEquals("2:0 YAML_KEY_MISSING the required key 'lang' is missing (add lang)", problem());
    }

    @Test
    void stringOfAnAbsentKeyIsEmptyWithoutProblem() {
        assertTrue(map("a: x\n").string("b", FIX).isEmpty());
        noProblem();
    }

    @Test
    void anEmptyString() {
        assertTrue(map("a: x\ntitle: \"  \"\n").string("title", FIX).isEmpty());
        assertEquals("3:8 YAML_VALUE_EMPTY 'title' is empty (the fix)", problem());
    }

    @Test
    void aNullIsAnEmptyValue() {
        assertTrue(map("title:\nlang: en\n").string("title", FIX).isEmpty());
        assertEquals(Rule.YAML_VALUE_EMPTY, problems.all().get(0).rule(), "a key written without its value");
        assertEquals(2, problems.all().get(0).line());
    }

    @Test
    void aListIsNoText() {
        assertTrue(map("a: x\ntitle: [a, b]\n").string("title", FIX).isEmpty());
        assertEquals("3:8 YAML_NOT_TEXT 'title' must be a text value (the fix)", problem());
    }

    @Test
    void matching() {
        YamlMap map = map("key: nodejs\nbad: Node JS\n");
        Pattern key = Pattern.compile("[a-z]+");
        assertEquals(Optional.of("nodejs"), map.matching("key", key, true, FIX));
        assertTrue(map.matching("absent", key, false, FIX).isEmpty());
        noProblem();
        assertTrue(map.matching("bad", key, false, FIX).isEmpty());
        assertEquals("3:6 YAML_VALUE_NOT_ALLOWED 'bad' has the value 'Node JS', which is not allowed (the fix)", problem());
    }

    @Test
    void matchingARequiredAbsentKey() {
        assertTrue(map("a: x\n").matching("key", Pattern.compile(".*"), true, FIX).isEmpty());
        assertEquals("2:0 YAML_KEY_MISSING the required key 'key' is missing (the fix)", problem());
    }

    @Test
    void oneOf() {
        YamlMap map = map("lang: en\ntypo: enn\nfar: klingon\n");
        assertEquals(Optional.of("en"), map.oneOf("lang", List.of("pt-BR", "en"), true));
        noProblem();
        assertTrue(map.oneOf("typo", List.of("pt-BR", "en"), true).isEmpty());
        assertEquals("3:7 YAML_VALUE_NOT_ALLOWED 'typo' has the value 'enn', which is not allowed"
                + " (did you mean 'en'? use one of: pt-BR, en)", problem());
    }

    @Test
    void oneOfWithoutALikelySpelling() {
        assertTrue(map("far: klingon\n").oneOf("far", List.of("pt-BR", "en"), false).isEmpty());
        assertEquals("2:6 YAML_VALUE_NOT_ALLOWED 'far' has the value 'klingon', which is not allowed (use one of: pt-BR, en)",
                problem());
    }

    @Test
    void requireInt() {
        YamlMap map = map("order: 3\n");
        assertEquals(Optional.of(3), map.requireInt("order", 1, FIX));
        noProblem();
        assertTrue(map.requireInt("missing", 1, FIX).isEmpty());
        assertEquals("2:0 YAML_KEY_MISSING the required key 'missing' is missing (the fix)", problem());
    }

    @Test
    void requireIntOutOfRangeOrNoNumber() {
        YamlMap map = map("zero: 0\nquoted: \"3\"\nhuge: 99999999999\nword: two\nfloat: 1.5\n");
        for (String key : List.of("zero", "quoted", "huge", "word", "float")) {
            assertTrue(map.requireInt(key, 1, FIX).isEmpty(), key);
        }
        assertEquals(List.of("2:7", "3:9", "4:7", "5:7", "6:8"),
                problems.all().stream().map(p -> p.line() + ":" + p.column()).toList());
        assertTrue(problems.all().stream().allMatch(p -> p.rule() == Rule.YAML_NOT_A_NUMBER));
        assertEquals("'zero' must be a whole number of at least 1", problems.all().get(0).message());
    }

    @Test
    void bool() {
        YamlMap map = map("yes_: true\nno_: false\nword: yes\n");
        assertEquals(Optional.of(true), map.bool("yes_", FIX));
        assertEquals(Optional.of(false), map.bool("no_", FIX));
        assertTrue(map.bool("absent", FIX).isEmpty());
        noProblem();
        assertTrue(map.bool("word", FIX).isEmpty(), "YAML 1.2: yes is text");
        assertEquals("4:7 YAML_NOT_A_BOOLEAN 'word' must be true or false (the fix)", problem());
    }

    @Test
    void map() {
        YamlMap map = map("note:\n  en: hello\n  pt-BR: olá\ntext: x\n");
        YamlMap note = map.map("note", true, FIX).orElseThrow();
        assertEquals(List.of("en", "pt-BR"), List.copyOf(note.keys()));
        assertEquals(3, note.lineOf("en"), "lines of a nested mapping are lines of the file");
        assertTrue(map.map("absent", false, FIX).isEmpty());
        noProblem();
        assertTrue(map.map("text", true, FIX).isEmpty());
        assertEquals("5:7 YAML_NOT_A_MAPPING_VALUE 'text' must be a mapping of 'key: value' lines (the fix)", problem());
    }

    @Test
    void aRequiredMapThatIsAbsent() {
        assertTrue(map("a: x\n").map("strings", true, FIX).isEmpty());
        assertEquals("2:0 YAML_KEY_MISSING the required key 'strings' is missing (the fix)", problem());
    }

    @Test
    void listOfMaps() {
        YamlMap map = map("references:\n  - key: a\n    title: A\n  - just text\n  - key: b\n");
        List<YamlMap> items = map.listOfMaps("references", FIX);
        assertEquals(2, items.size());
        assertEquals(Optional.of("a"), items.get(0).string("key", FIX));
        assertEquals(3, items.get(0).line(), "an item's line is the line of its first key");
        assertEquals(6, items.get(1).lineOf("key"));
        assertEquals("5:5 YAML_ITEM_NOT_A_MAPPING each item of 'references' must be a mapping of 'key: value' lines (the fix)",
                problem());
    }

    @Test
    void listOfMapsThatIsNoList() {
        assertTrue(map("references: none\n").listOfMaps("references", FIX).isEmpty());
        assertEquals("2:13 YAML_NOT_A_LIST 'references' must be a list ('- ' items) (the fix)", problem());
    }

    @Test
    void listOfMapsThatIsAbsent() {
        assertTrue(map("a: x\n").listOfMaps("references", FIX).isEmpty());
        assertEquals("2:0 YAML_KEY_MISSING the required key 'references' is missing (the fix)", problem());
    }

    @Test
    void allowOnly() {
        map("title: x\ntitel: y\nzzz: z\n").allowOnly(List.of("title", "lang"), "the front matter");
        assertEquals(List.of(
                "3:1 unknown key 'titel' in the front matter (did you mean 'title'? allowed keys: title, lang)",
                "4:1 unknown key 'zzz' in the front matter (allowed keys: title, lang)"),
                problems.all().stream().map(p -> p.line() + ":" + p.column() + " " + p.message() + " (" + p.fix() + ")").toList());
    }

    @Test
    void lineOfAKeyOrOfTheMapping() {
        YamlMap map = map("\n\na: 1\nb: 2\n");
        assertEquals(4, map.lineOf("a"));
        assertEquals(5, map.lineOf("b"));
        assertEquals(map.line(), map.lineOf("absent"));
    }

    @Test
    void reportAtAScalarValueABlockOrNothing() {
        YamlMap map = map("a: value\nblock:\n  x: 1\n");
        map.reportAt("a", Rule.QUOTES_NOT_FOUR);
        map.reportAt("block", Rule.QUOTES_NOT_FOUR);
        map.reportAt("absent", Rule.QUOTES_NOT_FOUR);
        assertEquals(List.of("2:0", "2:4", "3:1"), problems.all().stream().map(p -> p.line() + ":" + p.column()).toList(),
                "at the mapping, at the value, at the key of a block");
    }

    @Test
    void closestFindsALikelyTypo() {
        List<String> keys = List.of("title", "lang", "key", "order", "description");
        assertEquals(Optional.of("title"), YamlMap.closest("titel", keys));
        assertEquals(Optional.of("description"), YamlMap.closest("descripton", keys));
        assertEquals(Optional.of("lang"), YamlMap.closest("LANG", keys), "case does not count");
        assertEquals(Optional.of("key"), YamlMap.closest("ky", keys));
    }

    @Test
    void closestGivesNothingWhenNothingIsNear() {
        assertEquals(Optional.empty(), YamlMap.closest("zzzzzz", List.of("title", "lang")));
        assertEquals(Optional.empty(), YamlMap.closest("abc", List.of("xyz")), "three edits away from a short word");
        assertEquals(Optional.empty(), YamlMap.closest("x", List.of()));
    }

    @Test
    void closestBreaksTiesAlphabetically() {
        assertEquals(Optional.of("bat"), YamlMap.closest("cat", List.of("rat", "bat")));
        assertEquals(Optional.of("bat"), YamlMap.closest("cat", List.of("bat", "rat")));
    }

    @Test
    void closestAllowsMoreEditsForLongerWords() {
        // nine letters: up to three edits
        assertEquals(Optional.of("reference"), YamlMap.closest("refrnc", List.of("reference")));
        assertEquals(Optional.empty(), YamlMap.closest("rfrnc", List.of("reference")));
    }
}
