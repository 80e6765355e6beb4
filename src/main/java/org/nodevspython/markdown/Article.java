package org.nodevspython.markdown;

/**
 * A page's Markdown as HTML, what its template places in the page, the book puts in a chapter
 * and the search index reads.
 *
 * @param heading   the inner HTML of the page's title heading
 * @param body      the HTML of everything after the title heading but the footnotes
 * @param footnotes the HTML of the footnotes' list ("" when the page has none), which the templates put
 *                  in a section of its own after the body
 */
public record Article(String heading, String body, String footnotes) {
}
