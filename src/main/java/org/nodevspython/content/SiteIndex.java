package org.nodevspython.content;

import java.util.ArrayList;
import java.util.Comparator;
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

    public SiteIndex(Map<String, Page> pages, List<String> languageOrder) {
        this.bySource = new TreeMap<>(pages);
        for (String code : languageOrder) {
            byLanguage.put(code, new ArrayList<>());
        }
        for (Page page : bySource.values()) {
            byLanguage.computeIfAbsent(page.lang(), l -> new ArrayList<>()).add(page);
            byKey.computeIfAbsent(page.key(), k -> new LinkedHashMap<>()).putIfAbsent(page.lang(), page);
        }
        byLanguage.values().forEach(list -> list.sort(Comparator.comparingInt((Page p) -> p.frontMatter().order())
                .thenComparing(Page::sourcePath)));
    }

    public Optional<Page> bySource(String sourcePath) {
        return Optional.ofNullable(bySource.get(sourcePath));
    }

    /** Every page, by source path. */
    public List<Page> all() {
        return List.copyOf(bySource.values());
    }

    /** The pages of a language in navigation order. */
    public List<Page> inLanguage(String code) {
        return byLanguage.getOrDefault(code, List.of());
    }

    /** The listed pages of a language (not the error pages) in navigation order. */
    public List<Page> listed(String code) {
        return inLanguage(code).stream().filter(p -> p.type().listed()).toList();
    }

    /** The first page of a language of the given type, e.g. its reference list. */
    public Optional<Page> first(String code, PageType type) {
        return inLanguage(code).stream().filter(p -> p.type() == type).findFirst();
    }

    public Optional<Page> translation(Page page, String code) {
        return Optional.ofNullable(byKey.getOrDefault(page.key(), Map.of()).get(code));
    }

    public Map<String, Map<String, Page>> byKey() {
        return byKey;
    }
}
