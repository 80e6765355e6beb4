package org.nodevspython.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;

import org.nodevspython.files.Hashes;

/**
 * The PDF of a book, made with openhtmltopdf from the book's HTML file: PDF bookmarks (one per
 * chapter and section), the contents with page numbers, the DejaVu fonts embedded (text selectable,
 * no system font needed), internal links kept as links. Printed in parts ({@link BookPrinter}) so
 * that the layout of a book of thousands of pages holds one part at a time (the book's HTML tree and
 * the printed pages' objects stay until the PDF is written; their content streams go to a scratch
 * file), and takes time proportional to its length. The document id is derived from the content and no date is written, so the same book
 * gives the same bytes.
 */
public final class BookPdf {

    /**
     * Part of the cache key besides the book and the PDF stylesheet: the libraries that print, and a number to
     * change whenever the printing changes how a PDF is made (bookmarks, fonts, metadata, parts).
     */
    private static final String FORMAT = "book-pdf-4 parts no-gsub " + LibraryVersions.ofPrinters() + "\n";

    private BookPdf() {
    }

    /**
     * Writes the PDF of the book in {@code html}, or copies it from {@code cache} when the same book was
     * printed before: the output depends only on the book and this code, and printing takes seconds
     * where copying is instant.
     */
    public static void write(Path html, String title, String printCss, Path pdf, Path cache) {
        write(html, title, printCss, pdf, cache, BookPrinter.PART_BUDGET);
    }

    /** @param partBudget about how many characters of HTML each part printed on its own holds */
    static void write(Path html, String title, String printCss, Path pdf, Path cache, int partBudget) {
        try {
            // one digest of the book's bytes (megabytes): the cache key and the document id
            byte[] digest = Hashes.sha256(Files.readAllBytes(html));
            Path cached = cache.resolve("pdf").resolve(Long.toHexString(Hashes.id(FORMAT + partBudget + "\n" + title + printCss
                    + HexFormat.of().formatHex(digest))) + ".pdf");
            long documentId = Hashes.idOfDigest(digest);
            if (Files.isRegularFile(cached)) {
                Files.copy(cached, pdf, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            new BookPrinter(html, printCss, pdf.getParent().toUri().toString(), partBudget).print(pdf, title, documentId);
            Files.createDirectories(cached.getParent());
            Path partial = Files.createTempFile(cached.getParent(), "pdf", ".part");
            Files.copy(pdf, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pdf, e);
        }
    }
}
