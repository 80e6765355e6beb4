package org.nodevspython.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of page, chosen with {@code type:} in the front matter: each is also a JBake document
 * type, rendered with the template {@code template.<type>.file} of jbake.properties.
 */
public enum PageType {
    /** A page of text (the default). */
    PAGE,
    /** The home page of a language: its text and the map of every section of the site. */
    HOME,
    /** The reference list of a language, generated from data/references.yaml after its text. */
    REFERENCES,
    /** The "not found" page: served for any missing address, so it is not listed anywhere. */
    ERROR;

    /** The name in front matter, in jbake.properties and in templates ({@code content.type}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether pages of this type are in the navigation, the sitemap, the search and the books. */
    public boolean listed() {
        return this != ERROR;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(PageType::key).toList();
    }

    public static PageType of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
