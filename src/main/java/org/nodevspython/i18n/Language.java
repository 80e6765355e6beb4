package org.nodevspython.i18n;

/**
 * A language of the site.
 *
 * @param code   BCP 47 code, used in front matter, {@code lang} and {@code hreflang}
 * @param name   the language's own name, shown by the language switch
 * @param folder output folder, "" for the site root
 * @param quotes typographic quotes, four characters: double open, double close, single open, single close
 * @param book   file name (without extension) of the language's single-page book and its PDF
 */
public record Language(String code, String name, String folder, String quotes, String book) {

    /** The folder as a prefix of output paths: "" or "en/". */
    public String prefix() {
        return folder.isEmpty() ? "" : folder + "/";
    }

    /** The book's path below the site root, e.g. {@code en/book.html}. */
    public String bookPath(String extension) {
        return prefix() + book + "." + extension;
    }
}
