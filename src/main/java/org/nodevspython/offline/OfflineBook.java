package org.nodevspython.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nodevspython.content.Page;
import org.nodevspython.i18n.Language;
import org.nodevspython.i18n.Localization;
import org.nodevspython.links.SiteIndex;
import org.nodevspython.render.SiteModel;

/**
 * The single-page book of one language: every page in reading order in one self-contained HTML
 * file, made from the rendered pages. Ids are prefixed with their page's key ({@code nodejs--scalability})
 * so they stay unique; every link between pages becomes a link inside the book (or into the other
 * language's book); the stylesheet is inlined; the reference list, the last page, comes once at the end.
 */
public final class OfflineBook {

    private static final List<String> ID_LIST_ATTRIBUTES = List.of("aria-labelledby", "aria-describedby", "aria-controls", "for", "headers");

    private final Path siteDir;
    private final SiteIndex site;
    private final Localization localization;
    private final Map<String, Page> byOutput = new HashMap<>();

    private final java.util.function.Function<Page, String> articles;

    /**
     * @param articles the HTML of a page's article as rendered from its Markdown, or null for a page whose
     *                 article the templates complete (the reference list), which is then read from the page
     */
    public OfflineBook(Path siteDir, SiteIndex site, Localization localization, java.util.function.Function<Page, String> articles) {
        this.siteDir = siteDir;
        this.articles = articles;
        this.site = site;
        this.localization = localization;
        site.all().forEach(p -> byOutput.put(p.outputPath(), p));
    }

    /** Writes {@code <book>.html} of the language and returns the document, for the PDF. */
    public Document write(Language language, String css) {
        Map<String, String> ui = localization.strings(language.code());
        String bookPath = language.bookPath("html");
        Document book = Document.createShell("");
        book.outputSettings().prettyPrint(false);
        book.child(0).attr("lang", language.code()).attr("dir", "ltr");
        Element head = book.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(ui.get("book_title") + " · " + ui.get("site_title"));
        head.appendElement("meta").attr("name", "description").attr("content", ui.get("book_title"));
        // the book repeats the site's pages: search engines should list the pages, not the book
        head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
        // the site's icon, inside the file like everything else (without it a browser asks the host for /favicon.ico)
        Path icon = siteDir.resolve("favicon.svg");
        if (Files.isRegularFile(icon)) {
            try {
                head.appendElement("link").attr("rel", "icon").attr("type", "image/svg+xml")
                        .attr("href", "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(icon)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css));
        // the theme a reader chose on the site (stored by site.js) applies to the book too
        head.appendElement("script").appendChild(new org.jsoup.nodes.DataNode(
                "try{var t=localStorage.getItem(\"theme\");if(t)document.documentElement.setAttribute(\"data-theme\",t)}catch(e){}"));
        Element body = book.body().addClass("book");

        Element header = body.appendElement("header").addClass("book-cover");
        header.appendElement("p").addClass("site-title").text(ui.get("site_title"));
        header.appendElement("p").text(ui.get("site_tagline"));
        Element switcher = header.appendElement("nav").addClass("languages").attr("aria-label", ui.get("language_label"))
                .appendElement("ul");
        for (Language other : localization.languages()) {
            Element item = switcher.appendElement("li");
            if (other.equals(language)) {
                item.appendElement("span").attr("aria-current", "true").text(other.name());
            } else {
                item.appendElement("a").attr("href", SiteIndex.relative(bookPath, other.bookPath("html")))
                        .attr("hreflang", other.code()).attr("lang", other.code()).text(other.name());
            }
        }
        List<Page> pages = site.inLanguage(language.code()).stream().filter(SiteModel::listed).toList();
        Element toc = body.appendElement("nav").addClass("toc book-toc").attr("aria-labelledby", "book-contents");
        toc.appendElement("h2").id("book-contents").text(ui.get("book_contents"));
        Element list = toc.appendElement("ol");
        Element main = body.appendElement("main").id("main");
        for (Page page : pages) {
            Element entry = list.appendElement("li");
            entry.appendElement("a").attr("href", "#p-" + page.key()).text(page.title());
            Element sections = null;
            for (var heading : page.sections()) {
                if (heading.level() == 2 && heading.id() != null) {
                    if (sections == null) {
                        sections = entry.appendElement("ol");
                    }
                    sections.appendElement("li").appendElement("a").attr("href", "#" + page.key() + "--" + heading.id())
                            .text(heading.text());
                }
            }
            main.appendChild(chapter(page, language, bookPath));
        }
        try {
            Files.writeString(siteDir.resolve(bookPath), "<!DOCTYPE html>\n" + book.outerHtml() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return book;
    }

    private Element chapter(Page page, Language language, String bookPath) {
        String html = articles.apply(page);
        Element article;
        if (html != null) {
            article = Jsoup.parseBodyFragment(html).body();
        } else {
            try {
                article = Jsoup.parse(siteDir.resolve(page.outputPath()).toFile(), "UTF-8").selectFirst("main article");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Element chapter = new Element("section").addClass("book-page").id("p-" + page.key());
        if (article == null) {
            return chapter;
        }
        // the book has one table of contents for everything: the pages' own, and the home page's map, go
        article.select("nav.toc, section.map").remove();
        String prefix = page.key() + "--";
        for (Element element : article.select("[id]")) {
            element.id(prefix + element.id());
        }
        for (String attribute : ID_LIST_ATTRIBUTES) {
            for (Element element : article.select("[" + attribute + "]")) {
                element.attr(attribute, String.join(" ", java.util.Arrays.stream(element.attr(attribute).trim().split("\\s+"))
                        .map(id -> prefix + id).toList()));
            }
        }
        // every page's notes are a region named "Notes": in the book, where they meet, their page's title makes each name unique
        for (Element notes : article.select("section.footnotes[aria-labelledby]")) {
            Element heading = article.getElementById(notes.attr("aria-labelledby"));
            if (heading != null) {
                notes.removeAttr("aria-labelledby").attr("aria-label", heading.text() + " · " + page.title());
            }
        }
        for (Element link : article.select("a[href]")) {
            link.attr("href", rewrite(link.attr("href"), page, language, bookPath));
        }
        for (Element media : article.select("[src]")) {
            media.attr("src", rewrite(media.attr("src"), page, language, bookPath));
        }
        chapter.appendChildren(article.childNodesCopy());
        return chapter;
    }

    /** Where a link of a page points to once the page is a chapter of the book. */
    String rewrite(String href, Page from, Language language, String bookPath) {
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            return href;
        }
        if (uri.getScheme() != null || href.startsWith("//")) {
            return href;
        }
        String fragment = uri.getFragment();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String target = path.isEmpty() ? from.outputPath() : normalise(from.outputPath(), path);
        Page to = byOutput.get(target);
        if (to == null) {
            // an asset: the book sits in the same folder as the pages of its language
            return SiteIndex.relative(bookPath, target) + (fragment == null ? "" : "#" + fragment);
        }
        String anchor = fragment == null || fragment.isEmpty() ? "#p-" + to.key() : "#" + to.key() + "--" + fragment;
        if (to.lang().equals(language.code())) {
            return anchor;
        }
        Language other = localization.language(to.lang()).orElseThrow();
        return SiteIndex.relative(bookPath, other.bookPath("html")) + anchor;
    }

    private static String normalise(String fromOutputPath, String path) {
        Path base = Paths.get(fromOutputPath).getParent();
        Path resolved = (base == null ? Paths.get(path) : base.resolve(path)).normalize();
        return resolved.toString().replace('\\', '/');
    }
}
