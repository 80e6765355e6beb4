package org.nodevspython.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.rules.Problem;

/** A Freemarker mistake is one line naming the template, its line, and the page being rendered. */
class TemplateFixturesTest {

    private static final Pattern RENDERED_PAGE = Pattern.compile("while rendering content/(en/)?[a-z0-9-]+\\.md\\b");

    private static final String BASE = "templates/base.ftl";

    @TempDir
    Path tmp;

    private Fixture fixture() {
        return Fixture.copyOfRealProject(tmp);
    }

    /** Every error is at {@code template:line} (and column, when given) and names the page it was rendering. */
    private static List<Problem> assertAllAt(List<Problem> problems, String template, int line, int column, String messagePart) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        assertFalse(errors.isEmpty(), "no error reported");
        for (Problem error : errors) {
            String all = Expect.list(problems);
            assertEquals(template, error.file().toString().replace('\\', '/'), "the template:\n" + all);
            assertEquals(line, error.line(), "the line in the template:\n" + all);
            if (column > 0) {
                assertEquals(column, error.column(), "the column in the template:\n" + all);
            }
            assertTrue(error.message().contains(messagePart), "the message:\n" + all);
            assertTrue(RENDERED_PAGE.matcher(error.message()).find(), "the message names the page being rendered:\n" + all);
        }
        return errors;
    }

    private Fixture undefinedValue() {
        return fixture().replaceInFile(BASE, "<meta name=\"description\" content=\"${content.description}\">",
                "<meta name=\"description\" content=\"${content.nosuchfield}\">");
    }

    /** One mistake in the layout breaks every page: it is reported once, with the count of pages it broke. */
    @Test
    void undefinedValueInTheLayout() {
        Fixture f = undefinedValue();
        List<Problem> errors = assertAllAt(f.bake().problems(), BASE, f.lineOf(BASE, "${content.nosuchfield}"),
                f.columnOf(BASE, "content.nosuchfield"), "template error");
        assertEquals(1, errors.size(), "one error for one mistake:\n" + Expect.list(errors));
        assertTrue(errors.get(0).message().matches("(?s).*while rendering content/\\S+\\.md and \\d+ other pages.*"),
                "the message names a page and how many others broke:\n" + Expect.list(errors));
    }

    /** Freemarker's first line only says "The following has evaluated to null or missing:"; what follows is the point. */
    @Test
    void undefinedValueMessageNamesTheExpression() {
        Fixture f = undefinedValue();
        assertAllAt(f.bake().problems(), BASE, f.lineOf(BASE, "${content.nosuchfield}"), Expect.ANY, "content.nosuchfield");
    }

    @Test
    void unclosedIfDirectiveIsReportedWhereItOpens() {
        String template = "templates/page.ftl";
        Fixture f = fixture().insertAfter(template, "<#import \"base.ftl\" as base>\n", "<#if content.title??>\n");
        assertAllAt(f.bake().problems(), template, f.lineOf(template, "<#if content.title??>"), 1,
                "template syntax error");
    }

    /** A link the templates write wrong, in the navigation that every page repeats: reported once per folder. */
    @Test
    void brokenLinkInTheNavigationTemplate() {
        Fixture f = fixture().replaceInFile(BASE, "<li><a href=\"${content.rootpath}${item.path}\">", "<li><a href=\"${content.rootpath}old/${item.path}\">");
        List<Problem> errors = f.bake().problems().stream().filter(Problem::isError).toList();
        assertFalse(errors.isEmpty(), "no error reported");
        assertTrue(errors.stream().allMatch(e -> e.file().toString().replace('\\', '/').equals("templates")
                        && e.message().contains("old/") && e.message().contains("names a file that is not in the site")),
                Expect.list(errors));
        assertTrue(errors.stream().anyMatch(e -> e.message().startsWith("the generated page conclusao.html (and every page of its folder:"
                        + " the link is in a block they all repeat) links to 'old/nodejs.html'")), Expect.list(errors));
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("en/conclusion.html (and every page of its folder")
                        && e.message().contains("links to '../old/en/python.html'")), Expect.list(errors));
        assertTrue(errors.stream().noneMatch(e -> e.message().startsWith("the generated page nodejs.html ")),
                "the navigation is reported once per folder, not once per page:\n" + Expect.list(errors));
    }

    /** A table of contents entry whose #id the page does not have. */
    @Test
    void brokenAnchorInTheTableOfContents() {
        Fixture f = fixture().replaceInFile(BASE, "<li><a href=\"#${entry.id}\">", "<li><a href=\"#toc-${entry.id}\">");
        List<Problem> errors = f.bake().problems().stream().filter(Problem::isError).toList();
        assertTrue(errors.stream().anyMatch(e -> e.message().equals(
                        "the generated page nodejs.html links to '#toc-scalability', which names the id '#toc-scalability', which nodejs.html does not have")),
                Expect.list(errors));
    }
}
