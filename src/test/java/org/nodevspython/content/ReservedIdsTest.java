package org.nodevspython.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.strict.Fixture;

/**
 * The ids the templates give the site's own elements, read from the {@code .ftl} files of a
 * template folder (its subfolders too): literal ids only, never those built with {@code ${...}}.
 */
class ReservedIdsTest {

    @TempDir
    Path tmp;

    @Test
    void literalIdsOfEveryTemplate() throws IOException {
        Files.writeString(tmp.resolve("base.ftl"), """
                <main id="main"><input id="search-input" type="search">
                <h2 id="toc-title">${ui.toc_title}</h2><div class="x" id="search-results2"></div>
                """);
        Files.createDirectories(tmp.resolve("parts"));
        Files.writeString(tmp.resolve("parts/book.ftl"), "<nav id=\"book-contents\"></nav>");
        assertEquals(Set.of("main", "search-input", "toc-title", "search-results2", "book-contents"), ReservedIds.in(tmp));
    }

    @Test
    void idsBuiltFromValuesAreNotReserved() throws IOException {
        Files.writeString(tmp.resolve("page.ftl"), """
                <section id="${section.id}"></section><article id="p-${page.key}"></article>
                <div id="${prefix}-x"></div><p id='single'></p><p id="Upper"></p><p id="fixed"></p>
                """);
        assertEquals(Set.of("fixed"), ReservedIds.in(tmp));
    }

    @Test
    void attributesEndingInIdAreNoIds() throws IOException {
        Files.writeString(tmp.resolve("page.ftl"), "<p data-id=\"data\" aria-id=\"aria\"></p>\n<p\nid=\"own-line\"></p>");
        assertEquals(Set.of("own-line"), ReservedIds.in(tmp));
    }

    @Test
    void onlyTemplatesAreRead() throws IOException {
        Files.writeString(tmp.resolve("book-pdf.css"), "/* <p id=\"not-a-template\"> */");
        Files.writeString(tmp.resolve("notes.txt"), "<p id=\"nor-this\">");
        Files.writeString(tmp.resolve("robots.ftl"), "<p id=\"robots\">");
        assertEquals(Set.of("robots"), ReservedIds.in(tmp));
    }

    @Test
    void noTemplateFolderReservesNothing() {
        assertEquals(Set.of(), ReservedIds.in(tmp.resolve("missing")));
    }

    @Test
    void theRealTemplatesReserveTheirLandmarks() {
        Set<String> ids = ReservedIds.in(Fixture.realProject().resolve("templates"));
        assertTrue(ids.containsAll(Set.of("main", "search-input", "footnotes")), ids.toString());
    }
}
