package org.nodevspython.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.bake.RealSite;
import org.nodevspython.content.Page;
import org.nodevspython.markdown.Article;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Rule;
import org.nodevspython.strict.Fixture;

/**
 * The step "render pages" on a copy of the real project: every page written to its output path
 * through its type's template, with its article, language and navigation; the sitemap and
 * robots.txt; a template mistake that breaks every page reported once, naming how many.
 */
class RenderPagesTest {

    @TempDir
    Path tmp;

    private static List<Problem> render(RealSite real) {
        SiteModel model = real.model();
        SiteTemplates templates = real.templates(model);
        Map<Page, Article> articles = real.articles(templates);
        new RenderPages(real.sources, real.site, model, templates).render(articles, real.output, real.problems);
        return real.problems.errors();
    }

    private static String read(RealSite real, String path) throws IOException {
        return Files.readString(real.output.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void everyPageIsWrittenThroughItsTemplate() throws IOException {
        RealSite real = RealSite.copy(tmp);
        assertEquals(List.of(), render(real));
        for (Page page : real.site.pages().all()) {
            assertTrue(Files.isRegularFile(real.output.resolve(page.outputPath())), page.outputPath());
        }
        String nodejs = read(real, "en/nodejs.html");
        assertTrue(nodejs.startsWith("<!DOCTYPE html>"), nodejs.substring(0, 40));
        assertTrue(nodejs.contains("<html lang=\"en\""));
        assertTrue(nodejs.contains("<h2 id=\"who-uses\">"), "the article");
        assertTrue(nodejs.contains("<a href=\"../en/nodejs.html\" aria-current=\"page\">"), "the navigation, from the site root, the page marked");
        assertTrue(nodejs.contains("href=\"https://node-vs-python.github.io/en/nodejs.html\""), "the canonical address");
        assertTrue(read(real, "index.html").contains("<html lang=\"pt-BR\""));
    }

    @Test
    void theSitemapAndRobots() throws IOException {
        RealSite real = RealSite.copy(tmp);
        assertEquals(List.of(), render(real));
        String sitemap = read(real, "sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://node-vs-python.github.io/en/nodejs.html</loc>"), sitemap);
        assertTrue(!sitemap.contains("404.html"), "the error page is not in the sitemap");
        assertTrue(read(real, "robots.txt").contains("Sitemap: https://node-vs-python.github.io/sitemap.xml"), read(real, "robots.txt"));
    }

    @Test
    void aTemplateMistakeOnEveryPageIsReportedOnce() {
        Fixture fixture = Fixture.copyOfRealProject(tmp);
        fixture.replaceInFile("templates/page.ftl", "${content.body?no_esc}", "${content.body?no_esc}${content.nosuchfield}");
        RealSite real = RealSite.of(fixture);
        List<Problem> errors = render(real);
        assertEquals(1, errors.size(), errors.toString());
        Problem error = errors.get(0);
        assertEquals(Rule.TEMPLATE_ERROR, error.rule());
        assertEquals("templates/page.ftl", error.path());
        assertEquals(fixture.lineOf("templates/page.ftl", "${content.nosuchfield}"), error.line());
        long pages = real.site.pages().all().stream().filter(p -> p.type() == org.nodevspython.content.PageType.PAGE).count();
        assertTrue(error.message().endsWith("(while rendering content/conclusao.md and " + (pages - 1) + " other pages)"), error.message());
    }
}
