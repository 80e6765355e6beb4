package org.nodevspython.build;

import java.nio.file.Path;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.nodevspython.problems.Problems;

/**
 * Turns a Freemarker error, however deeply JBake wrapped it, into one line that names the
 * template, its line and column, and the page that was being rendered, instead of a stack trace.
 */
final class TemplateFailure {

    private TemplateFailure() {
    }

    static void report(Throwable error, Path templateFolder, String page, Problems problems) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                problems.error(templateFolder.resolve(parse.getTemplateName() == null ? "?" : parse.getTemplateName()),
                        parse.getLineNumber(), parse.getColumnNumber(),
                        "template syntax error while rendering " + page + ": " + firstLine(parse.getEditorMessage()),
                        "fix the template at that line");
                return;
            }
            if (cause instanceof TemplateException template) {
                String name = template.getTemplateSourceName() == null ? "?" : template.getTemplateSourceName();
                Integer line = template.getLineNumber();
                Integer column = template.getColumnNumber();
                problems.error(templateFolder.resolve(name), line == null ? 0 : line, column == null ? 0 : column,
                        "template error while rendering " + page + ": " + firstLine(template.getMessageWithoutStackTop()),
                        "fix the template at that line; a value that may be missing needs a default, e.g. ${x!''}");
                return;
            }
        }
        problems.error(templateFolder, 0, 0, "rendering " + page + " failed: " + error.getMessage(), "see the template named above");
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
