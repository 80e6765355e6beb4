package org.nodevspython.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nodevspython.content.Page;
import org.nodevspython.content.Site;
import org.nodevspython.i18n.Language;
import org.nodevspython.i18n.Localization;
import org.nodevspython.links.Address;
import org.nodevspython.render.SiteTemplates;

/**
 * The single-page book of one language: every page in reading order in one self-contained HTML
 * file. {@code templates/book.ftl} lays it out from the pages' rendered articles; here each
 * chapter's ids are prefixed with its page's key ({@code nodejs--scalability}) so they stay
 * unique, and every link between pages becomes a link inside the book (or into the other
 * language's book).
 */
public final class OfflineBook {

    /** The book's template, in the template folder. */
    public static final String TEMPLATE = "book.ftl";
    private static final List<String> ID_LIST_ATTRIBUTES = List.of("aria-labelledby", "aria-describedby", "aria-controls", "for", "headers");

    private final Path siteDir;
    private final Site site;
    private final Localization localization;
    private final SiteTemplates templates;
    private final Map<String, Page> byOutput = new HashMap<>();

    /** @param site the pages, their documents already rendered (body, footnotes) */
    public OfflineBook(Path siteDir, Site site, Localization localization, SiteTemplates templates) {
        this.siteDir = siteDir;
        this.site = site;
        this.localization = localization;
        this.templates = templates;
        site.pages().all().forEach(p -> byOutput.put(p.outputPath(), p));
    }

    /** Writes {@code <book>.html} of the language and returns the document, for the PDF. */
    public Document write(Language language, String css) throws Exception {
        String bookPath = language.bookPath("html");
        List<Page> pages = site.pages().listed(language.code());
        Document book = Jsoup.parse(templates.render(TEMPLATE, language.code(), Map.of("book", model(language, css, pages))));
        book.outputSettings().prettyPrint(false);
        // the doctype, and the line breaks around the html element, are written below as they always are
        book.childNodes().stream().filter(node -> !(node instanceof Element)).toList().forEach(org.jsoup.nodes.Node::remove);
        // the chapters found in one walk: getElementById walks the whole book each time, quadratic in a big book
        Map<String, Element> chapters = new java.util.HashMap<>();
        for (Element element : book.select("[id^=p-]")) {
            chapters.putIfAbsent(element.id(), element); // the first in document order, as getElementById would give
        }
        for (Page page : pages) {
            Element chapter = chapters.get("p-" + page.key());
            if (chapter != null) {
                localise(chapter, page, language, bookPath);
            }
        }
        try {
            Files.writeString(siteDir.resolve(bookPath), "<!DOCTYPE html>\n" + book.outerHtml() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return book;
    }

    /** What book.ftl reads as {@code book}. */
    private Map<String, Object> model(Language language, String css, List<Page> pages) {
        Map<String, Object> book = new LinkedHashMap<>();
        book.put("lang", language.code());
        book.put("css", css);
        Path icon = siteDir.resolve("favicon.svg");
        if (Files.isRegularFile(icon)) {
            try {
                book.put("icon", "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(icon)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Language other : localization.languages()) {
            languages.add(Map.of("code", other.code(), "name", other.name(), "current", other.equals(language),
                    "href", Address.relative(language.bookPath("html"), other.bookPath("html"))));
        }
        book.put("languages", languages);
        List<Map<String, Object>> chapters = new ArrayList<>();
        for (Page page : pages) {
            DocumentModel document = site.document(page);
            List<Map<String, Object>> sections = page.sections().stream().filter(h -> h.level() == 2 && h.id() != null)
                    .map(h -> Map.<String, Object>of("id", h.id(), "text", h.text())).toList();
            chapters.add(Map.of("key", page.key(), "title", page.title(), "sections", sections, "page", document));
        }
        book.put("chapters", chapters);
        return book;
    }

    /** Makes a page's article a chapter of the book: its own ids kept apart, its links inside the book. */
    private void localise(Element chapter, Page page, Language language, String bookPath) {
        String prefix = page.key() + "--";
        for (Element element : chapter.select("[id]")) {
            if (element != chapter) {
                element.id(prefix + element.id());
            }
        }
        for (String attribute : ID_LIST_ATTRIBUTES) {
            for (Element element : chapter.select("[" + attribute + "]")) {
                element.attr(attribute, String.join(" ", Arrays.stream(element.attr(attribute).trim().split("\\s+"))
                        .map(id -> prefix + id).toList()));
            }
        }
        for (Element link : chapter.select("a[href]")) {
            link.attr("href", rewrite(link.attr("href"), page, language, bookPath));
        }
        for (Element media : chapter.select("[src]")) {
            media.attr("src", rewrite(media.attr("src"), page, language, bookPath));
        }
    }

    /** Where a link of a page points to once the page is a chapter of the book. */
    String rewrite(String href, Page from, Language language, String bookPath) {
        Address address = Address.resolve(from.outputPath(), href);
        if (!address.inTree()) {
            return href;
        }
        String fragment = address.id();
        Page to = byOutput.get(address.path());
        if (to == null) {
            // an asset: the book sits in the same folder as the pages of its language
            return Address.relative(bookPath, address.path()) + (address.fragment() == null ? "" : "#" + address.fragment());
        }
        String anchor = fragment == null ? "#p-" + to.key() : "#" + to.key() + "--" + fragment;
        if (to.lang().equals(language.code())) {
            return anchor;
        }
        Language other = localization.language(to.lang()).orElseThrow();
        return Address.relative(bookPath, other.bookPath("html")) + anchor;
    }
}
