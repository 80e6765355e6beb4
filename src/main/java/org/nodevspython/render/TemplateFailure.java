package org.nodevspython.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * Turns Freemarker errors, however deeply JBake wrapped them, into one line each that names the
 * template, its line and column, what is wrong, and the pages that were being rendered, instead
 * of a stack trace. The same mistake met while rendering many pages is reported once.
 */
public final class TemplateFailure {

    private static final Pattern UNCLOSED = Pattern.compile("unclosed #(\\w+)");
    private static final Pattern WHERE = Pattern.compile("\\s*\\[in template [^\\]]*]");

    /** One mistake: where it is and what it is. */
    private record Mistake(Path template, int line, int column, Rule rule, String detail) {
    }

    private final Path templateFolder;
    private final Map<Mistake, List<String>> pages = new java.util.TreeMap<>(
            java.util.Comparator.comparing(Mistake::template).thenComparingInt(Mistake::line).thenComparingInt(Mistake::column)
                    .thenComparing(Mistake::rule).thenComparing(Mistake::detail));

    public TemplateFailure(Path templateFolder) {
        this.templateFolder = templateFolder;
    }

    /** Records the error met while rendering {@code page}. */
    public synchronized void add(Throwable error, String page) {
        pages.computeIfAbsent(mistake(error), m -> new ArrayList<>()).add(page);
    }

    /** Reports each mistake once, with the pages it broke. */
    public void report(Problems problems) {
        pages.forEach((mistake, pagesBroken) -> {
            // pages render in parallel: sorted, the message is the same on every run
            List<String> broken = pagesBroken.stream().sorted().toList();
            String where = broken.size() == 1 ? broken.get(0)
                    : broken.get(0) + " and " + (broken.size() - 1) + " other page" + (broken.size() == 2 ? "" : "s");
            problems.report(mistake.rule(), mistake.template(), mistake.line(), mistake.column(), mistake.detail(), where);
        });
    }

    private Mistake mistake(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof freemarker.template.TemplateNotFoundException missing) {
                // a template named by another (an #import, a macro library) is not there: name the missing file itself
                return new Mistake(templateFolder.resolve(String.valueOf(missing.getTemplateName())), 0, 0, Rule.TEMPLATE_ERROR,
                        summary(missing.getMessage()));
            }
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                Path template = templateFolder.resolve(parse.getTemplateName() == null ? "?" : parse.getTemplateName());
                String message = summary(parse.getEditorMessage());
                Matcher unclosed = UNCLOSED.matcher(message);
                if (unclosed.find()) {
                    int[] opening = unclosedOpening(template, unclosed.group(1));
                    if (opening != null) {
                        return new Mistake(template, opening[0], opening[1], Rule.TEMPLATE_NOT_CLOSED, unclosed.group(1));
                    }
                }
                int[] interpolation = unclosedInterpolation(template, parse.getLineNumber(), parse.getColumnNumber());
                if (interpolation != null) {
                    return new Mistake(template, interpolation[0], interpolation[1], Rule.TEMPLATE_SYNTAX, message);
                }
                // Freemarker counts an unknown directive from its '#'; the tag starts at the '<' before it
                int column = message.startsWith("Unknown directive") && parse.getColumnNumber() > 1
                        ? parse.getColumnNumber() - 1 : parse.getColumnNumber();
                return new Mistake(template, parse.getLineNumber(), column, Rule.TEMPLATE_SYNTAX, message);
            }
            if (cause instanceof TemplateException template) {
                String name = template.getTemplateSourceName() == null ? "?" : template.getTemplateSourceName();
                Integer line = template.getLineNumber();
                Integer column = template.getColumnNumber();
                return new Mistake(templateFolder.resolve(name), line == null ? 0 : line, column == null ? 0 : column,
                        Rule.TEMPLATE_ERROR, summary(template.getMessageWithoutStackTop()));
            }
        }
        return new Mistake(templateFolder, 0, 0, Rule.RENDERING_FAILED, String.valueOf(error.getMessage()));
    }

    /** The first paragraph of a Freemarker message, on one line, without the position it repeats. */
    static String summary(String message) {
        StringBuilder text = new StringBuilder();
        for (String line : (message == null ? "" : message.strip()).split("\n")) {
            if (line.isBlank() || line.startsWith("----")) {
                break;
            }
            text.append(line.strip()).append(' ');
        }
        return WHERE.matcher(text.toString()).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /**
     * A {@code ${} left open before the place Freemarker gave up at, which is where it reads on into the next
     * lines: the place to show is the {@code ${} itself. Null when there is none.
     */
    static int[] unclosedInterpolation(Path template, int line, int column) {
        List<String> lines;
        try {
            lines = Files.readAllLines(template);
        } catch (IOException e) {
            return null;
        }
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < Math.min(line - 1, lines.size()); i++) {
            before.append(lines.get(i)).append('\n');
        }
        if (line - 1 < lines.size()) {
            before.append(lines.get(line - 1), 0, Math.max(0, Math.min(column, lines.get(line - 1).length())));
        }
        int open = before.lastIndexOf("${");
        if (open < 0 || before.indexOf("}", open) >= 0) {
            return null;
        }
        int lineOfOpen = (int) before.substring(0, open).chars().filter(c -> c == '\n').count() + 1;
        int lineStart = before.lastIndexOf("\n", open - 1) + 1;
        return lineOfOpen == line ? null : new int[] {lineOfOpen, open - lineStart + 1};
    }

    /** The line and column of the innermost {@code <#name ...>} of a template that has no {@code </#name>}. */
    static int[] unclosedOpening(Path template, String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(template);
        } catch (IOException e) {
            return null;
        }
        Pattern tag = Pattern.compile("<(/?)#" + Pattern.quote(name) + "\\b");
        Deque<int[]> open = new ArrayDeque<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = tag.matcher(lines.get(i));
            while (m.find()) {
                if (m.group(1).isEmpty()) {
                    open.push(new int[] {i + 1, m.start() + 1});
                } else if (!open.isEmpty()) {
                    open.pop();
                }
            }
        }
        return open.peek();
    }
}
