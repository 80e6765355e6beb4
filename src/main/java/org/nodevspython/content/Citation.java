package org.nodevspython.content;

/**
 * A citation {@code [@key]} in a page.
 *
 * @param anchor the id of the citation mark on its page, the target of the reference list's back-links
 */
public record Citation(String key, String anchor, String section, int line, int column) {
}
