package org.nodevspython.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.nodevspython.content.PageParser;

/**
 * Finishes the HTML flexmark made of a page's Markdown: the title heading is taken out so the
 * template can place it above the table of contents, the footnotes are taken out for the
 * template's notes section (their back-links saying what they do), the charts are drawn where
 * their blocks were, and table cells are aligned with classes rather than HTML's obsolete
 * {@code align}.
 */
final class BodyHtml {

    private BodyHtml() {
    }

    /**
     * @param charts draws the chart of the n-th {@code ```benchmarks} block of the page (0 first), as HTML
     */
    static Article of(String html, Map<String, String> ui, java.util.function.IntFunction<String> charts) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Element h1 = document.body().selectFirst("> h1");
        String heading = "";
        if (h1 != null) {
            heading = h1.html();
            h1.remove();
        }
        List<Element> blocks = document.body().select("pre:has(> code.language-" + PageParser.CHART_BLOCK + ")");
        for (int i = 0; i < blocks.size(); i++) {
            Element block = blocks.get(i);
            for (Node node : Jsoup.parseBodyFragment(charts.apply(i)).body().childNodesCopy()) {
                block.before(node);
            }
            block.remove();
        }
        // flexmark writes the obsolete align attribute on table cells; HTML wants CSS
        for (Element cell : document.body().select("th[align], td[align]")) {
            cell.addClass("align-" + cell.attr("align").toLowerCase(Locale.ROOT)).removeAttr("align");
        }
        String footnotes = "";
        Element notes = document.body().selectFirst("> div.footnotes");
        if (notes != null) {
            notes.select("> hr").remove();
            for (Element back : notes.select("a.footnote-backref")) {
                back.attr("aria-label", ui.getOrDefault("back_to_text", "Back"));
            }
            footnotes = notes.html();
            // the line break flexmark writes before the notes belongs to them: the template writes its own
            if (notes.previousSibling() instanceof TextNode text && text.isBlank()) {
                text.remove();
            }
            notes.remove();
        }
        return new Article(heading, document.body().html().strip(), footnotes);
    }
}
