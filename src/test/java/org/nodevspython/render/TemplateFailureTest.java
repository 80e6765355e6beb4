package org.nodevspython.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import freemarker.cache.NullCacheStorage;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.template.RenderingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * Template errors as one line each: a syntax error at Freemarker's position, an unclosed directive
 * at the line and column where it opens, a runtime error at the expression that failed, any other
 * failure at the template folder; the same mistake met on many pages reported once with
 * "and N other pages", the first page by name whatever the order pages failed in.
 */
class TemplateFailureTest {

    @TempDir
    Path project;

    private Path templates;
    private Configuration freemarker;
    private Problems found;

    @BeforeEach
    void setUp() throws IOException {
        templates = Files.createDirectories(project.resolve("templates"));
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDirectoryForTemplateLoading(templates.toFile());
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setCacheStorage(new NullCacheStorage()); // a template written again is read again
        found = new Problems(project);
    }

    /** The error of rendering {@code name} (written with {@code text}), wrapped as JBake's renderer wraps it. */
    private Exception failure(String name, String text) throws IOException {
        Files.writeString(templates.resolve(name), text);
        try {
            freemarker.getTemplate(name).process(Map.of("content", Map.of("title", "T")), new StringWriter());
        } catch (Exception e) {
            return new RenderingException(new RenderingException(e));
        }
        throw new AssertionError(name + " rendered without an error");
    }

    private List<String> report(TemplateFailure failures) {
        failures.report(found);
        return found.all().stream().map(Problem::toString).toList();
    }

    @Test
    void aSyntaxError() throws IOException {
        TemplateFailure failures = new TemplateFailure(templates);
        failures.add(failure("page.ftl", "<p>\n  ${content.title</p>\n"), "content/nodejs.md");
        failures.report(found);
        Problem problem = found.all().get(0);
        assertEquals(Rule.TEMPLATE_SYNTAX, problem.rule());
        assertEquals("templates/page.ftl", problem.path());
        assertEquals(2, problem.line());
        assertEquals(19, problem.column(), "the '/' Freemarker did not expect: " + problem);
        assertTrue(problem.message().startsWith("template syntax error: "), problem.message());
        assertTrue(problem.message().endsWith("(while rendering content/nodejs.md)"), problem.message());
        assertTrue(!problem.message().contains("\n") && !problem.message().contains("[in template"), problem.message());
    }

    @Test
    void anUnclosedDirectiveIsReportedWhereItOpens() throws IOException {
        TemplateFailure failures = new TemplateFailure(templates);
        failures.add(failure("base.ftl", "<html>\n<body>\n    <#if content.title??>\n  <#list [1] as x>${x}</#list>\n</body>\n"),
                "content/index.md");
        assertEquals(List.of("templates/base.ftl:3:5: error: template syntax error: this <#if> is never closed"
                + " (while rendering content/index.md) (add </#if> where its block ends)"), report(failures));
    }

    @Test
    void theInnermostUnclosedDirective() throws IOException {
        Path template = Files.writeString(templates.resolve("x.ftl"), "<#if a>\n  <#if b>\n    <#if c></#if>\n");
        assertArrayEquals(new int[] {2, 3}, TemplateFailure.unclosedOpening(template, "if"));
        assertNull(TemplateFailure.unclosedOpening(template, "list"));
        assertNull(TemplateFailure.unclosedOpening(templates.resolve("missing.ftl"), "if"));
    }

    @Test
    void aRuntimeErrorAtTheExpressionThatFailed() throws IOException {
        TemplateFailure failures = new TemplateFailure(templates);
        failures.add(failure("page.ftl", "<h1>${content.title}</h1>\n<p>${content.nosuchfield}</p>\n"), "content/nodejs.md");
        failures.report(found);
        Problem problem = found.all().get(0);
        assertEquals(Rule.TEMPLATE_ERROR, problem.rule());
        assertEquals("templates/page.ftl:2:6", problem.location());
        assertTrue(problem.message().startsWith("template error: The following has evaluated to null or missing: ==> content.nosuchfield"),
                problem.message());
        assertTrue(problem.message().endsWith(" (while rendering content/nodejs.md)"), problem.message());
    }

    @Test
    void anyOtherFailureIsReportedAtTheTemplateFolder() {
        TemplateFailure failures = new TemplateFailure(templates);
        failures.add(new RenderingException(new IllegalStateException("disk full")), "content/x.md");
        failures.report(found);
        Problem problem = found.all().get(0);
        assertEquals(Rule.RENDERING_FAILED, problem.rule());
        assertEquals("templates", problem.location());
        assertTrue(problem.message().startsWith("rendering failed: "), problem.message());
        assertTrue(problem.message().contains("disk full"), problem.message());
    }

    @Test
    void theSameMistakeOnManyPagesIsReportedOnce() throws IOException {
        TemplateFailure failures = new TemplateFailure(templates);
        // pages fail in the order their threads reach the mistake: the message is the same whatever the order
        for (String page : List.of("content/python.md", "content/en/nodejs.md", "content/nodejs.md")) {
            failures.add(failure("page.ftl", "${content.nosuchfield}"), page);
        }
        List<String> reported = report(failures);
        assertEquals(1, reported.size(), reported.toString());
        assertTrue(reported.get(0).contains("(while rendering content/en/nodejs.md and 2 other pages)"), reported.get(0));
    }

    @Test
    void oneOtherPageIsSingular() throws IOException {
        TemplateFailure failures = new TemplateFailure(templates);
        failures.add(failure("page.ftl", "${content.nosuchfield}"), "content/b.md");
        failures.add(failure("page.ftl", "${content.nosuchfield}"), "content/a.md");
        assertTrue(report(failures).get(0).contains("(while rendering content/a.md and 1 other page)"), found.all().toString());
    }

    @Test
    void differentMistakesAreReportedEachInTheOrderOfTheirPlace() throws IOException {
        TemplateFailure failures = new TemplateFailure(templates);
        failures.add(failure("page.ftl", "\n\n${content.third}"), "content/a.md");
        failures.add(failure("page.ftl", "${content.first}"), "content/b.md");
        failures.add(failure("home.ftl", "${content.other}"), "content/index.md");
        assertEquals(List.of("templates/home.ftl:1:3", "templates/page.ftl:1:3", "templates/page.ftl:3:3"),
                report(failures).stream().map(p -> p.substring(0, p.indexOf(": "))).toList());
    }

    @Test
    void summaryKeepsTheFirstParagraphOnOneLine() {
        assertEquals("The following has evaluated to null or missing: ==> content.nosuch",
                TemplateFailure.summary("The following has evaluated to null or missing:\n"
                        + "==> content.nosuch  [in template \"page.ftl\" at line 2, column 8]\n\n----\nTip: If the failing expression..."));
        assertEquals("one two", TemplateFailure.summary("  one\n   two  \n----\nthree"));
        assertEquals("", TemplateFailure.summary(null));
    }
}
