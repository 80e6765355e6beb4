package org.nodevspython.yaml;

import java.nio.file.Path;
import java.util.Optional;

import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads YAML as a node tree, which keeps the line of every key and value, so that every
 * mistake in front matter or in a data file can be reported at its line.
 */
public final class YamlSource {

    private YamlSource() {
    }

    /**
     * A value opened with a quote and not closed on its line: YAML would read on into the next
     * lines and report the mistake lines later, where it gives up; the line with the quote is
     * where a contributor has to look.
     */
    private static boolean unclosedQuote(String text, Path file, int lineOffset, Problems problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher value = SIMPLE_VALUE.matcher(lines[i]);
            if (!value.matches()) {
                continue;
            }
            String quoted = value.group(1);
            char quote = quoted.charAt(0);
            String rest = quoted.substring(1);
            boolean closed = quote == '"' ? rest.replace("\\\\", "").replace("\\\"", "").indexOf('"') >= 0
                    : rest.replace("''", "").indexOf('\'') >= 0;
            if (!closed) {
                problems.report(Rule.YAML_UNCLOSED_QUOTE, file, lineOffset + i + 1, value.start(1) + 1, quote);
                return true;
            }
        }
        return false;
    }

    /** Far deeper than any of the site's files (four levels at most), far shallower than what overflows the stack. */
    static final int DEPTH_LIMIT = 32;

    /**
     * YAML nested thousands of levels deep ({@code [[[[...]]]]}) would overflow the stack of the composer, which
     * builds the tree by recursion; the parser's events come without recursion, so they are counted first.
     */
    private static boolean tooDeep(String text, LoadSettings settings, Path file, int lineOffset, Problems problems) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            if (event instanceof CollectionStartEvent) {
                depth++;
                if (depth > DEPTH_LIMIT) {
                    Mark mark = event.getStartMark().orElse(null);
                    problems.report(Rule.YAML_TOO_DEEP, file, mark == null ? lineOffset + 1 : lineOffset + mark.getLine() + 1,
                            mark == null ? 0 : mark.getColumn() + 1, DEPTH_LIMIT);
                    return true;
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern SIMPLE_VALUE =
            java.util.regex.Pattern.compile("\\s*(?:- )?(?:[A-Za-z0-9_-]+:\\s+)?([\"'].*)");

    /**
     * @param text       the YAML text
     * @param file       the file it comes from, for messages
     * @param lineOffset lines of the file before the YAML text (front matter starts after its {@code ---})
     * @return the top-level mapping, or empty when the text is not a valid YAML mapping (the problem is reported)
     */
    public static Optional<YamlMap> mapping(String text, Path file, int lineOffset, Problems problems) {
        if (unclosedQuote(text, file, lineOffset, problems)) {
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
        Optional<Node> root;
        try {
            if (tooDeep(text, settings, file, lineOffset, problems)) {
                return Optional.empty();
            }
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? lineOffset + 1 : lineOffset + mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            problems.report(Rule.YAML_INVALID, file, line, column, e.getProblem());
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.report(Rule.YAML_INVALID, file, lineOffset + 1, 0, e.getMessage());
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(YamlMap.empty(file, lineOffset, problems));
        }
        if (!(root.get() instanceof MappingNode map)) {
            problems.report(Rule.YAML_NOT_A_MAPPING, file, YamlMap.line(root.get(), lineOffset), 0,
                    root.get().getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return Optional.empty();
        }
        return Optional.of(new YamlMap(map, file, lineOffset, problems));
    }
}
