package org.nodevspython.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.nodevspython.policy.ContentPolicy;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping with typed, checked access: each getter reports a wrong or missing value at
 * its line with a hint, and returns empty so that checking goes on and every mistake is found.
 */
public final class YamlMap {

    private final Path file;
    private final int lineOffset;
    private final Problems problems;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(MappingNode node, Path file, int lineOffset, Problems problems) {
        this.node = node;
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(tuple.getKeyNode());
            if (entries.containsKey(key)) {
                report(tuple.getKeyNode(), Rule.YAML_KEY_REPEATED, key);
            } else {
                entries.put(key, tuple);
            }
        }
    }

    static YamlMap empty(Path file, int lineOffset, Problems problems) {
        return new YamlMap(new MappingNode(Tag.MAP, List.of(), org.snakeyaml.engine.v2.common.FlowStyle.AUTO), file, lineOffset, problems);
    }

    public Path file() {
        return file;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Collection<String> keys() {
        return entries.keySet();
    }

    /** The 1-based line of the key, or of the mapping itself when the key is absent. */
    public int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line(node, lineOffset) : line(tuple.getKeyNode(), lineOffset);
    }

    /** The 1-based line of the value of {@code key} (of the mapping when the key is absent). */
    public int valueLineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line(node, lineOffset) : line(tuple.getValueNode(), lineOffset);
    }

    /** The 1-based column of the value of {@code key}, 0 when unknown. */
    public int valueColumnOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? 0 : column(tuple.getValueNode());
    }

    /** Reports each key not in {@code allowed}, suggesting the closest allowed key. */
    public void allowOnly(Collection<String> allowed, String what) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                String suggestion = closest(entry.getKey(), allowed)
                        .map(s -> "did you mean '" + s + "'? ").orElse("");
                report(entry.getValue().getKeyNode(), Rule.YAML_KEY_UNKNOWN, entry.getKey(), what, suggestion,
                        String.join(", ", allowed));
            }
        }
    }

    public Optional<String> requireString(String key, String fix) {
        if (!has(key)) {
            problems.report(Rule.YAML_KEY_MISSING, file, line(node, lineOffset), 0, key, fix);
            return Optional.empty();
        }
        return string(key, fix);
    }

    public Optional<String> string(String key, String fix) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag()) && scalar.getValue().isEmpty()) {
            // "title:" with nothing after it: YAML reads null, a contributor wrote an empty value
            report(value.getStartMark().isPresent() ? value : tuple.getKeyNode(), Rule.YAML_VALUE_EMPTY, key, fix);
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            if (scalar.getValue().isBlank()) {
                report(value, Rule.YAML_VALUE_EMPTY, key, fix);
                return Optional.empty();
            }
            return Optional.of(scalar.getValue().strip());
        }
        report(value.getStartMark().isPresent() ? value : tuple.getKeyNode(), Rule.YAML_NOT_TEXT, key, fix);
        return Optional.empty();
    }

    /** A text that is plain text (see {@link ContentPolicy#markupIn}): no tag, no character reference. */
    public Optional<String> plainText(String key, boolean required, String fix) {
        Optional<String> value = required ? requireString(key, fix) : string(key, fix);
        Optional<String> markup = value.flatMap(ContentPolicy::markupIn);
        if (markup.isPresent()) {
            report(entries.get(key).getValueNode(), Rule.DATA_TEXT_MARKUP, markup.get());
            return Optional.empty();
        }
        return value;
    }

    /** A string that must match {@code pattern}, for values such as keys, languages and dates. */
    public Optional<String> matching(String key, Pattern pattern, boolean required, String fix) {
        Optional<String> value = required ? requireString(key, fix) : string(key, fix);
        if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
            report(entries.get(key).getValueNode(), Rule.YAML_VALUE_NOT_ALLOWED, key, value.get(), fix);
            return Optional.empty();
        }
        return value;
    }

    public Optional<String> oneOf(String key, Collection<String> allowed, boolean required) {
        String fix = "use one of: " + String.join(", ", allowed);
        Optional<String> value = required ? requireString(key, fix) : string(key, fix);
        if (value.isPresent() && !allowed.contains(value.get())) {
            String suggestion = closest(value.get(), allowed).map(s -> "did you mean '" + s + "'? ").orElse("");
            report(entries.get(key).getValueNode(), Rule.YAML_VALUE_NOT_ALLOWED, key, value.get(), suggestion + fix);
            return Optional.empty();
        }
        return value;
    }

    public Optional<Integer> requireInt(String key, int min, String fix) {
        if (!has(key)) {
            problems.report(Rule.YAML_KEY_MISSING, file, line(node, lineOffset), 0, key, fix);
            return Optional.empty();
        }
        Node value = entries.get(key).getValueNode();
        if (value instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
            try {
                int number = Integer.parseInt(scalar.getValue());
                if (number >= min) {
                    return Optional.of(number);
                }
            } catch (NumberFormatException e) {
                // reported below, like any other bad number
            }
        }
        report(value, Rule.YAML_NOT_A_NUMBER, key, min, fix);
        return Optional.empty();
    }

    public Optional<Boolean> bool(String key, String fix) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue()));
        }
        report(tuple.getValueNode(), Rule.YAML_NOT_A_BOOLEAN, key, fix);
        return Optional.empty();
    }

    public Optional<YamlMap> map(String key, boolean required, String fix) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required) {
                problems.report(Rule.YAML_KEY_MISSING, file, line(node, lineOffset), 0, key, fix);
            }
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, file, lineOffset, problems));
        }
        report(tuple.getValueNode(), Rule.YAML_NOT_A_MAPPING_VALUE, key, fix);
        return Optional.empty();
    }

    /** The mappings of a list, for example the entries of the reference list. */
    public List<YamlMap> listOfMaps(String key, String fix) {
        NodeTuple tuple = entries.get(key);
        List<YamlMap> items = new ArrayList<>();
        if (tuple == null) {
            problems.report(Rule.YAML_KEY_MISSING, file, line(node, lineOffset), 0, key, fix);
            return items;
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            report(tuple.getValueNode(), Rule.YAML_NOT_A_LIST, key, fix);
            return items;
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                items.add(new YamlMap(mapping, file, lineOffset, problems));
            } else {
                report(item, Rule.YAML_ITEM_NOT_A_MAPPING, key, fix);
            }
        }
        return items;
    }

    public int line() {
        return line(node, lineOffset);
    }

    private void report(Node at, Rule rule, Object... args) {
        problems.report(rule, file, line(at, lineOffset), column(at), args);
    }

    /** Reports that {@code rule} is broken by the value of {@code key} (at the key when the value is a block). */
    public void reportAt(String key, Rule rule, Object... args) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            problems.report(rule, file, line(node, lineOffset), 0, args);
        } else if (tuple.getValueNode() instanceof ScalarNode) {
            report(tuple.getValueNode(), rule, args);
        } else {
            // a block mapping or list starts on the line after its key: the key is where to look
            report(tuple.getKeyNode(), rule, args);
        }
    }

    static int line(Node node, int lineOffset) {
        return node.getStartMark().map(m -> lineOffset + m.getLine() + 1).orElse(lineOffset + 1);
    }

    static int column(Node node) {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    /** The allowed word nearest to a misspelling, if it is near enough to be a likely typo. */
    public static Optional<String> closest(String word, Collection<String> allowed) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return allowed.stream()
                .min(Comparator.comparingInt((String a) -> distance.apply(word.toLowerCase(), a.toLowerCase())).thenComparing(a -> a))
                .filter(best -> distance.apply(word.toLowerCase(), best.toLowerCase()) <= Math.max(2, best.length() / 3));
    }
}
