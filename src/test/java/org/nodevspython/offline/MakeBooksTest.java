package org.nodevspython.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.bake.RealSite;
import org.nodevspython.content.Page;
import org.nodevspython.i18n.Language;
import org.nodevspython.markdown.Article;
import org.nodevspython.render.RenderPages;
import org.nodevspython.render.SiteModel;
import org.nodevspython.render.SiteTemplates;
import org.nodevspython.strict.Fixture;

/**
 * The step "books" (without the PDFs) on a copy of the real project, its pages rendered: one
 * self-contained book per language, a chapter per listed page in reading order, every id unique, and
 * every link inside the book (or into the other language's book, or to a file of the site).
 */
class MakeBooksTest {

    @TempDir
    Path tmp;

    private static Map<Language, Document> books(RealSite real) throws IOException {
        SiteModel model = real.model();
        SiteTemplates templates = real.templates(model);
        Map<Page, Article> articles = real.articles(templates);
        new RenderPages(real.sources, real.site, model, templates).render(articles, real.output, real.problems);
        // the books read the site's stylesheets, which the step "copy assets" puts in place
        Fixture.copy(real.project.path("assets/css"), real.output.resolve("css"));
        return new MakeBooks(real.sources, real.site, templates).write(real.output, real.problems);
    }

    @Test
    void aBookPerLanguage() throws IOException {
        RealSite real = RealSite.copy(tmp);
        Map<Language, Document> books = books(real);
        assertEquals(List.of(), real.problems.errors());
        assertEquals(List.of("pt-BR", "en"), books.keySet().stream().map(Language::code).toList());
        for (Language language : books.keySet()) {
            String html = Files.readString(real.output.resolve(language.bookPath("html")), StandardCharsets.UTF_8);
            assertTrue(html.startsWith("<!DOCTYPE html>\n<html"), html.substring(0, 30));
            assertTrue(html.contains("<style"), "the stylesheet is inlined");
            assertFalse(html.contains("<link rel=\"stylesheet\""), "no stylesheet to fetch");
        }
    }

    @Test
    void aChapterPerListedPageInReadingOrder() throws IOException {
        RealSite real = RealSite.copy(tmp);
        Document en = books(real).get(real.sources.localization().language("en").orElseThrow());
        List<String> chapters = en.select("section.book-page").stream().map(Element::id).toList();
        assertEquals(real.site.pages().listed("en").stream().map(p -> "p-" + p.key()).toList(), chapters);
        assertNotNull(en.getElementById("nodejs--who-uses"), "a section's id, prefixed with its page's key");
    }

    @Test
    void everyIdIsUniqueAndEveryLinkStaysInTheBook() throws IOException {
        RealSite real = RealSite.copy(tmp);
        for (Document book : books(real).values()) {
            List<String> ids = book.select("[id]").stream().map(Element::id).toList();
            assertEquals(ids.size(), ids.stream().distinct().count(), "an id given twice");
            int inside = 0;
            for (Element link : book.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("#")) {
                    inside++;
                    assertNotNull(book.getElementById(href.substring(1)), "a link to an id the book does not have: " + href);
                } else {
                    assertTrue(href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:") || href.matches("(\\.\\./)?(en/)?(book|livro)\\.(html|pdf)(#.*)?"),
                            "a link out of the book: " + href);
                }
            }
            assertTrue(inside > 50, "links between the chapters, their sections, citations and notes: " + inside);
        }
    }
}
