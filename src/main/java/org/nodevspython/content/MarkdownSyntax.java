package org.nodevspython.content;

import java.util.List;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

/**
 * The Markdown the site's pages are written in: full flexmark rather than JBake's pegdown
 * switches, with tables, footnotes, explicit heading ids ({@code {#id}}) and typographic quotes.
 * One parser reads every page; the renderers of each language start from the same options.
 */
public final class MarkdownSyntax {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnoteExtension.create(),
            AttributesExtension.create(), TypographicExtension.create());

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, EXTENSIONS)
            // a link to "my page.md" is a link (to a page that must exist), not text that silently stays text
            .set(Parser.SPACE_IN_LINK_URLS, true)
            // the line of a node is asked for every link, citation and heading: with the lines kept, a binary search
            // instead of a count of the line breaks from the top of the page each time
            .set(Parser.TRACK_DOCUMENT_LINES, true)
            .set(HtmlRenderer.GENERATE_HEADER_ID, false)
            .set(HtmlRenderer.RENDER_HEADER_ID, false)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            // flexmark would quietly write a javascript: reference link as plain text: the content policy refuses it instead
            .set(HtmlRenderer.SUPPRESSED_LINKS, "")
            .set(TablesExtension.CLASS_NAME, "table")
            .set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩\uFE0E")
            .toImmutable();

    private static final Parser PARSER = Parser.builder(OPTIONS).build();

    private MarkdownSyntax() {
    }

    /** The parser of every page; flexmark's parser is safe to share between threads. */
    public static Parser parser() {
        return PARSER;
    }

    /** The options the parser was built with, for the renderers to start from. */
    public static DataHolder options() {
        return OPTIONS;
    }
}
