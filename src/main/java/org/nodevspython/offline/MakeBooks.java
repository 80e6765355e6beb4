package org.nodevspython.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.nodevspython.config.Sources;
import org.nodevspython.content.Site;
import org.nodevspython.i18n.Language;
import org.nodevspython.render.SiteTemplates;
import org.nodevspython.render.TemplateFailure;
import org.nodevspython.rules.Problems;

/** The single-page book of each language ({@link PrintBooks} prints their PDFs). */
public final class MakeBooks {

    private final Sources sources;
    private final Site site;
    private final SiteTemplates templates;

    /** @param site the pages, their documents rendered */
    public MakeBooks(Sources sources, Site site, SiteTemplates templates) {
        this.sources = sources;
        this.site = site;
        this.templates = templates;
    }

    /**
     * Writes the book of each language.
     *
     * @param output the site being baked, whose pages and stylesheets the books are made of
     * @return each language's book (what was written to its file)
     */
    public Map<Language, Document> write(Path output, Problems problems) {
        String css;
        try {
            css = Files.readString(output.resolve("css/site.css")) + "\n" + Files.readString(output.resolve("css/book.css"));
        } catch (IOException e) {
            throw new UncheckedIOException("the books need assets/css/site.css and assets/css/book.css", e);
        }
        OfflineBook book = new OfflineBook(output, site, sources.localization(), templates);
        TemplateFailure failures = new TemplateFailure(sources.config().templateFolder());
        Map<Language, Document> books = new LinkedHashMap<>();
        for (Language language : sources.localization().languages()) {
            try {
                books.put(language, book.write(language, css));
            } catch (Exception e) {
                failures.add(e, language.bookPath("html"));
            }
        }
        failures.report(problems);
        return books;
    }
}
