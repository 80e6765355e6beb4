package org.nodevspython.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The registry of rules as a table: the README's "Build errors" section is exactly
 * {@link #markdown()} (a test compares them), and {@code rules} prints {@link #text()}.
 */
public final class RuleTable {

    /** The marks around the tables in README.md. */
    public static final String START = "<!-- rules:start (written by: rules --write-readme) -->";
    public static final String END = "<!-- rules:end -->";

    private RuleTable() {
    }

    /** The README with the text between its marks replaced by {@link #markdown()}. */
    public static String intoReadme(String readme) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("README.md has no lines " + START + " and " + END + " to write the rules between");
        }
        return readme.substring(0, start + START.length()) + "\n" + markdown() + readme.substring(end);
    }

    /** One Markdown table per stage: the rule, what it checks, the message and the fix, variable parts as "…". */
    public static String markdown() {
        StringBuilder out = new StringBuilder();
        for (Rule.Stage stage : Rule.Stage.values()) {
            List<Rule> rules = inStage(stage);
            if (rules.isEmpty()) {
                continue;
            }
            out.append("**").append(capitalised(stage.title())).append("**\n\n");
            out.append("| rule | checks that | you see | what to do |\n|---|---|---|---|\n");
            for (Rule rule : rules) {
                out.append("| `").append(rule.id()).append("` | ").append(cell(rule.checks())).append(" | `")
                        .append(code(rule.messagePattern())).append("` | ").append(cell(rule.fixPattern())).append(" |\n");
            }
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** The rules as plain text, for the terminal: {@code id  stage  message}, then the fix indented. */
    public static String text() {
        StringBuilder out = new StringBuilder();
        for (Rule.Stage stage : Rule.Stage.values()) {
            List<Rule> rules = inStage(stage);
            if (rules.isEmpty()) {
                continue;
            }
            out.append(capitalised(stage.title())).append(":\n");
            for (Rule rule : rules) {
                out.append("  ").append(rule.id()).append(marker(rule)).append('\n')
                        .append("      checks that ").append(rule.checks()).append('\n')
                        .append("      error:      ").append(rule.messagePattern()).append('\n')
                        .append("      fix:        ").append(rule.fixPattern()).append('\n');
            }
        }
        return out.toString();
    }

    private static String marker(Rule rule) {
        return switch (rule.kind()) {
            case LAG -> " (warning)";
            case WARNING -> " (always a warning)";
            case ERROR -> "";
        };
    }

    private static List<Rule> inStage(Rule.Stage stage) {
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            if (rule.stage() == stage) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Text in a table cell: a pipe would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** Text in a code span of a table cell: backticks cannot be escaped there, so they become quotes. */
    private static String code(String text) {
        return cell(text).replace('`', '\'');
    }
}
