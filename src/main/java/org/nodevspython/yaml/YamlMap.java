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
import org.nodevspython.problems.Problems;
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
                error(tuple.getKeyNode(), "the key '" + key + "' is given twice", "keep one of them");
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

    public int columnOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? 0 : column(tuple.getKeyNode());
    }

    /** Reports each key not in {@code allowed}, suggesting the closest allowed key. */
    public void allowOnly(Collection<String> allowed, String what) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                String suggestion = closest(entry.getKey(), allowed)
                        .map(s -> "did you mean '" + s + "'? ").orElse("");
                error(entry.getValue().getKeyNode(), "unknown key '" + entry.getKey() + "' in " + what,
                        suggestion + "allowed keys: " + String.join(", ", allowed));
            }
        }
    }

    public Optional<String> requireString(String key, String fix) {
        if (!has(key)) {
            problems.error(file, line(node, lineOffset), 0, "the required key '" + key + "' is missing", fix);
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
        if (value instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            if (scalar.getValue().isBlank()) {
                error(value, "'" + key + "' is empty", fix);
                return Optional.empty();
            }
            return Optional.of(scalar.getValue().strip());
        }
        error(value.getStartMark().isPresent() ? value : tuple.getKeyNode(),
                "'" + key + "' must be a text value", fix);
        return Optional.empty();
    }

    /** A string that must match {@code pattern}, for values such as keys, languages and dates. */
    public Optional<String> matching(String key, Pattern pattern, boolean required, String fix) {
        Optional<String> value = required ? requireString(key, fix) : string(key, fix);
        if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
            error(entries.get(key).getValueNode(), "'" + key + "' has the value '" + value.get() + "', which is not allowed", fix);
            return Optional.empty();
        }
        return value;
    }

    public Optional<String> oneOf(String key, Collection<String> allowed, boolean required) {
        String fix = "use one of: " + String.join(", ", allowed);
        Optional<String> value = required ? requireString(key, fix) : string(key, fix);
        if (value.isPresent() && !allowed.contains(value.get())) {
            String suggestion = closest(value.get(), allowed).map(s -> "did you mean '" + s + "'? ").orElse("");
            error(entries.get(key).getValueNode(), "'" + key + "' has the value '" + value.get() + "', which is not allowed",
                    suggestion + fix);
            return Optional.empty();
        }
        return value;
    }

    public Optional<Integer> requireInt(String key, int min, String fix) {
        if (!has(key)) {
            problems.error(file, line(node, lineOffset), 0, "the required key '" + key + "' is missing", fix);
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
        error(value, "'" + key + "' must be a whole number of at least " + min, fix);
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
        error(tuple.getValueNode(), "'" + key + "' must be true or false", fix);
        return Optional.empty();
    }

    public Optional<YamlMap> map(String key, boolean required, String fix) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required) {
                problems.error(file, line(node, lineOffset), 0, "the required key '" + key + "' is missing", fix);
            }
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, file, lineOffset, problems));
        }
        error(tuple.getValueNode(), "'" + key + "' must be a mapping of 'key: value' lines", fix);
        return Optional.empty();
    }

    /** The mappings of a list, for example the entries of the reference list. */
    public List<YamlMap> listOfMaps(String key, String fix) {
        NodeTuple tuple = entries.get(key);
        List<YamlMap> items = new ArrayList<>();
        if (tuple == null) {
            problems.error(file, line(node, lineOffset), 0, "the required key '" + key + "' is missing", fix);
            return items;
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            error(tuple.getValueNode(), "'" + key + "' must be a list ('- ' items)", fix);
            return items;
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                items.add(new YamlMap(mapping, file, lineOffset, problems));
            } else {
                error(item, "each item of '" + key + "' must be a mapping of 'key: value' lines", fix);
            }
        }
        return items;
    }

    public int line() {
        return line(node, lineOffset);
    }

    public void error(Node at, String message, String fix) {
        problems.error(file, line(at, lineOffset), column(at), message, fix);
    }

    /** Reports a problem at the value of {@code key}. */
    public void errorAt(String key, String message, String fix) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            problems.error(file, line(node, lineOffset), 0, message, fix);
        } else if (tuple.getValueNode() instanceof ScalarNode) {
            error(tuple.getValueNode(), message, fix);
        } else {
            // a block mapping or list starts on the line after its key: the key is where to look
            error(tuple.getKeyNode(), message, fix);
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
