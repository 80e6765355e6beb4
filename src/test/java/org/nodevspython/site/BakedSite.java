package org.nodevspython.site;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The baked site in target/site, as the integration tests see it: its HTML pages (parsed once
 * with jsoup and cached), the languages of data/i18n.yaml (the first one at the root, the
 * others in their folder), the public host of jbake.properties, and the resolution of the
 * relative links between its files.
 */
public final class BakedSite {

    /** One language of data/i18n.yaml; {@code folder} is "" for the source language. */
    record Language(String code, String folder) {

        boolean isSource() {
            return folder.isEmpty();
        }
    }

    /** A link resolved against the page it is on: a site-relative file path and an optional fragment. */
    record Target(String path, String fragment) {

        @Override
        public String toString() {
            return fragment == null ? path : path + "#" + fragment;
        }
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private static volatile BakedSite instance;

    private final Path root;
    private final Path project;
    private final List<Language> languages;
    private final String host;
    private final List<String> pages;
    private final Map<String, Document> documents = new ConcurrentHashMap<>();

    private BakedSite(Path root, Path project) {
        this.root = root;
        this.project = project;
        this.languages = readLanguages(project.resolve("data/i18n.yaml"));
        this.host = readHost(project.resolve("jbake.properties"));
        this.pages = listPages(root);
    }

    /** The site of this build: {@code -Dsite.dir} (set by Failsafe), else target/site. */
    static BakedSite get() {
        BakedSite site = instance;
        if (site == null) {
            synchronized (BakedSite.class) {
                site = instance;
                if (site == null) {
                    Path root = Paths.get(System.getProperty("site.dir", "target/site")).toAbsolutePath().normalize();
                    if (!Files.isRegularFile(root.resolve("index.html"))) {
                        fail("no baked site at " + root + ": run ./mvnw package (or verify) first");
                    }
                    site = new BakedSite(root, findProject(root));
                    instance = site;
                }
            }
        }
        return site;
    }

    /** The project directory: the one holding data/i18n.yaml, looked for from basedir, the working directory and the site's parents. */
    public static Path findProject(Path root) {
        List<Path> candidates = new ArrayList<>();
        if (System.getProperty("basedir") != null) {
            candidates.add(Paths.get(System.getProperty("basedir")));
        }
        candidates.add(Paths.get("").toAbsolutePath());
        for (Path p = root.getParent(); p != null; p = p.getParent()) {
            candidates.add(p);
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve("data/i18n.yaml")) && Files.isRegularFile(candidate.resolve("jbake.properties"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("cannot find the project directory (with data/i18n.yaml) for " + root);
    }

    // ---- reading the project's data --------------------------------------------------------

    /** Parses a YAML file of the project with snakeyaml-engine. */
    static Object yaml(Path file) {
        try {
            return new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Language> readLanguages(Path i18n) {
        Object loaded = yaml(i18n);
        if (!(loaded instanceof Map<?, ?> map) || !(map.get("languages") instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalStateException(i18n + " has no 'languages' list");
        }
        List<Language> languages = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Map<?, ?> entry = (Map<?, ?>) list.get(i);
            String code = String.valueOf(entry.get("code"));
            Object folder = entry.get("folder");
            if (i == 0) {
                languages.add(new Language(code, ""));
            } else {
                if (folder == null || folder.toString().isBlank()) {
                    throw new IllegalStateException(i18n + ": language " + code + " has no folder");
                }
                languages.add(new Language(code, folder.toString().replaceAll("^/+|/+$", "")));
            }
        }
        return List.copyOf(languages);
    }

    private static String readHost(Path properties) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(properties)) {
            props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String host = props.getProperty("site.host");
        if (host == null || host.isBlank()) {
            throw new IllegalStateException(properties + " has no site.host");
        }
        host = host.trim();
        return host.endsWith("/") ? host : host + "/";
    }

    /** The HTML files below {@code root}, as sorted paths with forward slashes. */
    public static List<String> listPages(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the site --------------------------------------------------------------------------

    Path root() {
        return root;
    }

    Path project() {
        return project;
    }

    /** The public address of the site, always ending with '/'. */
    String host() {
        return host;
    }

    List<Language> languages() {
        return languages;
    }

    Language source() {
        return languages.get(0);
    }

    Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** Every generated HTML page, as a path relative to the site root with '/' separators, sorted. */
    List<String> pages() {
        return pages;
    }

    /** The language a page belongs to by its place: a language's folder, else the source language at the root. */
    Language languageOf(String page) {
        for (Language language : languages) {
            if (!language.isSource() && page.startsWith(language.folder() + "/")) {
                return language;
            }
        }
        return source();
    }

    List<String> pagesIn(Language language) {
        return pages.stream().filter(p -> languageOf(p).equals(language)).toList();
    }

    /**
     * Whether a page is one of the site's listed pages, those with a canonical URL, hreflang
     * alternates and a sitemap entry: every page but those marked
     * {@code <meta name=robots content=noindex>} (the "not found" pages, which are served at any
     * depth of the site and so link with absolute URLs).
     */
    boolean isListed(String page) {
        for (Element robots : doc(page).select("meta[name=robots]")) {
            if (robots.attr("content").toLowerCase(java.util.Locale.ROOT).contains("noindex")) {
                return false;
            }
        }
        return true;
    }

    List<String> listedPages() {
        return pages.stream().filter(this::isListed).toList();
    }

    List<String> listedPagesIn(Language language) {
        return pagesIn(language).stream().filter(this::isListed).toList();
    }

    Path file(String page) {
        return root.resolve(page);
    }

    /** A page parsed with jsoup (cached); its base URI is its file:// address. */
    Document doc(String page) {
        return documents.computeIfAbsent(page, p -> {
            Path file = root.resolve(p);
            try {
                return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The public URL of a generated file: index.html is served as its folder. */
    String url(String page) {
        if (page.equals("index.html")) {
            return host;
        }
        if (page.endsWith("/index.html")) {
            return host + page.substring(0, page.length() - "index.html".length());
        }
        return host + page;
    }

    /** The generated file a public URL of this site stands for, if the URL is under the host (the file may not exist). */
    Optional<String> pageOfUrl(String url) {
        if (url == null || !url.startsWith(host)) {
            return Optional.empty();
        }
        String path = url.substring(host.length());
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = decode(path);
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        return Optional.of(path);
    }

    /** The hreflang alternates of a page, hreflang → href, in document order (first one wins on duplicates). */
    Map<String, String> alternates(String page) {
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Element link : doc(page).select("head link[rel=alternate][hreflang]")) {
            alternates.putIfAbsent(link.attr("hreflang"), link.attr("href"));
        }
        return alternates;
    }

    /**
     * The translation of a page into a language: the page itself for its own language; for a
     * listed page, through its {@code <link rel=alternate hreflang>}; for an unlisted (noindex)
     * page, which has no alternates, through its language switch (see {@link #languageSwitches}).
     */
    Optional<String> translation(String page, Language language) {
        if (languageOf(page).equals(language)) {
            return Optional.of(page);
        }
        if (isListed(page)) {
            return pageOfUrl(alternates(page).get(language.code())).filter(pages::contains);
        }
        return languageSwitch(page, language).map(Target::path).filter(pages::contains);
    }

    /**
     * The language switch links of a page: {@code a[data-lang-switch]} (the site's pages, where
     * site.js keeps the section scrolled to), or, on a page without any, the links of its
     * {@code nav.languages} (the script-free offline book).
     */
    Elements languageSwitches(String page) {
        Elements switches = doc(page).select("a[data-lang-switch]");
        return switches.isEmpty() ? doc(page).select("nav.languages a[hreflang]") : switches;
    }

    /** Where the language switch of a page to a language leads, if it has one. */
    Optional<Target> languageSwitch(String page, Language language) {
        for (Element link : languageSwitches(page)) {
            if (link.attr("hreflang").equals(language.code())) {
                return resolveOnSite(page, link.attr("href"));
            }
        }
        return Optional.empty();
    }

    // ---- links -----------------------------------------------------------------------------

    /** Whether an href/src has a scheme (http:, mailto:, …) or is protocol-relative. */
    static boolean isAbsolute(String href) {
        return href.startsWith("//") || SCHEME.matcher(href).find();
    }

    /**
     * Resolves a relative href/src found on a page to a site-relative path and fragment; the
     * path is the page itself for a bare "#fragment", and ends with index.html for a folder.
     * Empty when the link is absolute, starts with '/', or leaves the site root.
     */
    Optional<Target> resolve(String page, String href) {
        if (href == null || isAbsolute(href) || href.startsWith("/")) {
            return Optional.empty();
        }
        String fragment = null;
        int hash = href.indexOf('#');
        String path = href;
        if (hash >= 0) {
            fragment = decode(href.substring(hash + 1));
            path = href.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty()) {
            return Optional.of(new Target(page, fragment));
        }
        String decoded = decode(path);
        Path base = root.resolve(page).getParent();
        Path resolved = base.resolve(decoded).normalize();
        if (!resolved.startsWith(root)) {
            return Optional.empty();
        }
        String relative = root.relativize(resolved).toString().replace('\\', '/');
        if (decoded.endsWith("/") || Files.isDirectory(resolved)) {
            relative = relative.isEmpty() ? "index.html" : relative + "/index.html";
        }
        return Optional.of(new Target(relative, fragment));
    }

    /** Like {@link #resolve}, but an absolute URL under the site's host resolves too. */
    Optional<Target> resolveOnSite(String page, String href) {
        if (href != null && isOwnAbsoluteUrl(href)) {
            // the same address over the host's own scheme
            String url = host.substring(0, host.indexOf(':')) + href.substring(href.indexOf(':'));
            int hash = url.indexOf('#');
            String fragment = hash >= 0 ? decode(url.substring(hash + 1)) : null;
            return pageOfUrl(hash >= 0 ? url.substring(0, hash) : url).map(p -> new Target(p, fragment));
        }
        return resolve(page, href);
    }

    /** Whether an absolute URL points into this site (its host, over http or https). */
    boolean isOwnAbsoluteUrl(String href) {
        String bare = host.replaceFirst("^https?:", "");
        return (href.startsWith("http:") || href.startsWith("https:")) && href.replaceFirst("^https?:", "").startsWith(bare);
    }

    /** Percent-decoding of a URI path or fragment; unlike form decoding, '+' stays '+'. */
    static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    // ---- text ------------------------------------------------------------------------------

    /** Collapses every run of whitespace (no-break and thin spaces included) into one space, and trims. */
    public static String collapse(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u2009\\u202F]+", " ").trim();
    }

    /** A heading's text without its "#" section link. */
    public static String headingText(Element heading) {
        Element copy = heading.clone();
        copy.select(".anchor").remove();
        return collapse(copy.text());
    }

    // ---- reporting -------------------------------------------------------------------------

    /** Fails once with every collected failure, one a line, or passes when there is none. */
    public static void assertNoFailures(String what, Collection<String> failures) {
        if (!failures.isEmpty()) {
            StringBuilder message = new StringBuilder();
            message.append(failures.size()).append(' ').append(what).append(':');
            for (String failure : failures) {
                message.append("\n  - ").append(failure);
            }
            fail(message.toString());
        }
    }
}
