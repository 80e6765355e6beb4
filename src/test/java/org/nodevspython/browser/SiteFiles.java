package org.nodevspython.browser;

import org.nodevspython.site.BakedSite;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The files the browser tests read: the baked site ({@code -Dsite.dir}, else target/site), the
 * offline zip next to it ({@code target/*-offline.zip}), and what the project's sources say about
 * them (the languages and books of data/i18n.yaml, the public host of jbake.properties, the page
 * keys of the content front matter).
 */
final class SiteFiles {

    /** One language of data/i18n.yaml: {@code folder} is "" for the source language, served at the root. */
    record Language(String code, String folder, String book) {

        /** A path of this language's folder, relative to the site root. */
        String path(String file) {
            return folder.isEmpty() ? file : folder + "/" + file;
        }

        String bookHtml() {
            return path(book + ".html");
        }

        String bookPdf() {
            return path(book + ".pdf");
        }

        String index() {
            return path("index.html");
        }

        @Override
        public String toString() {
            return code + " (" + bookHtml() + ")";
        }
    }

    private SiteFiles() {
    }

    /** The baked site: {@code -Dsite.dir} (Failsafe sets it), else target/site. */
    static Path siteDir() {
        Path root = Paths.get(System.getProperty("site.dir", "target/site")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            fail("no baked site at " + root + ": run ./mvnw package (or verify) first");
        }
        return root;
    }

    /** Maven's target folder: the parent of the site. */
    static Path targetDir() {
        return siteDir().getParent();
    }

    /** The offline bundle, {@code target/<artifactId>-<version>-offline.zip}, found by glob. */
    static Path offlineZip() {
        List<Path> zips = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(targetDir(), "*-offline.zip")) {
            found.forEach(zips::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (zips.size() != 1) {
            fail("expected exactly one " + targetDir() + "/*-offline.zip (made by ./mvnw package), found " + zips);
        }
        return zips.get(0);
    }

    /** Unzips with java.util.zip, refusing entries that would land outside {@code into}; returns the entry names. */
    static List<String> unzip(Path zip, Path into) throws IOException {
        List<String> names = new ArrayList<>();
        Path base = into.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
                Path target = base.resolve(entry.getName()).normalize();
                if (!target.startsWith(base)) {
                    fail(zip + ": the entry " + entry.getName() + " leaves the folder it is unzipped into");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        return names;
    }

    /** The project folder (holding data/i18n.yaml and jbake.properties), looked for from basedir, the working folder and the site's parents. */
    static Path projectDir() {
        List<Path> candidates = new ArrayList<>();
        if (System.getProperty("basedir") != null) {
            candidates.add(Paths.get(System.getProperty("basedir")));
        }
        candidates.add(Paths.get("").toAbsolutePath());
        for (Path p = siteDir().getParent(); p != null; p = p.getParent()) {
            candidates.add(p);
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve("data/i18n.yaml")) && Files.isRegularFile(candidate.resolve("jbake.properties"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("cannot find the project folder (with data/i18n.yaml) of " + siteDir());
    }

    /** The public address of the site (jbake.properties site.host), ending with '/'. */
    static String host() {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(projectDir().resolve("jbake.properties"))) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String host = props.getProperty("site.host", "").trim();
        if (host.isEmpty()) {
            throw new IllegalStateException("jbake.properties has no site.host");
        }
        return host.endsWith("/") ? host : host + "/";
    }

    /** The languages of data/i18n.yaml, the source language first. */
    static List<Language> languages() {
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(projectDir().resolve("data/i18n.yaml"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(loaded instanceof Map<?, ?> map) || !(map.get("languages") instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalStateException("data/i18n.yaml has no 'languages' list");
        }
        List<Language> languages = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Map<?, ?> entry = (Map<?, ?>) list.get(i);
            Object folder = entry.get("folder");
            languages.add(new Language(String.valueOf(entry.get("code")),
                    i == 0 || folder == null ? "" : folder.toString().replaceAll("^/+|/+$", ""),
                    String.valueOf(entry.get("book"))));
        }
        return List.copyOf(languages);
    }

    /** An interface string of data/i18n.yaml in one language, e.g. {@code ui("search_results", "en")}. */
    static String ui(String name, String lang) {
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(projectDir().resolve("data/i18n.yaml"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (loaded instanceof Map<?, ?> map && map.get("strings") instanceof Map<?, ?> strings
                && strings.get(name) instanceof Map<?, ?> string && string.get(lang) instanceof String text) {
            return text;
        }
        throw new IllegalStateException("data/i18n.yaml has no string " + name + " in " + lang);
    }

    /** The key of every page's front matter, by the path of the page it makes (content/en/x.md makes en/x.html). */
    static Map<String, String> pageKeys() {
        Path content = projectDir().resolve("content");
        Map<String, String> keys = new LinkedHashMap<>();
        Pattern key = Pattern.compile("(?m)^key:\\s*[\"']?([^\"'#\\s]+)");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path md : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(md, StandardCharsets.UTF_8);
                int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
                Matcher m = key.matcher(end < 0 ? "" : text.substring(0, end));
                if (m.find()) {
                    String rel = content.relativize(md).toString().replace('\\', '/');
                    keys.put(rel.substring(0, rel.length() - ".md".length()) + ".html", m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** Every HTML file under a folder, relative with '/' separators, sorted. */
    static List<String> htmlPages(Path root) {
        return files(root).stream().filter(p -> p.endsWith(".html")).toList();
    }

    /** Every regular file under a folder, relative with '/' separators, sorted. */
    static List<String> files(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a page is a "not found" page (marked noindex), which links with absolute URLs and is left out of the bundle. */
    static boolean isNotFoundPage(Document page) {
        for (Element robots : page.select("meta[name=robots]")) {
            if (robots.attr("content").toLowerCase(Locale.ROOT).contains("noindex")) {
                return true;
            }
        }
        return false;
    }

    /** Collapses every run of whitespace (no-break spaces included) into one space, and trims. */
    static String collapse(String text) {
        return BakedSite.collapse(text);
    }

    /** A heading's text without its "#" section link. */
    static String headingText(Element heading) {
        return BakedSite.headingText(heading);
    }

    /** Fails once with every collected failure, one a line, or passes when there is none. */
    static void assertNoFailures(String what, Collection<String> failures) {
        BakedSite.assertNoFailures(what, failures);
    }
}
