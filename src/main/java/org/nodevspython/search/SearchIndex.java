package org.nodevspython.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.nodevspython.content.Page;
import org.nodevspython.content.PageType;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.content.Whitespace;
import org.nodevspython.i18n.Localization;
import org.nodevspython.markdown.Article;
import org.nodevspython.refs.Reference;
import org.nodevspython.refs.References;

/**
 * The search index, built from the rendered pages (what readers see, not the Markdown): one entry
 * per section of every page of every language, with the page title, the section title and its
 * text. It is written as a script ({@code window.SEARCH_INDEX = [...]}), which a page loads with a
 * {@code <script>} tag on first use: that works from {@code file://}, where {@code fetch} does not.
 */
public final class SearchIndex {

    public static final String FILE = "search-index.js";

    /** One searchable section. Short field names keep the file small: l, u, p, s, t. */
    record Entry(String lang, String url, String page, String section, String text) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** The id the templates give a page's notes section (base.ftl's footnotes macro): a search result's anchor. */
    static final String NOTES_ID = "footnotes";
    /** What is not prose: the table of contents, heading self-links, citation marks, footnote numbers, back-links, charts. */
    private static final String NOT_PROSE = "nav.toc, a.anchor, a.cite, sup, a.footnote-backref, svg";

    /** Writes the index of every listed page of every language, in the languages' order, into the site. */
    public static void write(SiteIndex site, Localization localization, Map<Page, Article> articles, References references,
                             Path siteDir) {
        // each page's entries are its own (parsing its article is the work): on every core, then in the pages' order
        List<String> pages = localization.codes().stream().flatMap(code -> site.listedOwn(code).stream()).toList().parallelStream()
                .map(page -> entries(page, articles.get(page), localization, references)).toList();
        write(pages, siteDir);
    }

    /**
     * The entries of one listed page, as the index writes them ("" when it has none): the incremental preview
     * keeps them for the pages an edit did not change.
     */
    public static String entries(Page page, Article article, Localization localization, References references) {
        SearchIndex search = new SearchIndex();
        search.add(page, "<h1>" + article.heading() + "</h1>" + article.body());
        if (!article.footnotes().isEmpty()) {
            search.addNotes(page, localization.strings(page.lang()).get("notes"), article.footnotes());
        }
        if (page.type() == PageType.REFERENCES) {
            search.addReferences(page, references);
        }
        return search.entriesJs();
    }

    /**
     * Writes the index of these pages' {@link #entries}, each encoded in UTF-8 already (the incremental preview
     * keeps them so): the same bytes as {@link #write(List, Path)}, without encoding the whole index again.
     */
    public static void writeEncoded(List<byte[]> pages, Path siteDir) {
        byte[] comma = ",\n".getBytes(StandardCharsets.UTF_8);
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(siteDir.resolve(FILE)), 1 << 16)) {
            out.write("window.SEARCH_INDEX=[\n".getBytes(StandardCharsets.UTF_8));
            boolean first = true;
            for (byte[] page : pages) {
                if (page.length == 0) {
                    continue;
                }
                if (!first) {
                    out.write(comma);
                }
                out.write(page);
                first = false;
            }
            out.write(((first ? "" : "\n") + "];\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the index of these pages' {@link #entries}, in their order. */
    public static void write(List<String> pages, Path siteDir) {
        List<String> written = pages.stream().filter(p -> !p.isEmpty()).toList();
        String js = "window.SEARCH_INDEX=[\n" + String.join(",\n", written) + (written.isEmpty() ? "" : "\n") + "];\n";
        try {
            Files.writeString(siteDir.resolve(FILE), js, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the sections of one page, from its rendered Markdown (the HTML of its article, without the
     * navigation that every page repeats: a tenth of the bytes to read).
     */
    public void add(Page page, String articleHtml) {
        Element article = Jsoup.parseBodyFragment(articleHtml).body();
        article.select(NOT_PROSE).remove();
        String pageTitle = page.frontMatter().title();
        String anchor = "";
        String section = "";
        StringBuilder text = new StringBuilder();
        for (Element block : article.children()) {
            if (block.is("h2[id], h3[id]")) {
                flush(page, anchor, pageTitle, section, text);
                anchor = block.id();
                section = block.text();
            } else if (!block.is("h1")) {
                text.append(block.text()).append(' ');
            }
        }
        flush(page, anchor, pageTitle, section, text);
    }

    /** Adds a page's notes, as one section. */
    void addNotes(Page page, String title, String notesHtml) {
        Element notes = Jsoup.parseBodyFragment(notesHtml).body();
        notes.select(NOT_PROSE).remove();
        StringBuilder text = new StringBuilder(notes.text()).append(' ');
        flush(page, NOTES_ID, page.frontMatter().title(), title, text);
    }

    /** Adds the entries of the reference list, so that a source can be found by its title or publisher. */
    public void addReferences(Page referencesPage, References references) {
        String lang = referencesPage.lang();
        for (Reference reference : references.all()) {
            String text = String.join(" ", java.util.stream.Stream.of(reference.author(), reference.publisher(), reference.date(),
                    reference.notes().get(lang)).filter(java.util.Objects::nonNull).toList());
            entries.add(new Entry(lang, referencesPage.outputPath() + "#" + reference.anchor(), referencesPage.frontMatter().title(),
                    "[" + reference.number() + "] " + reference.title(), text));
        }
    }

    private void flush(Page page, String anchor, String pageTitle, String section, StringBuilder text) {
        String prose = Whitespace.collapse(text).strip();
        if (!prose.isEmpty() || !section.isEmpty()) {
            entries.add(new Entry(page.lang(), page.outputPath() + (anchor.isEmpty() ? "" : "#" + anchor), pageTitle, section, prose));
        }
        text.setLength(0);
    }

    public void write(Path siteDir) {
        write(List.of(entriesJs()), siteDir);
    }

    /** The entries added so far, one object a line, separated by commas. */
    private String entriesJs() {
        StringBuilder js = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            js.append("{\"l\":").append(json(e.lang())).append(",\"u\":").append(json(e.url())).append(",\"p\":").append(json(e.page()))
                    .append(",\"s\":").append(json(e.section())).append(",\"t\":").append(json(e.text())).append('}')
                    .append(i < entries.size() - 1 ? ",\n" : "");
        }
        return js.toString();
    }

    /** A JSON string literal; also safe inside a script (no "</script>" can close it). */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
