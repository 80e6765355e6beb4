package org.nodevspython.content;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finishes the HTML flexmark made of a page's Markdown: the title heading is taken out so the
 * template can place it above the table of contents, and the footnotes become a titled,
 * labelled section whose back-links say what they do.
 *
 * @param heading the inner HTML of the page's title heading
 * @param body    the rest of the page's HTML
 */
public record BodyHtml(String heading, String body) {

    /** Ids this class gives elements; a section id must not take one of them. */
    public static final String NOTES_ID = "footnotes";

    public static BodyHtml of(String html, Map<String, String> ui) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Element h1 = document.body().selectFirst("> h1");
        String heading = "";
        if (h1 != null) {
            heading = h1.html();
            h1.remove();
        }
        // flexmark writes the obsolete align attribute on table cells; HTML wants CSS
        for (Element cell : document.body().select("th[align], td[align]")) {
            cell.addClass("align-" + cell.attr("align").toLowerCase(java.util.Locale.ROOT)).removeAttr("align");
        }
        Element notes = document.body().selectFirst("> div.footnotes");
        if (notes != null) {
            Element section = new Element("section").addClass("footnotes").attr("aria-labelledby", NOTES_ID);
            notes.select("> hr").remove();
            section.appendElement("h2").id(NOTES_ID).text(ui.getOrDefault("notes", "Notes"));
            section.appendChildren(notes.childNodesCopy());
            notes.replaceWith(section);
            for (Element back : section.select("a.footnote-backref")) {
                back.attr("aria-label", ui.getOrDefault("back_to_text", "Back"));
            }
        }
        return new BodyHtml(heading, document.body().html().strip());
    }
}
