package org.nodevspython.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nodevspython.config.Sources;
import org.nodevspython.i18n.Language;

/**
 * The PDF of each language's book, printed from the book's HTML file (which {@link MakeBooks} wrote),
 * the books at the same time, one thread each. It needs only the sources (the print stylesheet, the
 * titles): the pages, their documents and the templates can be collected before the PDFs print.
 */
public final class PrintBooks {

    /** The PDF's own stylesheet, in the template folder: page numbers, fonts. */
    static final String PRINT_CSS = "book-pdf.css";

    private final Sources sources;

    public PrintBooks(Sources sources) {
        this.sources = sources;
    }

    /**
     * Prints the PDF of each book in {@code output}, or copies it from {@code cache} when the same book
     * was printed before.
     *
     * @param languages the languages whose book was written
     * @param cache where printed PDFs are kept between bakes
     */
    public void print(Collection<Language> languages, Path output, Path cache) {
        String printCss;
        try {
            printCss = Files.readString(sources.config().templateFolder().resolve(PRINT_CSS));
        } catch (IOException e) {
            throw new UncheckedIOException("the PDFs need templates/" + PRINT_CSS, e);
        }
        Map<String, Runnable> jobs = new LinkedHashMap<>();
        for (Language language : languages) {
            Map<String, String> ui = sources.localization().strings(language.code());
            String title = ui.get("book_title") + " · " + ui.get("site_title");
            jobs.put(language.bookPath("pdf"), () -> BookPdf.write(output.resolve(language.bookPath("html")), title, printCss,
                    output.resolve(language.bookPath("pdf")), cache));
        }
        PrintThreads.runAll(jobs);
    }
}
