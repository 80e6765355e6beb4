package org.nodevspython.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Problems;

/**
 * YAML text read as a mapping: each way it can fail (an unclosed quote at the line of the quote,
 * invalid YAML at the mark snakeyaml gives, a list or a scalar instead of a mapping, a key given
 * twice), every line shifted by the lines before the YAML text.
 */
class YamlSourceTest {

    private static final Path FILE = Path.of("/project/data/x.yaml");
    private final Problems problems = new Problems(Path.of("/project"));

    private Optional<YamlMap> mapping(String text, int lineOffset) {
        return YamlSource.mapping(text, FILE, lineOffset, problems);
    }

    private String problem() {
        assertEquals(1, problems.all().size(), problems.all().toString());
        Problem p = problems.all().get(0);
        return p.line() + ":" + p.column() + " " + p.rule() + " " + p.message();
    }

    @Test
    void aMappingKeepsItsKeysInOrder() {
        YamlMap map = mapping("b: 1\na: 2\nc:\n  d: 3\n", 0).orElseThrow();
        assertEquals(List.of("b", "a", "c"), List.copyOf(map.keys()));
        assertEquals(List.of(), problems.all());
    }

    @Test
    void emptyTextIsAnEmptyMapping() {
        YamlMap map = mapping("", 3).orElseThrow();
        assertTrue(map.keys().isEmpty());
        assertEquals(4, map.line(), "the line after the ones before the text");
        assertTrue(mapping("# only a comment\n", 0).orElseThrow().keys().isEmpty());
        assertEquals(List.of(), problems.all());
    }

    @Test
    void anUnclosedDoubleQuoteIsReportedWhereItOpens() {
        assertTrue(mapping("title: \"Node.js\nlang: en\norder: 2\n", 1).isEmpty());
        assertEquals("2:8 YAML_UNCLOSED_QUOTE not valid YAML: the value opened with \" is not closed on its line", problem());
    }

    @Test
    void anUnclosedSingleQuoteInAListItem() {
        assertTrue(mapping("items:\n  - 'one\n  - two\n", 0).isEmpty());
        assertEquals("2:5 YAML_UNCLOSED_QUOTE not valid YAML: the value opened with ' is not closed on its line", problem());
    }

    @Test
    void escapedQuotesDoNotOpenOrCloseAValue() {
        YamlMap map = mapping("a: \"say \\\"hi\\\"\"\nb: 'it''s'\nc: \"back\\\\\"\n", 0).orElseThrow();
        assertEquals("say \"hi\"", map.string("a", "").orElseThrow());
        assertEquals("it's", map.string("b", "").orElseThrow());
        assertEquals("back\\", map.string("c", "").orElseThrow());
        assertEquals(List.of(), problems.all());
    }

    @Test
    void invalidYamlIsReportedAtSnakeyamlsMark() {
        assertTrue(mapping("title: x\nlang: a: b\n", 10).isEmpty());
        assertEquals("12:8 YAML_INVALID not valid YAML: mapping values are not allowed here", problem());
    }

    @Test
    void badIndentation() {
        assertTrue(mapping("a:\n  b: 1\n c: 2\n", 0).isEmpty());
        Problem p = problems.all().get(0);
        assertEquals("YAML_INVALID", p.rule().name());
        assertEquals(3, p.line());
    }

    @Test
    void aListIsNoMapping() {
        assertTrue(mapping("- a\n- b\n", 1).isEmpty());
        assertEquals("2:0 YAML_NOT_A_MAPPING expected 'key: value' lines, found a sequence", problem());
    }

    @Test
    void aScalarIsNoMapping() {
        assertTrue(mapping("\n\njust text\n", 0).isEmpty());
        assertEquals("3:0 YAML_NOT_A_MAPPING expected 'key: value' lines, found a scalar", problem());
    }

    @Test
    void aKeyGivenTwiceIsReportedAtTheSecond() {
        YamlMap map = mapping("a: 1\nb: 2\na: 3\n", 1).orElseThrow();
        assertEquals("4:1 YAML_KEY_REPEATED the key 'a' is given twice", problem());
        assertEquals("1", map.string("a", "").orElseThrow(), "the first value is kept");
    }
}
