package org.nodevspython.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nodevspython.files.Hashes;

/**
 * The PDF of a book, made with openhtmltopdf: the book's HTML plus PDF bookmarks (one per page and
 * section), the DejaVu fonts embedded (text selectable, no system font needed), internal links kept
 * as links. The document id is derived from the content and no date is written, so the same book
 * gives the same bytes.
 */
public final class BookPdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String PRODUCER = "node-vs-python site build (openhtmltopdf)";
    /**
     * Part of the cache key besides the book and the PDF stylesheet: the libraries that print, and a number to
     * change whenever this class changes how a PDF is made (bookmarks, fonts, metadata).
     */
    private static final String FORMAT = "book-pdf-2 no-gsub " + LibraryVersions.ofPrinters() + "\n";
    private static final List<String[]> FACES = List.of(
            new String[] {"DejaVuSans.ttf", "DejaVu Sans", "400", "NORMAL"},
            new String[] {"DejaVuSans-Bold.ttf", "DejaVu Sans", "700", "NORMAL"},
            new String[] {"DejaVuSans-Oblique.ttf", "DejaVu Sans", "400", "ITALIC"},
            new String[] {"DejaVuSans-BoldOblique.ttf", "DejaVu Sans", "700", "ITALIC"},
            new String[] {"DejaVuSansMono.ttf", "DejaVu Sans Mono", "400", "NORMAL"});

    private BookPdf() {
    }

    static {
        // openhtmltopdf logs every CSS property it does not know; the build prints problems itself
        XRLog.setLoggingEnabled(false);
    }

    /**
     * Writes the PDF, or copies it from {@code cache} when the same book was printed before: the
     * output depends only on the book and this class, and printing takes seconds where copying is instant.
     */
    public static void write(Document book, String title, String printCss, Path pdf, Path cache) {
        // a book of a thousand pages serialises to megabytes: once, for the cache key and the document id
        String html = book.outerHtml();
        Path cached = cache.resolve("pdf").resolve(Long.toHexString(Hashes.id(FORMAT + title + printCss + html)) + ".pdf");
        try {
            if (Files.isRegularFile(cached)) {
                Files.copy(cached, pdf, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            printWithRoom(book, title, printCss, pdf, Hashes.id(html));
            Files.createDirectories(cached.getParent());
            Path partial = Files.createTempFile(cached.getParent(), "pdf", ".part");
            Files.copy(pdf, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, cached, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pdf, e);
        }
    }

    /** The stack a print may use: openhtmltopdf's layout recurses with the length of the book. */
    private static final long PRINT_STACK_BYTES = 1L << 30;

    /**
     * Prints on a thread of its own with a large stack: the default stack overflows on a book of a
     * thousand pages, where a site should still build.
     */
    private static void printWithRoom(Document book, String title, String printCss, Path pdf, long documentId) throws IOException {
        Throwable[] failure = new Throwable[1];
        Thread printer = new Thread(null, () -> {
            try {
                write(book, title, printCss, pdf, documentId);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "book-pdf", PRINT_STACK_BYTES);
        printer.start();
        try {
            printer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while printing " + pdf, e);
        }
        if (failure[0] instanceof StackOverflowError) {
            throw new IllegalStateException("the book is too long to print as a PDF (" + pdf.getFileName()
                    + "); bake with --no-pdf", failure[0]);
        }
        if (failure[0] instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure[0] != null) {
            throw new IOException("cannot print " + pdf, failure[0]);
        }
    }

    /** @param documentId the PDF's id, derived from the book so that the same book gives the same bytes */
    static void write(Document book, String title, String printCss, Path pdf, long documentId) {
        Document copy = book.clone();
        copy.select("script").remove();
        // openhtmltopdf knows no CSS variables: print with the light theme's values
        for (Element style : copy.head().select("style")) {
            String css = style.data();
            style.empty().appendChild(new org.jsoup.nodes.DataNode(withoutVariables(css)));
        }
        copy.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(printCss));
        copy.head().appendChild(bookmarks(copy));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(new W3CDom().fromJsoup(copy), pdf.getParent().toUri().toString());
        builder.withProducer(PRODUCER);
        // the fonts are loaded into this document by the renderer, without their ligatures (see WithoutLigatures)
        PDDocument target = new PDDocument();
        builder.usePDDocument(target);
        List<WithoutLigatures> faces = FACES.stream().map(face -> new WithoutLigatures(target, face[0])).toList();
        for (int i = 0; i < FACES.size(); i++) {
            String[] face = FACES.get(i);
            builder.useFont(faces.get(i), face[1], Integer.parseInt(face[2]), FontStyle.valueOf(face[3]), true);
        }
        try (target; WithoutLigatures.Closing fonts = () -> faces.forEach(WithoutLigatures::close);
             OutputStream out = Files.newOutputStream(pdf); PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setProducer(PRODUCER);
            document.setDocumentInformation(info);
            document.getDocumentCatalog().setLanguage(book.child(0).attr("lang"));
            document.setDocumentId(documentId);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pdf, e);
        }
    }

    /** Replaces each {@code var(--name)} by the value the first {@code :root} rule gives it. */
    static String withoutVariables(String css) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        java.util.regex.Matcher root = java.util.regex.Pattern.compile(":root\\s*\\{([^}]*)}").matcher(css);
        if (root.find()) {
            java.util.regex.Matcher variable = java.util.regex.Pattern.compile("(--[a-z-]+)\\s*:\\s*([^;]+);").matcher(root.group(1));
            while (variable.find()) {
                values.put(variable.group(1), variable.group(2).strip());
            }
        }
        return java.util.regex.Pattern.compile("var\\((--[a-z-]+)\\)").matcher(css)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(values.getOrDefault(m.group(1), "inherit")));
    }

    /** openhtmltopdf reads PDF bookmarks (the outline) from a {@code <bookmarks>} element in the head. */
    private static Element bookmarks(Document book) {
        Element bookmarks = new Element("bookmarks");
        for (Element chapter : book.select("section.book-page[id]")) {
            Element title = chapter.selectFirst("h1");
            Element mark = bookmarks.appendElement("bookmark").attr("name", title == null ? chapter.id() : title.text())
                    .attr("href", "#" + chapter.id());
            for (Element section : chapter.select("h2[id]")) {
                mark.appendElement("bookmark").attr("name", section.ownText().isBlank() ? section.text() : section.ownText())
                        .attr("href", "#" + section.id());
            }
        }
        return bookmarks;
    }

    /**
     * A DejaVu face for the renderer, loaded on first use with its glyph substitutions (GSUB) off.
     * PDFBox applies a font's Latin substitutions itself when it draws text ({@code ccmp}, {@code liga},
     * {@code clig}): DejaVu Sans turns "fl" and "fi" into the glyphs of U+FB02 and U+FB01, which text
     * extraction, a viewer's search, copying and reading aloud then give instead of the letters
     * ("Netflix" became "Net", U+FB02, "ix"). Without substitutions each letter is its own glyph.
     */
    private static final class WithoutLigatures extends com.openhtmltopdf.pdfboxout.PDFontSupplier {

        /** Closes what was opened, without a checked exception. */
        interface Closing extends AutoCloseable {
            @Override
            void close();
        }

        private final PDDocument document;
        private final String file;
        private org.apache.fontbox.ttf.TrueTypeFont font;
        private org.apache.pdfbox.pdmodel.font.PDFont loaded;

        WithoutLigatures(PDDocument document, String file) {
            super(null);
            this.document = document;
            this.file = file;
        }

        @Override
        public synchronized org.apache.pdfbox.pdmodel.font.PDFont supply() {
            if (loaded == null) {
                try (InputStream in = font(file)) {
                    font = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(in));
                    font.setEnableGsub(false);
                    loaded = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load the font " + file, e);
                }
            }
            return loaded;
        }

        /** Once the document is saved: the subset embedded in it was read from the open font. */
        void close() {
            if (font != null) {
                try {
                    font.close();
                } catch (IOException e) {
                    // a font read from memory holds nothing to release
                }
            }
        }
    }

    private static InputStream font(String file) {
        InputStream in = BookPdf.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("font " + file + " is not on the class path (net.sf.jasperreports:jasperreports-fonts)");
        }
        return in;
    }
}
