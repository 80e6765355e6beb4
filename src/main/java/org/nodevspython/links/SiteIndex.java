package org.nodevspython.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.nodevspython.content.Page;

/**
 * Every page of a bake, found by source path, by language, or by key and language; and the
 * arithmetic of relative links between their generated files (nothing absolute, so the same
 * output works under any base path and from {@code file://}).
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

    public List<Page> all() {
        return List.copyOf(bySource.values());
    }

    /** The pages of a language in navigation order. */
    public List<Page> inLanguage(String code) {
        return byLanguage.getOrDefault(code, List.of());
    }

    public Optional<Page> translation(Page page, String code) {
        return Optional.ofNullable(byKey.getOrDefault(page.key(), Map.of()).get(code));
    }

    public Map<String, Map<String, Page>> byKey() {
        return byKey;
    }

    /** A link written in Markdown, taken apart: its path below the content folder and its fragment. */
    public record Target(String sourcePath, String fragment) {
    }

    /**
     * Where a relative address written in {@code from} points, as a path below the content folder;
     * empty for external addresses ({@code https:}, {@code mailto:} …).
     */
    public static Optional<Target> target(Page from, String url) {
        if (url.isEmpty()) {
            return Optional.of(new Target(from.sourcePath(), null));
        }
        URI uri;
        try {
            uri = new URI(url.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return Optional.of(new Target("\0" + url, null));
        }
        if (uri.getScheme() != null || url.startsWith("//")) {
            return Optional.empty();
        }
        String fragment = uri.getRawFragment();
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.isEmpty()) {
            return Optional.of(new Target(from.sourcePath(), fragment));
        }
        if (path.startsWith("/")) {
            // a root-relative link breaks under a base path and from file://; reported by the checker
            return Optional.of(new Target(path, fragment));
        }
        Path base = Paths.get(from.sourcePath()).getParent();
        Path resolved = (base == null ? Paths.get(path) : base.resolve(path)).normalize();
        return Optional.of(new Target(resolved.toString().replace('\\', '/'), fragment));
    }

    /** The relative address, from the generated file of {@code from}, of a site file at {@code outputPath}. */
    public static String relative(String fromOutputPath, String outputPath) {
        Path fromDir = Paths.get(fromOutputPath).getParent();
        Path to = Paths.get(outputPath);
        String relative = (fromDir == null ? to : fromDir.relativize(to)).toString().replace('\\', '/');
        return relative.isEmpty() ? Paths.get(outputPath).getFileName().toString() : relative;
    }

    /** The link to write in the HTML for an address written in the Markdown of {@code from}. */
    public String href(Page from, String url) {
        Optional<Target> target = target(from, url);
        if (target.isEmpty() || !target.get().sourcePath().endsWith(".md")) {
            return url;
        }
        Optional<Page> page = bySource(target.get().sourcePath());
        if (page.isEmpty()) {
            return url;
        }
        String fragment = target.get().fragment() == null ? "" : "#" + target.get().fragment();
        if (page.get() == from && !fragment.isEmpty()) {
            return fragment;
        }
        return relative(from.outputPath(), page.get().outputPath()) + fragment;
    }
}
