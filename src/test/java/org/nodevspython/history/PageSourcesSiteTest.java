package org.nodevspython.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.history.TestGit.commit;
import static org.nodevspython.history.TestGit.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.strict.Fixture;

/**
 * "Last updated" and "Edit this page" on the baked site, in a real git repository: each page's date is its file's
 * last commit (its front matter's {@code date} where it has one), the sitemap's {@code lastmod} the same, the edit
 * link its file on the code host, in the pages and the books alike.
 */
class PageSourcesSiteTest {

    private static final String EDIT = "https://github.com/node-vs-python/node-vs-python/edit/main/";

    @TempDir
    Path tmp;

    private Fixture repository() {
        Fixture f = Fixture.copyOfRealProject(tmp.resolve("project"));
        git(f.root(), null, "init", "-q");
        commit(f.root(), "2026-10-01T10:00:00Z", "The site");
        f.replaceInFile("content/nodejs.md", "Existem", "Há");
        commit(f.root(), "2026-11-05T22:00:00Z", "Uma palavra");
        return f;
    }

    private static Document html(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String updated(Document page) {
        Element time = page.selectFirst(".page-source time");
        return time == null ? "none" : time.attr("datetime") + " " + time.text();
    }

    private static String editLink(Document page) {
        Element link = page.selectFirst(".page-source a");
        return link == null ? "none" : link.attr("href");
    }

    @Test
    void eachPageTellsWhenItsFileLastChangedAndLinksToIt() throws IOException {
        Fixture f = repository();
        f.bakeSucceeds(false);
        Document nodejs = html(f.output().resolve("nodejs.html"));
        assertEquals("2026-11-05 2026-11-05", updated(nodejs));
        assertTrue(nodejs.selectFirst(".page-source").text().startsWith("Última atualização: 2026-11-05 · Editar esta página"),
                nodejs.selectFirst(".page-source").text());
        assertEquals(EDIT + "content/nodejs.md", editLink(nodejs));
        Document english = html(f.output().resolve("en/nodejs.html"));
        assertEquals("2026-10-01 2026-10-01", updated(english), "the translation did not change");
        assertEquals(EDIT + "content/en/nodejs.md", editLink(english));
        assertTrue(english.selectFirst(".page-source").text().startsWith("Last updated: 2026-10-01 · Edit this page"));
        assertTrue(html(f.output().resolve("404.html")).select(".page-source").isEmpty(), "the 404 page has no source to show");

        Document sitemap = Jsoup.parse(Files.readString(f.output().resolve("sitemap.xml")), "", Parser.xmlParser());
        for (Element url : sitemap.select("url")) {
            String loc = url.selectFirst("loc").text();
            String expected = loc.endsWith("/nodejs.html") && !loc.contains("/en/") ? "2026-11-05" : "2026-10-01";
            assertEquals(expected, url.selectFirst("lastmod").text(), loc);
        }
        for (String book : List.of("livro.html", "en/book.html")) {
            Document chapters = html(f.output().resolve(book));
            List<String> links = chapters.select(".book-page .page-source a").eachAttr("href");
            assertEquals(chapters.select(".book-page").size(), links.size(), book + ": one edit link per chapter");
            assertTrue(links.stream().allMatch(l -> l.startsWith(EDIT + "content/")), book + ": the public repository, never a local path " + links);
        }
    }

    @Test
    void theFrontMattersDateWinsAndAStandInTellsItsOriginals() throws IOException {
        Fixture f = repository();
        f.replaceInFile("content/python.md", "\nkey: python\n", "\nkey: python\ndate: 2025-05-05\n");
        f.write("content/extra.md", "---\ntitle: Extra\nlang: pt-BR\nkey: extra\norder: 20\n"
                + "description: \"Uma página a mais.\"\n---\n# Extra\n\nTexto.\n");
        commit(f.root(), "2026-11-20T10:00:00Z", "Mais uma página");
        f.bakeSucceeds(false);
        assertEquals("2025-05-05 2025-05-05", updated(html(f.output().resolve("python.html"))));
        Document standIn = html(f.output().resolve("en/extra.html"));
        assertEquals("2026-11-20 2026-11-20", updated(standIn));
        assertEquals(EDIT + "content/extra.md", editLink(standIn), "a stand-in edits its original: there is no English file yet");
    }

    @Test
    void withoutAnEditAddressOrAHistoryThereIsNothingToShow() throws IOException {
        Fixture f = repository();
        f.replaceLineStartingWith("jbake.properties", "site.edit_base=", "# no edit links");
        f.bakeSucceeds(false);
        Document nodejs = html(f.output().resolve("nodejs.html"));
        assertEquals("none", editLink(nodejs));
        assertEquals("2026-11-05 2026-11-05", updated(nodejs));

        Fixture plain = Fixture.copyOfRealProject(tmp.resolve("no-git"));
        plain.replaceLineStartingWith("jbake.properties", "site.edit_base=", "# no edit links");
        plain.bakeSucceeds(false);
        assertTrue(html(plain.output().resolve("nodejs.html")).select(".page-source").isEmpty(), "no date, no link: no line");
        assertTrue(Files.readString(plain.output().resolve("sitemap.xml")).indexOf("<lastmod>") < 0);
    }
}
