package org.nodevspython.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.nodevspython.content.LinkUse;
import org.nodevspython.content.Page;
import org.nodevspython.content.PageParser;
import org.nodevspython.policy.ContentPolicy;
import org.nodevspython.rules.Problems;

/**
 * Finishes the HTML flexmark made of a page's Markdown. First it is held against the site's
 * allow-list ({@link ContentPolicy}): what Markdown itself can write (attribute syntax, link,
 * image and autolink addresses, reference definitions, footnotes) is refused at its line, as raw
 * HTML was when the page was parsed. Then the title heading is taken out so the template can
 * place it above the table of contents, the footnotes are taken out for the template's notes
 * section (their back-links saying what they do), the charts are drawn where their blocks were,
 * and table cells are aligned with classes rather than HTML's obsolete {@code align}.
 */
final class BodyHtml {

    private static final ContentPolicy POLICY = new ContentPolicy();

    private BodyHtml() {
    }

    /**
     * @param position the attribute with each element's place in the Markdown (see {@link MarkdownOptions#positionAttribute})
     * @param charts   draws the chart of the n-th {@code ```benchmarks} block of the page (0 first), as HTML
     */
    static Article of(String html, Page page, String position, Map<String, String> ui, IntFunction<String> charts, Problems problems) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        check(document.body(), page, position, problems);
        drawCharts(document.body(), page, position, charts);
        for (Element element : document.body().select("[" + position + "]")) {
            element.removeAttr(position);
        }
        Element h1 = document.body().selectFirst("> h1");
        String heading = "";
        if (h1 != null) {
            heading = h1.html();
            h1.remove();
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

    /**
     * Refuses what the allow-list does not hold, at the place of the Markdown that wrote it. Elements without
     * a place are raw HTML, checked where it was parsed, or flexmark's own structure (lists, footnotes).
     */
    private static void check(Element body, Page page, String position, Problems problems) {
        List<ContentPolicy.Refusal> refusals = POLICY.check(body, Set.of(position));
        if (refusals.isEmpty() && !POLICY.cleanerAgrees(body, Set.of(position))) {
            // the checks and jsoup's sanitizer read the same lists: a disagreement is a bug of the build, not of the page
            throw new IllegalStateException("the content policy passed content/" + page.sourcePath() + ", jsoup's Cleaner does not");
        }
        for (ContentPolicy.Refusal refusal : refusals) {
            if (!refusal.element().hasAttr(position)) {
                continue;
            }
            int offset = place(refusal, page, position);
            problems.report(refusal.rule(), page.file(), page.positions().line(offset), page.positions().column(offset), refusal.args());
        }
    }

    /**
     * Where to point a refusal: the {@code {...}} attribute that wrote a refused attribute, the reference
     * definition that holds a refused address, or else the start of the element's Markdown.
     */
    private static int place(ContentPolicy.Refusal refusal, Page page, String position) {
        Element element = refusal.element();
        int start = Integer.parseInt(element.attr(position).split("-")[0]);
        int end = Integer.parseInt(element.attr(position).split("-")[1]);
        String name = refusal.attribute();
        if (name == null) {
            return start;
        }
        // an attribute written with the attribute syntax: {...} after a link or an image, or at the end of a heading
        for (com.vladsch.flexmark.util.ast.Node node : page.document().getDescendants()) {
            if (node instanceof AttributeNode attribute && attribute.getName().toString().equalsIgnoreCase(name)
                    && attribute.getParent() instanceof AttributesNode attributes && appliesTo(attributes, start)) {
                return attribute.getStartOffset();
            }
        }
        if (name.equals("href") || name.equals("src")) {
            String written = page.positions().body().substring(start, Math.min(end, page.positions().body().length()));
            if (!written.contains(element.attr(name))) {
                for (com.vladsch.flexmark.util.ast.Node node : page.document().getDescendants()) {
                    if (node instanceof Reference definition && definition.getUrl().unescape().equals(element.attr(name))) {
                        return definition.getStartOffset();
                    }
                }
            }
        }
        return start;
    }

    /** Whether a {@code {...}} gives its attributes to the element whose Markdown starts at {@code start}. */
    private static boolean appliesTo(AttributesNode attributes, int start) {
        com.vladsch.flexmark.util.ast.Node before = attributes.getPrevious();
        com.vladsch.flexmark.util.ast.Node parent = attributes.getParent();
        return (before != null && before.getStartOffset() == start) || (parent != null && parent.getStartOffset() == start);
    }

    /** Draws each chart where its {@code ```benchmarks} block was: a block Markdown wrote, at a known place, not raw HTML. */
    private static void drawCharts(Element body, Page page, String position, IntFunction<String> charts) {
        List<Element> blocks = body.select("pre[" + position + "]:has(> code.language-" + PageParser.CHART_BLOCK + ")");
        for (Element block : blocks) {
            int line = page.positions().line(Integer.parseInt(block.attr(position).split("-")[0]));
            List<LinkUse> all = page.charts();
            for (int n = 0; n < all.size(); n++) {
                if (all.get(n).line() == line) {
                    for (Node node : Jsoup.parseBodyFragment(charts.apply(n)).body().childNodesCopy()) {
                        block.before(node);
                    }
                    block.remove();
                    break;
                }
            }
        }
    }
}
