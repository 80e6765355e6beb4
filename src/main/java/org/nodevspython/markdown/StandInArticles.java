package org.nodevspython.markdown;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nodevspython.content.Page;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.links.Address;
import org.nodevspython.render.SiteTemplates;

/**
 * The article of a page that stands in for an untranslated original (see {@link Page#original}):
 * the original's article, its links made to lead to the pages of the stand-in's language (their
 * translation, or their own stand-in) from where the stand-in is, with a notice at its top. The
 * original is rendered once; its stand-ins reuse the HTML.
 */
final class StandInArticles {

    private StandInArticles() {
    }

    static Article of(Article original, Page standIn, SiteIndex site, SiteTemplates templates) throws Exception {
        Page source = standIn.original().orElseThrow();
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("href", Address.relative(standIn.outputPath(), source.outputPath()));
        arguments.put("sourceLang", source.lang());
        arguments.put("pageLang", standIn.lang());
        String notice = templates.macro(LagNotices.TEMPLATE, "untranslated", standIn.lang(), arguments);
        return new Article(original.heading(), notice + relink(original.body(), source, standIn, site),
                relink(original.footnotes(), source, standIn, site));
    }

    /** The HTML with every link and image address as seen from the stand-in's place. */
    private static String relink(String html, Page source, Page standIn, SiteIndex site) {
        if (html.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.body().select("[href], [src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            element.attr(attribute, address(element.attr(attribute), source, standIn, site));
        }
        return document.body().html();
    }

    private static String address(String url, Page source, Page standIn, SiteIndex site) {
        Address address = Address.resolve(source.outputPath(), url);
        if (address.kind() != Address.Kind.RELATIVE) {
            return url; // another site, or a #fragment of the page itself
        }
        String target = site.byOutput(address.path())
                .map(page -> site.counterpart(page, standIn.lang()).orElse(page).outputPath())
                .orElse(address.path());
        return Address.relative(standIn.outputPath(), target) + (address.fragment() == null ? "" : "#" + address.fragment());
    }
}
