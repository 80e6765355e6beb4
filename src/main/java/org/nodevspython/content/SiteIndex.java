package org.nodevspython.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every page of a bake, found by source path, by language, or by key and language, and each
 * language's pages in navigation order.
 */
public final class SiteIndex {

    private final Map<String, Page> bySource;
    private final Map<String, List<Page>> byLanguage = new TreeMap<>();
    private final Map<String, Map<String, Page>> byKey = new TreeMap<>();
    private final Map<String, Map<String, Page>> standIns = new TreeMap<>();
    private final Map<String, Page> byOutput = new java.util.HashMap<>();
    private final Map<String, Map<PageType, Page>> firstOfType = new java.util.HashMap<>();

    /**
     * @param languageOrder the languages, the source language first: a page of the source language that has no
     *                      translation in another gets a stand-in there (see {@link Page#standIn})
     */
    public SiteIndex(Map<String, Page> pages, List<String> languageOrder, Map<String, String> folders) {
        this.bySource = new TreeMap<>(pages);
        for (String code : languageOrder) {
            byLanguage.put(code, new ArrayList<>());
        }
        for (Page page : bySource.values()) {
            byLanguage.computeIfAbsent(page.lang(), l -> new ArrayList<>()).add(page);
            byKey.computeIfAbsent(page.key(), k -> new LinkedHashMap<>()).putIfAbsent(page.lang(), page);
        }
        bySource.values().forEach(p -> byOutput.put(p.outputPath(), p));
        if (!languageOrder.isEmpty()) {
            for (Page source : List.copyOf(byLanguage.getOrDefault(languageOrder.get(0), List.of()))) {
                for (String lang : languageOrder.subList(1, languageOrder.size())) {
                    if (translation(source, lang).isEmpty()) {
                        standIn(source, lang, folders.getOrDefault(lang, lang));
                    }
                }
            }
        }
        byLanguage.values().forEach(list -> list.sort(Comparator.comparingInt((Page p) -> p.frontMatter().order())
                .thenComparing(Page::sourcePath)));
        // asked for by every page (its citations link to the reference list): found once, not by a walk per page
        byLanguage.forEach((code, list) -> list.forEach(p -> firstOfType.computeIfAbsent(code, c -> new EnumMap<>(PageType.class))
                .putIfAbsent(p.type(), p)));
    }

    /** The stand-in of an untranslated page, at its path in the other language's folder (the key's when that is taken). */
    private void standIn(Page source, String lang, String folder) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        for (String sourcePath : List.of(prefix + source.sourcePath(), prefix + source.key() + ".md")) {
            Page standIn = source.standIn(lang, sourcePath);
            if (!byOutput.containsKey(standIn.outputPath())) {
                byOutput.put(standIn.outputPath(), standIn);
                byLanguage.computeIfAbsent(lang, l -> new ArrayList<>()).add(standIn);
                standIns.computeIfAbsent(source.key(), k -> new LinkedHashMap<>()).put(lang, standIn);
                return;
            }
        }
    }

    /** The page written at an output path ({@code en/nodejs.html}), a stand-in included. */
    public Optional<Page> byOutput(String outputPath) {
        return Optional.ofNullable(byOutput.get(outputPath));
    }

    /** Every stand-in of an untranslated page. */
    public List<Page> standIns() {
        return standIns.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    /** The version of a page in a language: its translation, else its stand-in there. */
    public Optional<Page> counterpart(Page page, String code) {
        Page original = page.original().orElse(page);
        return translation(original, code).or(() -> Optional.ofNullable(standIns.getOrDefault(original.key(), Map.of()).get(code)));
    }

    public Optional<Page> bySource(String sourcePath) {
        return Optional.ofNullable(bySource.get(sourcePath));
    }

    /** Every page written from a Markdown file, by source path (no stand-in). */
    public List<Page> all() {
        return List.copyOf(bySource.values());
    }

    /** The pages of a language in navigation order, stand-ins included. */
    public List<Page> inLanguage(String code) {
        return byLanguage.getOrDefault(code, List.of());
    }

    /** The listed pages of a language (not the error pages) in navigation order, stand-ins included. */
    public List<Page> listed(String code) {
        return inLanguage(code).stream().filter(p -> p.type().listed()).toList();
    }

    /** The listed pages written in a language: what its sitemap and its search index hold (no stand-in). */
    public List<Page> listedOwn(String code) {
        return listed(code).stream().filter(p -> p.original().isEmpty()).toList();
    }

    /** The first page of a language of the given type, e.g. its reference list. */
    public Optional<Page> first(String code, PageType type) {
        return Optional.ofNullable(firstOfType.getOrDefault(code, Map.of()).get(type));
    }

    /** The translation of a page in a language (never a stand-in). */
    public Optional<Page> translation(Page page, String code) {
        return Optional.ofNullable(byKey.getOrDefault(page.key(), Map.of()).get(code));
    }

    public Map<String, Map<String, Page>> byKey() {
        return byKey;
    }
}
