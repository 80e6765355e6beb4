package org.nodevspython.content;

/** A heading of a page: level 1 is the page's title heading; the others carry an explicit id. */
public record Heading(int level, String id, String text, int line, int column) {
}
