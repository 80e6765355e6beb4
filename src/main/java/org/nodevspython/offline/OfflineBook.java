package org.nodevspython.offline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

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

    /**
     * A book as written: its bytes, in parts (the chapters, and what is between them), and which part is the
     * chapter of each page, by key (null when the chapters could not be told apart: one part, the whole book). A
     * book written by {@link #splice} also has the chapters it replaced and their replacements, in the same order;
     * one written whole has none (null).
     */
    public record Written(List<byte[]> parts, Map<String, Integer> chapters, List<String> replaced, List<String> replacements) {
    }

    /** Writes {@code <book>.html} of the language and returns the document (the PDF is printed from the file). */
    public Document write(Language language, String css) throws Exception {
        Document book = build(language, css, site.pages().listed(language.code()), site::document, new LinkedHashMap<>());
        writeFile(language, List.of(text(book).getBytes(StandardCharsets.UTF_8)));
        return book;
    }

    /** Writes {@code <book>.html} of the language, and tells where its chapters are (for {@link #splice}). */
    public Written writeKept(Language language, String css) throws Exception {
        Map<String, Element> chapters = new LinkedHashMap<>();
        String text = text(build(language, css, site.pages().listed(language.code()), site::document, chapters));
        Written written = parts(text, chapters);
        writeFile(language, written.parts());
        return written;
    }

    /**
     * Writes the book of a language again with only the chapters of the {@code changed} pages made again, the
     * rest of it as {@code previous} wrote it: what the incremental preview does when an edit changed some pages'
     * articles and nothing else the book shows (their titles and sections are the same). That is only right when
     * the template makes each chapter of its page alone: the chapters of the changed pages as they were (made from
     * their documents {@code before}) must come out of a book of them alone exactly as they are in {@code previous}.
     * Empty otherwise, and nothing written: the book must be written whole.
     */
    public Optional<Written> splice(Language language, String css, Written previous, Collection<Page> changed,
                                    Function<Page, DocumentModel> before) throws Exception {
        if (previous.chapters() == null) {
            return Optional.empty();
        }
        Set<Page> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(changed);
        List<Page> pages = site.pages().listed(language.code()).stream().filter(wanted::contains).toList();
        Map<String, String> was = alone(language, css, pages, before);
        Map<Integer, String> replaced = new TreeMap<>();
        for (Page page : pages) {
            Integer part = previous.chapters().get(page.key());
            if (part == null || replaced.containsKey(part)) {
                return Optional.empty();
            }
            String chapter = new String(previous.parts().get(part), StandardCharsets.UTF_8);
            if (!chapter.equals(was.get(page.key()))) {
                return Optional.empty();
            }
            replaced.put(part, chapter);
        }
        Map<String, String> now = alone(language, css, pages, site::document);
        if (!now.keySet().equals(was.keySet())) {
            return Optional.empty();
        }
        List<byte[]> parts = new ArrayList<>(previous.parts());
        List<String> replacements = new ArrayList<>();
        for (Page page : pages) {
            parts.set(previous.chapters().get(page.key()), now.get(page.key()).getBytes(StandardCharsets.UTF_8));
        }
        replaced.keySet().forEach(part -> replacements.add(new String(parts.get(part), StandardCharsets.UTF_8)));
        writeFile(language, parts);
        return Optional.of(new Written(List.copyOf(parts), previous.chapters(), List.copyOf(replaced.values()), replacements));
    }

    /** The chapters of these pages, made by the template from a book of them alone (by key). */
    private Map<String, String> alone(Language language, String css, List<Page> pages,
                                      Function<Page, DocumentModel> documents) throws Exception {
        Map<String, Element> chapters = new LinkedHashMap<>();
        build(language, css, pages, documents, chapters);
        Map<String, String> html = new HashMap<>();
        chapters.forEach((key, chapter) -> html.put(key, chapter.outerHtml()));
        return html;
    }

    /**
     * The book of these pages: the template's, each chapter's ids kept apart and its links made to lead inside the
     * book; the chapter of each page is put into {@code chapters}, by key.
     */
    private Document build(Language language, String css, List<Page> pages, Function<Page, DocumentModel> documents,
                           Map<String, Element> chapters) throws Exception {
        String bookPath = language.bookPath("html");
        Document book = Jsoup.parse(templates.render(TEMPLATE, language.code(), Map.of("book", model(language, css, pages, documents))));
        book.outputSettings().prettyPrint(false);
        // the doctype, and the line breaks around the html element, are written below as they always are
        book.childNodes().stream().filter(node -> !(node instanceof Element)).toList().forEach(org.jsoup.nodes.Node::remove);
        // one walk finds every chapter; a chapter is the first element that still has its id when its turn comes,
        // as getElementById would find it (an element of a chapter localised before has lost its id by then)
        Map<String, List<Element>> byId = new HashMap<>();
        for (Element element : book.getAllElements()) {
            if (element.id().startsWith("p-")) {
                byId.computeIfAbsent(element.id(), id -> new ArrayList<>()).add(element);
            }
        }
        for (Page page : pages) {
            String id = "p-" + page.key();
            Element chapter = byId.getOrDefault(id, List.of()).stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
            if (chapter != null) {
                localise(chapter, page, language, bookPath);
                chapters.put(page.key(), chapter);
            }
        }
        return book;
    }

    private static String text(Document book) {
        return "<!DOCTYPE html>\n" + book.outerHtml() + "\n";
    }

    private void writeFile(Language language, List<byte[]> parts) {
        try (OutputStream out = Files.newOutputStream(siteDir.resolve(language.bookPath("html")))) {
            for (byte[] part : parts) {
                out.write(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The book's text in parts, each chapter one; a single part when a chapter cannot be found in the text, or
     * two overlap. The parts are cut before a chapter's {@code <} and after its {@code >}: encoded one by one,
     * they are the bytes of the whole.
     */
    private static Written parts(String text, Map<String, Element> chapters) {
        List<byte[]> parts = new ArrayList<>();
        Map<String, Integer> places = new LinkedHashMap<>();
        int from = 0;
        for (Map.Entry<String, Element> chapter : chapters.entrySet()) {
            String html = chapter.getValue().outerHtml();
            int at = text.indexOf(html, from);
            if (at < 0 || places.containsKey(chapter.getKey())) {
                return new Written(List.of(text.getBytes(StandardCharsets.UTF_8)), null, null, null);
            }
            parts.add(text.substring(from, at).getBytes(StandardCharsets.UTF_8));
            places.put(chapter.getKey(), parts.size());
            parts.add(html.getBytes(StandardCharsets.UTF_8));
            from = at + html.length();
        }
        parts.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
        return new Written(List.copyOf(parts), places, null, null);
    }

    /** What book.ftl reads as {@code book}. */
    private Map<String, Object> model(Language language, String css, List<Page> pages,
                                      Function<Page, DocumentModel> documents) {
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
            DocumentModel document = documents.apply(page);
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
