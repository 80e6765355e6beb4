package org.nodevspython.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jbake.model.DocumentModel;
import org.nodevspython.content.Heading;
import org.nodevspython.content.Page;
import org.nodevspython.content.PageType;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.history.PageSources;
import org.nodevspython.i18n.Language;
import org.nodevspython.i18n.Localization;
import org.nodevspython.refs.CitationIndex;
import org.nodevspython.refs.Reference;
import org.nodevspython.refs.References;

/**
 * What the templates read besides a page's own fields, computed once per language rather than
 * once per page: the navigation with each page's sections (the home page's map), the language
 * list, and the reference list with its back-links. Paths in it are relative to the site root;
 * templates prefix them with {@code content.rootpath}.
 */
public final class SiteModel {

    private final String host;
    private final Localization localization;
    private final SiteIndex site;
    private final Map<String, Map<String, Object>> byLanguage = new LinkedHashMap<>();
    /** The listed pages of each language, in navigation order, and each page's place there: computed once. */
    private final Map<String, List<Page>> listedPages = new LinkedHashMap<>();
    private final Map<Page, Integer> positions = new java.util.IdentityHashMap<>();
    private PageSources sources = PageSources.NONE;

    public SiteModel(String host, Localization localization, SiteIndex site, References references, CitationIndex citations) {
        this.host = host.endsWith("/") ? host : host + "/";
        this.localization = localization;
        this.site = site;
        for (Language language : localization.languages()) {
            List<Page> listed = site.listed(language.code());
            listedPages.put(language.code(), listed);
            for (int i = 0; i < listed.size(); i++) {
                positions.put(listed.get(i), i);
            }
        }
        for (Language language : localization.languages()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("lang", language.code());
            model.put("host", this.host);
            model.put("languages", languages());
            model.put("nav", nav(language));
            model.put("references", references(language, references, citations));
            model.put("referencesPath", site.first(language.code(), PageType.REFERENCES).map(Page::outputPath).orElse(""));
            model.put("ogLocales", ogLocales());
            model.put("bookPath", language.bookPath("html"));
            model.put("pdfPath", language.bookPath("pdf"));
            model.put("notFound", notFound(language));
            byLanguage.put(language.code(), model);
        }
    }

    /** The site-wide model of one language. */
    public Map<String, Object> forLanguage(String code) {
        return byLanguage.getOrDefault(code, byLanguage.get(localization.source().code()));
    }

    /** The absolute address of a generated file, for canonical and alternate links and the sitemap. */
    public String url(String outputPath) {
        if (outputPath.equals("index.html")) {
            return host;
        }
        if (outputPath.endsWith("/index.html")) {
            return host + outputPath.substring(0, outputPath.length() - "index.html".length());
        }
        return host + outputPath;
    }

    /** Where the pages come from: their "last updated" dates (the sitemap's too) and "edit" links. */
    public SiteModel from(PageSources pageSources) {
        this.sources = pageSources;
        return this;
    }

    /** Puts on a page's JBake document everything its template shows about it. */
    public void describe(Page page, DocumentModel document) {
        document.put("toc", toc(page));
        // a stand-in shows another page's words: search engines are sent to that page, and it has no hreflang of its own
        document.put("canonical", url(page.original().orElse(page).outputPath()));
        document.put("alternates", page.original().isPresent() ? List.of() : alternates(page));
        document.put("languages", languages(page));
        page.original().ifPresent(original -> document.put("original",
                Map.of("path", original.outputPath(), "url", url(original.outputPath()), "lang", original.lang())));
        sources.updated(page).ifPresent(date -> document.put("updated", date));
        sources.editUrl(page).ifPresent(address -> document.put("editUrl", address));
        if (!page.type().listed()) {
            // an error page is served at any depth of the site: its links must be absolute
            document.setRootPath(host);
            return;
        }
        List<Page> pages = listedPages.get(page.lang());
        int index = positions.getOrDefault(page, -1);
        document.put("prev", index > 0 ? link(pages.get(index - 1)) : null);
        document.put("next", index >= 0 && index < pages.size() - 1 ? link(pages.get(index + 1)) : null);
    }

    /** Every page of the site with its language versions, for the sitemap. */
    public List<Map<String, Object>> sitemap() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Language language : localization.languages()) {
            for (Page page : site.listedOwn(language.code())) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("url", url(page.outputPath()));
                entry.put("date", sources.updated(page).orElse(null));
                entry.put("alternates", alternates(page));
                entries.add(entry);
            }
        }
        return entries;
    }

    private List<Map<String, Object>> alternates(Page page) {
        List<Map<String, Object>> alternates = new ArrayList<>();
        for (Language language : localization.languages()) {
            Optional<Page> variant = site.translation(page, language.code());
            variant.ifPresent(v -> {
                Map<String, Object> alternate = new LinkedHashMap<>();
                alternate.put("lang", language.code());
                alternate.put("name", language.name());
                alternate.put("path", v.outputPath());
                alternate.put("url", url(v.outputPath()));
                alternate.put("current", v == page);
                alternates.add(alternate);
            });
        }
        return alternates;
    }

    /**
     * Where the language switch of a page leads: the page in each language, its translation or, where it has none,
     * its stand-in (and from a stand-in, the original), so that the switch never leads to a missing page.
     */
    private List<Map<String, Object>> languages(Page page) {
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Language language : localization.languages()) {
            Optional<Page> variant = page.lang().equals(language.code()) ? Optional.of(page) : site.counterpart(page, language.code());
            variant.ifPresent(v -> {
                Map<String, Object> target = new LinkedHashMap<>();
                target.put("lang", language.code());
                target.put("name", language.name());
                target.put("path", v.outputPath());
                target.put("current", v == page);
                languages.add(target);
            });
        }
        return languages;
    }

    private Map<String, String> ogLocales() {
        Map<String, String> locales = new LinkedHashMap<>();
        localization.languages().forEach(l -> locales.put(l.code(), localization.strings(l.code()).getOrDefault("og_locale", l.code())));
        return locales;
    }

    /** The "not found" message in every language, the page's own first: one 404 page is served for the whole site. */
    private List<Map<String, Object>> notFound(Language first) {
        List<Map<String, Object>> messages = new ArrayList<>();
        List<Language> ordered = new ArrayList<>(localization.languages());
        ordered.remove(first);
        ordered.add(0, first);
        for (Language language : ordered) {
            Map<String, String> ui = localization.strings(language.code());
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("lang", language.code());
            message.put("title", ui.getOrDefault("not_found_title", ""));
            message.put("text", ui.getOrDefault("not_found_text", ""));
            message.put("home", ui.getOrDefault("home_link", ""));
            message.put("homeUrl", site.first(language.code(), PageType.HOME).map(p -> url(p.outputPath())).orElse(host));
            messages.add(message);
        }
        return messages;
    }

    private List<Map<String, Object>> languages() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Language language : localization.languages()) {
            list.add(Map.of("code", language.code(), "name", language.name(), "folder", language.folder()));
        }
        return list;
    }

    private List<Map<String, Object>> nav(Language language) {
        List<Map<String, Object>> nav = new ArrayList<>();
        for (Page page : listedPages.get(language.code())) {
            Map<String, Object> item = link(page);
            item.put("key", page.key());
            item.put("type", page.type().key());
            page.original().ifPresent(original -> item.put("originalLang", original.lang()));
            item.put("description", page.frontMatter().description());
            item.put("sections", page.sections().stream().filter(h -> h.level() == 2 && h.id() != null)
                    .map(h -> Map.<String, Object>of("id", h.id(), "text", h.text())).toList());
            nav.add(item);
        }
        return nav;
    }

    private static Map<String, Object> link(Page page) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("title", page.frontMatter().title());
        link.put("path", page.outputPath());
        return link;
    }

    /** The page's sections, level 3 nested under their level 2 section. */
    private static List<Map<String, Object>> toc(Page page) {
        List<Map<String, Object>> toc = new ArrayList<>();
        List<Map<String, Object>> children = null;
        for (Heading heading : page.sections()) {
            if (heading.id() == null || heading.level() > 3) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", heading.id());
            entry.put("text", heading.text());
            if (heading.level() == 2 || children == null) {
                children = new ArrayList<>();
                entry.put("children", children);
                toc.add(entry);
            } else {
                children.add(entry);
            }
        }
        return toc;
    }

    private List<Map<String, Object>> references(Language language, References references, CitationIndex citations) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Reference reference : references.all()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", reference.number());
            entry.put("key", reference.key());
            entry.put("anchor", reference.anchor());
            entry.put("title", reference.title());
            entry.put("author", reference.author());
            entry.put("publisher", reference.publisher());
            entry.put("date", reference.date());
            entry.put("url", reference.url());
            entry.put("language", reference.language());
            entry.put("inSource", reference.inSource());
            entry.put("note", reference.notes().get(language.code()));
            entry.put("page", reference.page() == null ? null : site.inLanguage(language.code()).stream()
                    .filter(p -> p.key().equals(reference.page())).map(Page::outputPath).findFirst().orElse(null));
            entry.put("citedBy", citedBy(citations.uses(language.code(), reference.key())));
            list.add(entry);
        }
        return list;
    }

    /**
     * Where a reference is cited, each citing section once (the convention of Wikipedia and the Chicago manual): its
     * page and section, with one back-link per citation, lettered a, b, c when the section cites it more than once.
     */
    private static List<Map<String, Object>> citedBy(List<CitationIndex.Use> uses) {
        Map<String, Map<String, Object>> places = new LinkedHashMap<>();
        for (CitationIndex.Use use : uses) {
            Page page = use.page();
            Map<String, Object> place = places.computeIfAbsent(page.outputPath() + "#" + use.citation().section(), k -> {
                Map<String, Object> created = new LinkedHashMap<>();
                created.put("page", page.frontMatter().title());
                created.put("section", page.sections().stream().filter(h -> use.citation().section().equals(h.id()))
                        .map(Heading::text).findFirst().orElse(null));
                created.put("uses", new ArrayList<Map<String, Object>>());
                return created;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> backLinks = (List<Map<String, Object>>) place.get("uses");
            backLinks.add(Map.of("path", page.outputPath() + "#" + use.citation().anchor(), "letter", letter(backLinks.size())));
        }
        return List.copyOf(places.values());
    }

    /** a, b, … z, aa, ab, …: the letter of the n-th (from 0) back-link of a section. */
    static String letter(int n) {
        String letters = "";
        for (int i = n; i >= 0; i = i / 26 - 1) {
            letters = (char) ('a' + i % 26) + letters;
        }
        return letters;
    }
}
