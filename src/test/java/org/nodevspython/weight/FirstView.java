package org.nodevspython.weight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first view of one page: what a browser must transfer before it can render the page the
 * first time, on a new connection, with an empty cache. That is the HTML, every stylesheet
 * ({@code link[rel=stylesheet]}) and every script with a src ({@code script[src]}, deferred ones
 * included), each gzip-compressed on its own as a server would send it. Icons, images and
 * preloads are not render-critical: they are not in the bytes, but they are in the request count.
 *
 * <p>Measuring a page also checks the rules of a fast first view, collected in {@link #problems}:
 * no web font ({@code <link>} to a font or a font host, {@code @font-face} or {@code @import} in
 * the CSS), no {@code <script src>} in {@code <head>} without {@code defer}, {@code async} or
 * {@code type=module}, no absolute URL to another host in a {@code src} or a {@code <link href>}
 * (canonical and alternate links excepted: they are not requests), and every referenced file exists.
 *
 * <p>{@code bench/page_weight.py} measures the same way (its {@code first_view}); keep the two in step.
 */
final class FirstView {

    /** The budget of a first view: 14 KB gzip, the first round trip of a new connection (10 TCP segments, roughly). */
    static final long BUDGET = 14 * 1024;

    /** One response of the first view: the page itself, a stylesheet or a script. */
    record Part(String kind, String path, long raw, long gzip6, long gzip9) {

        @Override
        public String toString() {
            return kind + " " + path + " " + gzip9 + " B gzip (" + raw + " B raw)";
        }
    }

    private static final Pattern FONT_FILE = Pattern.compile("(?i)\\.(woff2?|ttf|otf|eot)([?#].*)?$");
    private static final Pattern FONT_HOST = Pattern.compile("(?i)^(https?:)?//(fonts\\.googleapis\\.com|fonts\\.gstatic\\.com|use\\.typekit\\.net|fonts\\.bunny\\.net)\\b.*");
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern CSS_FONT_FACE = Pattern.compile("(?i)@font-face\\b");
    private static final Pattern CSS_IMPORT = Pattern.compile("(?i)@import\\b");
    private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)");
    /** Link relations that are not requests (metadata about the page) or only a connection. */
    private static final Set<String> NOT_REQUESTS = Set.of("canonical", "alternate", "preconnect", "dns-prefetch", "author", "license",
            "help", "search", "next", "prev", "me", "bookmark");

    final String page;
    final List<Part> parts = new ArrayList<>();
    /** Styled by its own {@code <style>}, with nothing else to fetch. */
    boolean selfContained;
    /** Every request of the first view to the site itself, the page first, icons and images included (in document order). */
    final List<String> requests = new ArrayList<>();
    /** Requests the page would make to another host (they are not fetched). */
    final List<String> otherHostRequests = new ArrayList<>();
    /** Broken rules, each a sentence naming the page. */
    final List<String> problems = new ArrayList<>();

    private final Path root;
    private final String ownHost;

    private FirstView(Path root, String page, String ownHost) {
        this.root = root;
        this.page = page;
        this.ownHost = ownHost;
    }

    long raw() {
        return parts.stream().mapToLong(Part::raw).sum();
    }

    long gzip6() {
        return parts.stream().mapToLong(Part::gzip6).sum();
    }

    long gzip9() {
        return parts.stream().mapToLong(Part::gzip9).sum();
    }

    boolean overBudget() {
        return gzip9() > BUDGET;
    }

    /** "nodejs.html: 9,289 B gzip > 14,336 B: html nodejs.html 4,707 B gzip (...), ..." */
    String budgetMessage() {
        StringBuilder message = new StringBuilder();
        message.append(page).append(": first view ").append(gzip9()).append(" B gzip (level 9) > budget ").append(BUDGET)
                .append(" B, by ").append(gzip9() - BUDGET).append(" B; parts:");
        for (Part part : parts) {
            message.append(' ').append(part).append(';');
        }
        message.setLength(message.length() - 1);
        return message.toString();
    }

    /**
     * Measures a page of the site in {@code root}.
     *
     * @param page    the page, relative to root, with '/' separators
     * @param ownHost the public address of the site (e.g. {@code https://example.org/}): absolute URLs under it
     *                are files of the site (the "not found" pages use them), any other host is another host
     */
    static FirstView measure(Path root, String page, String ownHost) {
        FirstView view = new FirstView(root, page, ownHost.endsWith("/") ? ownHost : ownHost + "/");
        view.measure();
        return view;
    }

    private void measure() {
        byte[] html = read(root.resolve(page));
        parts.add(part("html", page, html));
        requests.add(page);
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8), "");

        for (Element style : doc.select("style")) {
            checkCss(style.data(), "<style> of " + page);
        }
        selfContained = !doc.select("style").isEmpty() && doc.select("link[rel~=stylesheet], script[src]").isEmpty();
        for (Element link : doc.select("link[href]")) {
            Set<String> rel = rel(link);
            String href = link.attr("href").trim();
            boolean stylesheet = rel.contains("stylesheet");
            if (!stylesheet && (rel.contains("canonical") || rel.contains("alternate"))) {
                continue; // addresses of this page, not requests
            }
            if (isFontLink(link, rel, href)) {
                problems.add(page + ": <link rel=\"" + link.attr("rel") + "\" href=\"" + href + "\"> loads a web font (no web fonts: use the system font stack)");
            }
            if (isOtherHost(href)) {
                problems.add(page + ": <link rel=\"" + link.attr("rel") + "\" href=\"" + href + "\"> points to another host (no request to another host)");
                if (!NOT_REQUESTS.containsAll(rel)) {
                    otherHostRequests.add(href);
                }
                continue;
            }
            if (stylesheet) {
                String path = resolve(href, "<link rel=stylesheet href=\"" + href + "\">");
                if (path != null && !requests.contains(path)) { // the same file twice is one response
                    byte[] css = read(root.resolve(path));
                    parts.add(part("css", path, css));
                    requests.add(path);
                    String text = new String(css, StandardCharsets.UTF_8);
                    checkCss(text, path);
                    cssReferences(text, path);
                }
            } else if (!NOT_REQUESTS.containsAll(rel) && !href.startsWith("data:")) {
                String path = resolve(href, "<link rel=\"" + link.attr("rel") + "\" href=\"" + href + "\">");
                if (path != null && !requests.contains(path)) {
                    requests.add(path); // icon, manifest, preload: a request, not render-critical bytes
                }
            }
        }
        for (Element script : doc.select("script[src]")) {
            String src = script.attr("src").trim();
            boolean inHead = !script.parents().select("head").isEmpty();
            boolean deferred = script.hasAttr("defer") || script.hasAttr("async") || script.attr("type").trim().equalsIgnoreCase("module");
            if (inHead && !deferred) {
                problems.add(page + ": <script src=\"" + src + "\"> in <head> blocks rendering (add defer, or async, or type=module)");
            }
            if (isOtherHost(src)) {
                problems.add(page + ": <script src=\"" + src + "\"> points to another host (no request to another host)");
                otherHostRequests.add(src);
                continue;
            }
            String path = resolve(src, "<script src=\"" + src + "\">");
            if (path != null && !requests.contains(path)) {
                parts.add(part("js", path, read(root.resolve(path))));
                requests.add(path);
            }
        }
        for (Element element : doc.select("[src]:not(script)")) {
            String src = element.attr("src").trim();
            if (src.isEmpty() || src.startsWith("data:")) {
                continue;
            }
            if (isOtherHost(src)) {
                problems.add(page + ": <" + element.tagName() + " src=\"" + src + "\"> points to another host (no request to another host)");
                otherHostRequests.add(src);
                continue;
            }
            String path = resolve(src, "<" + element.tagName() + " src=\"" + src + "\">");
            if (path != null && !requests.contains(path)) {
                requests.add(path);
            }
        }
    }

    private void checkCss(String css, String where) {
        String code = CSS_COMMENT.matcher(css).replaceAll("");
        if (CSS_FONT_FACE.matcher(code).find()) {
            problems.add(page + ": " + where + " declares @font-face (no web fonts: use the system font stack)");
        }
        if (CSS_IMPORT.matcher(code).find()) {
            problems.add(page + ": " + where + " uses @import (a request chained after the stylesheet: inline it instead)");
        }
        Matcher url = CSS_URL.matcher(code);
        while (url.find()) {
            if (isOtherHost(url.group(2).trim())) {
                problems.add(page + ": " + where + " refers to url(" + url.group(2).trim() + ") on another host (no request to another host)");
            }
        }
    }

    /** Files a stylesheet refers to with url(...), counted as requests (an upper bound: a browser fetches only those in use). */
    private void cssReferences(String css, String cssPath) {
        Matcher url = CSS_URL.matcher(CSS_COMMENT.matcher(css).replaceAll(""));
        while (url.find()) {
            String ref = url.group(2).trim();
            if (ref.isEmpty() || ref.startsWith("data:") || ref.startsWith("#") || isOtherHost(ref)) {
                continue;
            }
            String resolved = resolveFrom(cssPath, ref);
            if (resolved != null && !requests.contains(resolved)) {
                requests.add(resolved);
            }
        }
    }

    private static boolean isFontLink(Element link, Set<String> rel, String href) {
        return FONT_FILE.matcher(href).find() || FONT_HOST.matcher(href).matches()
                || (rel.contains("preload") && link.attr("as").equalsIgnoreCase("font"))
                || link.attr("type").toLowerCase(Locale.ROOT).startsWith("font/");
    }

    private static Set<String> rel(Element link) {
        return new LinkedHashSet<>(Arrays.asList(link.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+")));
    }

    /** Whether a URL is absolute (a scheme or protocol-relative) and not under the site's own address. */
    boolean isOtherHost(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("//") || lower.startsWith("http:") || lower.startsWith("https:")) {
            return !sameHost(url);
        }
        return false; // relative, root-relative, data:, mailto:, ...: no other host
    }

    private boolean sameHost(String url) {
        String bare = url.replaceFirst("(?i)^https?:", "");
        String own = ownHost.replaceFirst("(?i)^https?:", "");
        return bare.toLowerCase(Locale.ROOT).startsWith(own.toLowerCase(Locale.ROOT));
    }

    /** The site-relative path of a URL found on the page, or null (a problem recorded) when it does not name a file of the site. */
    private String resolve(String url, String what) {
        String resolved = resolveFrom(page, url);
        if (resolved == null) {
            problems.add(page + ": " + what + " leaves the site");
        } else if (!Files.isRegularFile(root.resolve(resolved))) {
            problems.add(page + ": " + what + " -> " + resolved + ": no such file in the site");
            return null;
        }
        return resolved;
    }

    /** Resolves a URL against a file of the site (site-relative path); null when it leaves the site. */
    private String resolveFrom(String from, String url) {
        String path = url;
        if (sameHost(url) && (url.startsWith("//") || url.matches("(?i)^https?:.*"))) {
            String own = ownHost.replaceFirst("(?i)^https?:", "");
            path = "/" + url.replaceFirst("(?i)^https?:", "").substring(own.length());
        }
        int cut = path.indexOf('#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        cut = path.indexOf('?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path resolved;
        if (path.startsWith("/")) {
            resolved = root.resolve(path.substring(1)).normalize();
        } else {
            Path base = root.resolve(from).getParent();
            resolved = (base == null ? root : base).resolve(path).normalize();
        }
        if (!resolved.startsWith(root)) {
            return null;
        }
        String relative = root.relativize(resolved).toString().replace('\\', '/');
        if (path.isEmpty() || path.endsWith("/") || Files.isDirectory(resolved)) {
            relative = relative.isEmpty() ? "index.html" : relative + "/index.html";
        }
        return relative;
    }

    private static Part part(String kind, String path, byte[] bytes) {
        return new Part(kind, path, bytes.length, gzipSize(bytes, 6), gzipSize(bytes, 9));
    }

    /** The size of the gzip stream (header and trailer included) of the bytes at a deflate level, as a server would send them. */
    static long gzipSize(byte[] bytes, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
