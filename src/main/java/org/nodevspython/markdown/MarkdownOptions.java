package org.nodevspython.markdown;

import java.util.Map;
import java.util.TreeMap;

import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.nodevspython.content.MarkdownSyntax;
import org.nodevspython.i18n.Language;
import org.nodevspython.i18n.Localization;

/**
 * The HTML renderer of each language: the site's Markdown options, the language's typographic
 * quotes, and the site's own node renderer (section anchors, citations, links between pages).
 */
public final class MarkdownOptions {

    private final Map<String, HtmlRenderer> renderers = new TreeMap<>();
    /**
     * The attribute flexmark writes on the elements it makes with their place in the Markdown ("12-40"), so the
     * content policy can point a refusal at its line. The build removes it again; its name is new at every bake,
     * so that no page can write one of its own.
     */
    private final String positionAttribute = "data-pos-" + Long.toHexString(new java.security.SecureRandom().nextLong() >>> 1);

    public MarkdownOptions(Localization localization) {
        for (Language language : localization.languages()) {
            int[] q = language.quotes().codePoints().toArray();
            MutableDataSet options = new MutableDataSet(MarkdownSyntax.options())
                    .set(TypographicExtension.DOUBLE_QUOTE_OPEN, Character.toString(q[0]))
                    .set(TypographicExtension.DOUBLE_QUOTE_CLOSE, Character.toString(q[1]))
                    .set(TypographicExtension.SINGLE_QUOTE_OPEN, Character.toString(q[2]))
                    .set(TypographicExtension.SINGLE_QUOTE_CLOSE, Character.toString(q[3]))
                    .set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "’")
                    .set(TypographicExtension.EN_DASH, "–")
                    .set(TypographicExtension.EM_DASH, "—")
                    .set(TypographicExtension.ELLIPSIS, "…")
                    .set(HtmlRenderer.SOURCE_POSITION_ATTRIBUTE, positionAttribute);
            renderers.put(language.code(), HtmlRenderer.builder(options).nodeRendererFactory(new SiteNodeRenderer.Factory()).build());
        }
    }

    public String positionAttribute() {
        return positionAttribute;
    }

    public HtmlRenderer renderer(String languageCode) {
        return renderers.get(languageCode);
    }
}
