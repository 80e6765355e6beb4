package org.nodevspython.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jbake.model.DocumentModel;
import org.jsoup.nodes.Document;
import org.nodevspython.config.Sources;
import org.nodevspython.content.Page;
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
        return write(output, problems, sources.localization().languages());
    }

    /** Writes the books of these languages only: the incremental preview makes again the books an edit changed. */
    public Map<Language, Document> write(Path output, Problems problems, Collection<Language> languages) {
        return each(output, problems, languages, (book, language, css) -> book.write(language, css));
    }

    /** Writes the books of these languages, and returns each as written, to be spliced later ({@link #update}). */
    public Map<Language, OfflineBook.Written> writeKept(Path output, Problems problems, Collection<Language> languages) {
        return each(output, problems, languages, (book, language, css) -> book.writeKept(language, css));
    }

    /**
     * Writes again the books of these languages after the articles of the {@code changed} pages changed, and
     * nothing else a book shows: each with only those chapters made again when its template allows it, else
     * whole (see {@link OfflineBook#splice}).
     *
     * @param previous each book as last written
     * @param before   the documents of the changed pages as the previous books were made of them
     */
    public Map<Language, OfflineBook.Written> update(Path output, Problems problems, Collection<Language> languages,
                                                     Map<Language, OfflineBook.Written> previous, Collection<Page> changed,
                                                     Function<Page, DocumentModel> before) {
        return each(output, problems, languages, (book, language, css) -> {
            OfflineBook.Written last = previous.get(language);
            Optional<OfflineBook.Written> spliced = last == null ? Optional.empty()
                    : book.splice(language, css, last, changed, before);
            return spliced.isPresent() ? spliced.get() : book.writeKept(language, css);
        });
    }

    private interface Making<T> {
        T make(OfflineBook book, Language language, String css) throws Exception;
    }

    /**
     * Makes the book of each of these languages, the books at the same time (each is its own document,
     * and the pages and templates they are made of are only read by now), in the languages' order.
     */
    private <T> Map<Language, T> each(Path output, Problems problems, Collection<Language> languages, Making<T> making) {
        String css;
        try {
            css = Files.readString(output.resolve("css/site.css")) + "\n" + Files.readString(output.resolve("css/book.css"));
        } catch (IOException e) {
            throw new UncheckedIOException("the books need assets/css/site.css and assets/css/book.css", e);
        }
        OfflineBook book = new OfflineBook(output, site, sources.localization(), templates);
        TemplateFailure failures = new TemplateFailure(sources.config().templateFolder());
        List<Language> chosen = sources.localization().languages().stream().filter(languages::contains).toList();
        Map<Language, T> made = new ConcurrentHashMap<>();
        chosen.parallelStream().forEach(language -> {
            try {
                made.put(language, making.make(book, language, css));
            } catch (Exception e) {
                failures.add(e, language.bookPath("html"));
            }
        });
        failures.report(problems);
        Map<Language, T> books = new LinkedHashMap<>();
        chosen.stream().filter(made::containsKey).forEach(language -> books.put(language, made.get(language)));
        return books;
    }
}
