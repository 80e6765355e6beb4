package org.nodevspython.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu faces of one book's PDF, loaded once into the book's document and handed to the
 * renderer of every part of it. Loaded into the book (not into a part), each face is subset once,
 * when the book is saved, with the glyphs of every part: the PDF embeds one subset per face, as a
 * book printed in one piece does, and the fonts are parsed once per book, not once per part.
 */
final class BookFonts implements AutoCloseable {

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC),
            new Face("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL));

    private record Face(String file, String family, int weight, FontStyle style) {
    }

    private final List<WithoutLigatures> faces = new ArrayList<>();

    /** @param book the document the pages of every part end up in, and that is saved */
    BookFonts(PDDocument book) {
        for (Face face : FACES) {
            faces.add(new WithoutLigatures(book, face.file()));
        }
    }

    /** Gives the renderer of a part the book's faces. */
    void useIn(PdfRendererBuilder builder) {
        for (int i = 0; i < FACES.size(); i++) {
            Face face = FACES.get(i);
            builder.useFont(faces.get(i), face.family(), face.weight(), face.style(), true);
        }
    }

    /**
     * Embeds in the book the subset of each face its parts used, once every part is printed. PDFBox
     * subsets a font when it saves the document that drew with it, but the parts drew (so
     * registered the fonts with their own documents, which are never saved) and the book is saved.
     */
    void embedSubsets() {
        for (WithoutLigatures face : faces) {
            face.embedSubset();
        }
    }

    /** Once the book is saved: the subsets embedded in it were read from the open fonts. */
    @Override
    public void close() {
        faces.forEach(WithoutLigatures::close);
    }

    /**
     * A DejaVu face, loaded on first use with its glyph substitutions (GSUB) off.
     * PDFBox applies a font's Latin substitutions itself when it draws text ({@code ccmp}, {@code liga},
     * {@code clig}): DejaVu Sans turns "fl" and "fi" into the glyphs of U+FB02 and U+FB01, which text
     * extraction, a viewer's search, copying and reading aloud then give instead of the letters
     * ("Netflix" became "Net", U+FB02, "ix"). Without substitutions each letter is its own glyph.
     * Faces the book does not use are never parsed, so never embedded.
     */
    private static final class WithoutLigatures extends PDFontSupplier {

        private final PDDocument document;
        private final String file;
        private TrueTypeFont font;
        private PDFont loaded;

        WithoutLigatures(PDDocument document, String file) {
            super(null);
            this.document = document;
            this.file = file;
        }

        @Override
        public synchronized PDFont supply() {
            if (loaded == null) {
                try (InputStream in = open(file)) {
                    font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                    font.setEnableGsub(false);
                    loaded = PDType0Font.load(document, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load the font " + file, e);
                }
            }
            return loaded;
        }

        synchronized void embedSubset() {
            if (loaded != null && loaded.willBeSubset()) {
                try {
                    loaded.subset();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot embed the font " + file, e);
                }
            }
        }

        synchronized void close() {
            if (font != null) {
                try {
                    font.close();
                } catch (IOException e) {
                    // a font read from memory holds nothing to release
                }
            }
        }
    }

    private static InputStream open(String file) {
        InputStream in = BookFonts.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("font " + file + " is not on the class path (net.sf.jasperreports:jasperreports-fonts)");
        }
        return in;
    }
}
