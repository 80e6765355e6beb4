package org.nodevspython.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.nodevspython.content.Page;
import org.nodevspython.content.Sections;
import org.nodevspython.i18n.Notices;
import org.nodevspython.links.Address;
import org.nodevspython.render.SiteTemplates;

/**
 * Puts the notices of a lagging translation into its article, drawn by {@code templates/lag.ftl}:
 * at the top of each outdated section (of the article for the introduction, of the notes for the
 * notes), and each missing section's placeholder where the section would be, before the next
 * section the translation has.
 */
final class LagNotices {

    static final String TEMPLATE = "lag.ftl";

    private LagNotices() {
    }

    static Article insert(Article article, Page translation, Page source, List<Notices.Notice> notices, SiteTemplates templates)
            throws Exception {
        Document body = Jsoup.parseBodyFragment(article.body());
        body.outputSettings().prettyPrint(false);
        String footnotes = article.footnotes();
        List<String> order = new ArrayList<>(source.sectionHashes().keySet());
        for (Notices.Notice notice : notices) {
            Map<String, Object> arguments = new HashMap<>();
            arguments.put("notice", model(notice));
            arguments.put("href", href(translation, source, notice.section()));
            arguments.put("sourceLang", source.lang());
            String html = templates.macro(TEMPLATE, notice.missing() ? "missing" : "outdated", translation.lang(), arguments);
            if (notice.missing()) {
                Element next = nextPresent(body, order, notice.section());
                insert(body.body(), next, html);
            } else if (notice.section().equals(Sections.INTRO)) {
                insert(body.body(), body.body().children().isEmpty() ? null : body.body().child(0), html);
            } else if (notice.section().equals(Sections.NOTES)) {
                footnotes = html + footnotes;
            } else {
                Element heading = body.body().selectFirst("> h2#" + notice.section());
                if (heading != null) {
                    insert(body.body(), heading.nextElementSibling(), html);
                }
            }
        }
        return new Article(article.heading(), body.body().html().strip(), footnotes);
    }

    /** The link from the translation to a part of the original. */
    static String href(Page from, Page source, String section) {
        String page = Address.relative(from.outputPath(), source.outputPath());
        return switch (section) {
            case Sections.INTRO -> page;
            case Sections.NOTES -> page + "#footnotes";
            default -> page + "#" + section;
        };
    }

    private static Map<String, Object> model(Notices.Notice notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("section", notice.section());
        model.put("sourceTitle", notice.sourceTitle());
        notice.date().ifPresent(date -> model.put("date", date));
        model.put("diff", notice.diff().stream().map(s -> Map.of("kind", s.kind().name(), "text", s.text())).toList());
        return model;
    }

    /** The heading of the first section after {@code section} (in the source's order) that the translation has. */
    private static Element nextPresent(Document body, List<String> order, String section) {
        for (int i = order.indexOf(section) + 1; i < order.size(); i++) {
            Element heading = body.body().selectFirst("> h2#" + order.get(i));
            if (heading != null) {
                return heading;
            }
        }
        return null;
    }

    /** Inserts the markup before {@code before}, or at the end of the body when it is null. */
    private static void insert(Element body, Element before, String html) {
        List<Node> nodes = Jsoup.parseBodyFragment(html).body().childNodesCopy();
        for (Node node : nodes) {
            if (before == null) {
                body.appendChild(node);
            } else {
                before.before(node);
            }
        }
    }
}
