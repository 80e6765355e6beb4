package org.nodevspython.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.bake.RealSite;
import org.nodevspython.content.Page;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Rule;
import org.nodevspython.strict.Fixture;

/**
 * The step "render Markdown" on a copy of the real project: an article for every page, its title
 * heading apart, section ids and anchors, links between pages made links between generated files,
 * citations linked to the reference list, footnotes apart, the chart drawn where its block was; a
 * mistake of the chart's template reported once for the pages it broke.
 */
class RenderMarkdownTest {

    @TempDir
    Path tmp;

    private static final Pattern LINK_TO_MARKDOWN = Pattern.compile("href=\"[^\"#:]*\\.md[\"#]");

    @Test
    void anArticleForEveryPage() {
        RealSite real = RealSite.copy(tmp);
        Map<Page, Article> articles = real.articles(real.templates(real.model()));
        assertEquals(List.of(), real.problems.errors());
        assertEquals(real.site.pages().all().size(), articles.size());
        for (Map.Entry<Page, Article> article : articles.entrySet()) {
            assertFalse(article.getValue().heading().isEmpty(), article.getKey().sourcePath());
            assertFalse(LINK_TO_MARKDOWN.matcher(article.getValue().body()).find(), "a link to a Markdown file in " + article.getKey().sourcePath());
            assertFalse(article.getValue().body().contains("<h1"), "the title heading is apart: " + article.getKey().sourcePath());
        }
    }

    @Test
    void theArticleOfAPage() {
        RealSite real = RealSite.copy(tmp);
        Map<Page, Article> articles = real.articles(real.templates(real.model()));
        Article nodejs = articles.get(real.page("en/nodejs.md"));
        assertEquals("Node.js", nodejs.heading());
        assertTrue(nodejs.body().contains("<h2 id=\"who-uses\">"), "the section's id");
        assertTrue(nodejs.body().contains("class=\"anchor\" href=\"#who-uses\""), "its self-link");
        assertTrue(nodejs.body().contains("href=\"python.html#scalability\""), "a link to another page, to its generated file");
        assertTrue(nodejs.body().contains("href=\"#real-time\""), "a link inside the page");
        assertTrue(nodejs.body().contains("id=\"cite-netflix-techblog-1\"") && nodejs.body().contains("href=\"references.html#ref-netflix-techblog\""),
                "a citation, linked to its entry");
        assertFalse(nodejs.footnotes().isEmpty());
        assertFalse(nodejs.body().contains("class=\"footnotes\""), "the notes are apart");
        assertTrue(nodejs.footnotes().contains("aria-label=\"" + real.sources.localization().strings("en").get("back_to_text") + "\""),
                "back-links say what they do, in the page's language");
        Article pt = articles.get(real.page("nodejs.md"));
        assertTrue(pt.body().contains("href=\"referencias.html#ref-netflix-techblog\""), "the Portuguese reference list");
    }

    @Test
    void theChartIsDrawnWhereItsBlockWas() {
        RealSite real = RealSite.copy(tmp);
        Article performance = real.articles(real.templates(real.model())).get(real.page("en/performance.md"));
        assertTrue(performance.body().contains("<figure class=\"chart\" id=\"chart-1\">"), "the chart");
        assertTrue(performance.body().contains("<svg"), "drawn as SVG");
        assertFalse(performance.body().contains("language-benchmarks"), "the block is gone");
        assertFalse(performance.body().contains("data/benchmarks/"), "and the path it gave");
    }

    @Test
    void aMistakeOfTheChartTemplateIsReportedOnce() {
        Fixture fixture = Fixture.copyOfRealProject(tmp);
        fixture.replaceInFile("templates/chart.ftl", "<figure class=\"chart\" id=\"${c.id}\">", "<figure class=\"chart\" id=\"${c.nosuch}\">");
        RealSite real = RealSite.of(fixture);
        real.articles(real.templates(real.model()));
        List<Problem> errors = real.problems.errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(Rule.TEMPLATE_ERROR, errors.get(0).rule());
        assertEquals("templates/chart.ftl:" + fixture.lineOf("templates/chart.ftl", "${c.nosuch}"), errors.get(0).location().replaceAll(":\\d+$", ""));
        assertTrue(errors.get(0).message().endsWith("(while rendering content/desempenho.md and 1 other page)"), errors.get(0).message());
    }
}
