/**
 * A page's Markdown as HTML: flexmark with the site's node renderer (section anchors, citations,
 * links between pages), then the finishing of the HTML (title heading and footnotes taken out for
 * the templates, charts drawn), on every core.
 */
package org.nodevspython.markdown;
