package org.nodevspython.content;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.nodevspython.i18n.Language;
import org.nodevspython.i18n.Localization;

/**
 * The flexmark set-up of the site, full flexmark rather than JBake's pegdown switches:
 * tables, footnotes, explicit heading ids ({@code {#id}}) and typographic quotes chosen
 * per language. One parser serves every page; each language has its own renderer.
 */
public final class MarkdownOptions {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnoteExtension.create(),
            AttributesExtension.create(), TypographicExtension.create());

    private final Parser parser;
    private final Map<String, HtmlRenderer> renderers = new TreeMap<>();

    public MarkdownOptions(Localization localization) {
        MutableDataSet common = new MutableDataSet()
                .set(Parser.EXTENSIONS, EXTENSIONS)
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .set(HtmlRenderer.RENDER_HEADER_ID, false)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(TablesExtension.CLASS_NAME, "table")
                .set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩\uFE0E");
        this.parser = Parser.builder(common).build();
        for (Language language : localization.languages()) {
            int[] q = language.quotes().codePoints().toArray();
            MutableDataSet options = new MutableDataSet(common)
                    .set(TypographicExtension.DOUBLE_QUOTE_OPEN, Character.toString(q[0]))
                    .set(TypographicExtension.DOUBLE_QUOTE_CLOSE, Character.toString(q[1]))
                    .set(TypographicExtension.SINGLE_QUOTE_OPEN, Character.toString(q[2]))
                    .set(TypographicExtension.SINGLE_QUOTE_CLOSE, Character.toString(q[3]))
                    .set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "’")
                    .set(TypographicExtension.EN_DASH, "–")
                    .set(TypographicExtension.EM_DASH, "—")
                    .set(TypographicExtension.ELLIPSIS, "…");
            renderers.put(language.code(), HtmlRenderer.builder(options).nodeRendererFactory(new SiteNodeRenderer.Factory()).build());
        }
    }

    public Parser parser() {
        return parser;
    }

    public HtmlRenderer renderer(String languageCode) {
        return renderers.get(languageCode);
    }
}
