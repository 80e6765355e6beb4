package org.nodevspython.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.strict.Expect.error;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Rule;

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
        assertEquals(Rule.TEMPLATE_ERROR, errors.get(0).rule(), Expect.list(errors));
        assertTrue(errors.get(0).fix().contains("a value that may be missing needs a default, e.g. ${x!''}"), Expect.list(errors));
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
        List<Problem> errors = assertAllAt(f.bake().problems(), template, f.lineOf(template, "<#if content.title??>"), 1,
                "template syntax error: this <#if> is never closed (while rendering content/");
        assertEquals(1, errors.size(), Expect.list(errors));
        assertEquals(Rule.TEMPLATE_NOT_CLOSED, errors.get(0).rule(), Expect.list(errors));
        assertEquals("add </#if> where its block ends", errors.get(0).fix(), Expect.list(errors));
    }

    /** A closing tag left over after its opening one was deleted: Freemarker's position is the tag's. */
    @Test
    void strayClosingTag() {
        String template = "templates/page.ftl";
        Fixture f = fixture().replaceInFile(template, "<@base.toc/>\n", "<@base.toc/></#if>\n");
        List<Problem> errors = assertAllAt(f.bake().problems(), template, f.lineOf(template, "</#if>"), f.columnOf(template, "</#if>"),
                "template syntax error: Encountered \"</#if>\", but at this place only this can be closed");
        assertEquals(1, errors.size(), Expect.list(errors));
        assertEquals(Rule.TEMPLATE_SYNTAX, errors.get(0).rule(), Expect.list(errors));
        assertEquals("fix the template at that line", errors.get(0).fix(), Expect.list(errors));
    }

    /**
     * WRONG COLUMN (reported, main code unchanged): Freemarker's column for an unknown directive is
     * that of its '#', one after the '<' where the tag starts (and where an unclosed one is reported).
     */
    @Test
    void misspeltDirective() {
        String template = "templates/page.ftl";
        Fixture f = fixture().replaceInFile(template, "<@base.toc/>\n", "<#iff content.title??>x</#iff>\n<@base.toc/>\n");
        List<Problem> errors = assertAllAt(f.bake().problems(), template, f.lineOf(template, "<#iff"), f.columnOf(template, "<#iff"),
                "template syntax error: Unknown directive: #iff");
        assertEquals(Rule.TEMPLATE_SYNTAX, errors.get(0).rule(), Expect.list(errors));
    }

    /**
     * WRONG LINE (reported, main code unchanged): a '${' left open is reported where Freemarker
     * gives up, at the '>' of the next line's tag, not where the interpolation opens.
     */
    @Test
    void unclosedInterpolation() {
        String template = "templates/page.ftl";
        Fixture f = fixture().insertAfter(template, "<#import \"base.ftl\" as base>\n", "${content.title\n");
        List<Problem> errors = assertAllAt(f.bake().problems(), template, f.lineOf(template, "${content.title\n"), 1,
                "template syntax error");
        assertEquals(Rule.TEMPLATE_SYNTAX, errors.get(0).rule(), Expect.list(errors));
    }

    private Fixture pageTemplateDeleted() {
        return fixture().delete("templates/page.ftl");
    }

    /**
     * The template of the pages of type 'page' deleted, jbake.properties still naming it: one error, at the
     * setting that names it, before any page is rendered (it used to be one "rendering failed" per page).
     */
    @Test
    void deletedPageTemplate() {
        Fixture f = pageTemplateDeleted();
        List<Problem> errors = f.bake().problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), Expect.list(errors));
        Problem error = errors.get(0);
        assertEquals(Rule.SETTING_INVALID, error.rule(), Expect.list(errors));
        assertEquals("jbake.properties", error.path());
        assertEquals(f.lineOf("jbake.properties", "template.page.file="), error.line());
        assertTrue(error.message().contains("'template.page.file' has the value 'page.ftl', which is not allowed"), error.message());
        assertTrue(error.fix().contains("home.ftl"), "the fix lists the templates there are: " + error.fix());
    }

    /**
     * WRONG FILE (reported, main code unchanged): the chart library deleted, the error names the
     * file "templates/<@chart> of chart.ftl" (the name of the build's own one-line template that
     * calls the macro), which does not exist; the file to restore is templates/chart.ftl.
     */
    @Test
    void deletedChartLibrary() {
        Fixture f = fixture().delete("templates/chart.ftl");
        Expect.onlyErrors(f.bake(), error("templates/chart.ftl", 0, 0, "Template not found for name \"chart.ftl\""));
    }

    /** A link the templates write wrong, in the navigation that every page repeats: reported once per folder. */
    @Test
    void brokenLinkInTheNavigationTemplate() {
        Fixture f = fixture().replaceInFile(BASE, "<li><a href=\"${content.rootpath}${item.path}\"<#if item.originalLang??>",
                "<li><a href=\"${content.rootpath}old/${item.path}\"<#if item.originalLang??>");
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
