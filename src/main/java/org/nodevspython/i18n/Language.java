package org.nodevspython.i18n;

/**
 * A language of the site.
 *
 * @param code   BCP 47 code, used in front matter, {@code lang} and {@code hreflang}
 * @param name   the language's own name, shown by the language switch
 * @param folder output folder, "" for the site root
 * @param quotes typographic quotes, four characters: double open, double close, single open, single close
 */
public record Language(String code, String name, String folder, String quotes) {

    /** The folder as a prefix of output paths: "" or "en/". */
    public String prefix() {
        return folder.isEmpty() ? "" : folder + "/";
    }
}
