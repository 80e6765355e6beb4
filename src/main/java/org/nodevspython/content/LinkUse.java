package org.nodevspython.content;

/** A link or image address written in a page's Markdown, with where it was written. */
public record LinkUse(String url, boolean image, int line, int column) {
}
