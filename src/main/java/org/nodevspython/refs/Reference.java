package org.nodevspython.refs;

import java.util.Map;

/**
 * One entry of the reference list, shared by every language.
 *
 * @param number   the number readers see, the same in every language (its place in the data file)
 * @param line     the line of the entry in the data file, for messages
 * @param notes    a short annotation per language code; may be empty
 * @param page     the key of a site page that presents this source's data, or null
 */
public record Reference(int number, String key, String title, String author, String publisher, String date,
                        String url, String language, boolean inSource, Map<String, String> notes, String page, int line) {

    /** The anchor of the entry on the references page. */
    public String anchor() {
        return "ref-" + key;
    }
}
