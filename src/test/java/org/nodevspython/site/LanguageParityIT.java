package org.nodevspython.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.site.BakedSite.assertNoFailures;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.nodevspython.site.BakedSite.Language;

/**
 * Both languages have the same pages, and every page says so to browsers and search engines:
 * its html lang, its canonical URL, reciprocal hreflang alternates with x-default, a
 * description, and the sitemap.
 */
class LanguageParityIT {

    private static final String X_DEFAULT = "x-default";

    private final BakedSite site = BakedSite.get();

    @Test
    void everyLanguageHasPages() {
        List<String> failures = new ArrayList<>();
        assertTrue(site.languages().size() >= 2, "data/i18n.yaml lists fewer than two languages: " + site.languages());
        for (Language language : site.languages()) {
            if (site.listedPagesIn(language).isEmpty()) {
                failures.add("no page in " + language.code() + (language.isSource() ? " at the site root" : " under " + language.folder() + "/"));
            }
        }
        assertNoFailures("languages without pages", failures);
    }

    @Test
    void htmlLangMatchesTheLanguageOfTheFolder() {
        // the i18n.yaml codes, which the brief also pins: pt-BR at the root, en under en/
        assertEquals("pt-BR", site.source().code(), "source language of data/i18n.yaml");
        assertTrue(site.language("en").map(l -> l.folder().equals("en")).orElse(false), "data/i18n.yaml: 'en' must be served from en/");
        List<String> failures = new ArrayList<>();
        for (String page : site.pages()) {
            String expected = site.languageOf(page).code();
            Elements html = site.doc(page).select("html");
            String actual = html.isEmpty() ? null : html.first().attr("lang");
            if (!expected.equals(actual)) {
                failures.add(page + ": <html lang=\"" + actual + "\">, expected \"" + expected + "\"");
            }
        }
        assertNoFailures("pages with a wrong <html lang>", failures);
    }

    @Test
    void bothLanguagesHaveTheSamePages() {
        List<String> failures = new ArrayList<>();
        for (Language from : site.languages()) {
            for (Language to : site.languages()) {
                if (from.equals(to)) {
                    continue;
                }
                Map<String, String> seen = new HashMap<>();
                for (String page : site.listedPagesIn(from)) {
                    String href = site.alternates(page).get(to.code());
                    if (href == null) {
                        failures.add(page + ": no <link rel=alternate hreflang=" + to.code() + ">, so no " + to.code() + " counterpart");
                        continue;
                    }
                    Optional<String> target = site.pageOfUrl(href);
                    if (target.isEmpty() || !site.pages().contains(target.get())) {
                        failures.add(page + ": hreflang=" + to.code() + " points to " + href + ", which is no generated page");
                        continue;
                    }
                    if (!site.languageOf(target.get()).equals(to)) {
                        failures.add(page + ": hreflang=" + to.code() + " points to " + target.get() + ", a page of "
                                + site.languageOf(target.get()).code());
                    }
                    if (!site.isListed(target.get())) {
                        failures.add(page + ": hreflang=" + to.code() + " points to " + target.get() + ", a noindex page");
                    }
                    String other = seen.put(target.get(), page);
                    if (other != null) {
                        failures.add(page + " and " + other + " both claim " + target.get() + " as their " + to.code() + " version");
                    }
                }
                for (String page : site.listedPagesIn(to)) {
                    if (!seen.containsKey(page)) {
                        failures.add(page + " (" + to.code() + ") is the translation of no " + from.code() + " page");
                    }
                }
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        site.languages().forEach(l -> counts.put(l.code(), site.listedPagesIn(l).size()));
        if (counts.values().stream().distinct().count() > 1) {
            failures.add("page counts differ: " + counts);
        }
        assertNoFailures("problems pairing the pages of the languages", failures);
    }

    /**
     * Pages marked noindex (the "not found" pages) have no hreflang alternates; they must still
     * exist in every language, paired through their language switch, both ways.
     */
    @Test
    void unlistedPagesExistInEveryLanguage() {
        List<String> failures = new ArrayList<>();
        for (String page : site.pages()) {
            if (site.isListed(page)) {
                continue;
            }
            Language own = site.languageOf(page);
            for (Language language : site.languages()) {
                if (language.equals(own)) {
                    continue;
                }
                Optional<String> translation = site.translation(page, language);
                if (translation.isEmpty()) {
                    failures.add(page + " (noindex): no " + language.code() + " version reachable through its language switch "
                            + "(a[data-lang-switch] or nav.languages a, hreflang=" + language.code() + ")");
                    continue;
                }
                String other = translation.get();
                if (!site.languageOf(other).equals(language)) {
                    failures.add(page + " (noindex): its " + language.code() + " version " + other + " is a page of " + site.languageOf(other).code());
                }
                if (site.isListed(other)) {
                    failures.add(page + " (noindex): its " + language.code() + " version " + other + " is not noindex");
                }
                Optional<String> back = site.translation(other, own);
                if (!back.equals(Optional.of(page))) {
                    failures.add(page + " (noindex) leads to " + other + ", whose " + own.code() + " version is " + back.orElse("missing")
                            + ", not " + page);
                }
            }
        }
        assertNoFailures("noindex pages without a counterpart", failures);
    }

    @Test
    void everyPageHasOneAbsoluteCanonicalLink() {
        List<String> failures = new ArrayList<>();
        for (String page : site.listedPages()) {
            Elements canonicals = site.doc(page).select("link[rel=canonical]");
            if (canonicals.size() != 1) {
                failures.add(page + ": " + canonicals.size() + " <link rel=canonical>, expected exactly 1");
                continue;
            }
            String href = canonicals.first().attr("href");
            if (!isAbsoluteHttp(href)) {
                failures.add(page + ": canonical \"" + href + "\" is not an absolute http(s) URL");
            }
            String expected = site.url(page);
            if (!expected.equals(href)) {
                failures.add(page + ": canonical is " + href + ", expected " + expected);
            }
            if (site.doc(page).select("head link[rel=canonical]").isEmpty()) {
                failures.add(page + ": the canonical link is not in <head>");
            }
        }
        assertNoFailures("canonical link problems", failures);
    }

    @Test
    void hreflangAlternatesAreReciprocalWithXDefault() {
        List<String> failures = new ArrayList<>();
        String sourceCode = site.source().code();
        for (String page : site.listedPages()) {
            Elements links = site.doc(page).select("link[rel=alternate][hreflang]");
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Element link : links) {
                counts.merge(link.attr("hreflang"), 1, Integer::sum);
                if (!isAbsoluteHttp(link.attr("href"))) {
                    failures.add(page + ": hreflang=" + link.attr("hreflang") + " href \"" + link.attr("href") + "\" is not absolute");
                }
            }
            counts.forEach((lang, n) -> {
                if (n > 1) {
                    failures.add(page + ": " + n + " alternates with hreflang=" + lang);
                }
            });
            Map<String, String> alternates = site.alternates(page);
            for (String lang : alternates.keySet()) {
                if (!lang.equals(X_DEFAULT) && site.language(lang).isEmpty()) {
                    failures.add(page + ": alternate hreflang=" + lang + " is no language of data/i18n.yaml");
                }
            }
            Language own = site.languageOf(page);
            String self = alternates.get(own.code());
            if (!site.url(page).equals(self)) {
                failures.add(page + ": does not list itself: hreflang=" + own.code() + " is " + self + ", expected " + site.url(page));
            }
            for (Language language : site.languages()) {
                String href = alternates.get(language.code());
                if (href == null) {
                    failures.add(page + ": no alternate for hreflang=" + language.code());
                    continue;
                }
                Optional<String> target = site.pageOfUrl(href).filter(site.pages()::contains);
                if (target.isEmpty()) {
                    failures.add(page + ": alternate hreflang=" + language.code() + " " + href + " is no generated page");
                    continue;
                }
                String back = site.alternates(target.get()).get(own.code());
                if (!site.url(page).equals(back)) {
                    failures.add(page + " lists " + target.get() + " as hreflang=" + language.code() + ", but " + target.get()
                            + " lists " + back + " as hreflang=" + own.code() + " (expected " + site.url(page) + ")");
                }
            }
            String xDefault = alternates.get(X_DEFAULT);
            String sourceVersion = alternates.get(sourceCode);
            if (xDefault == null) {
                failures.add(page + ": no alternate hreflang=x-default");
            } else if (!xDefault.equals(sourceVersion)) {
                failures.add(page + ": x-default is " + xDefault + ", expected the " + sourceCode + " page " + sourceVersion);
            }
        }
        assertNoFailures("hreflang alternate problems", failures);
    }

    @Test
    void everyPageHasADescription() {
        List<String> failures = new ArrayList<>();
        for (String page : site.pages()) {
            Elements descriptions = site.doc(page).select("head meta[name=description]");
            if (descriptions.size() != 1) {
                failures.add(page + ": " + descriptions.size() + " <meta name=description> in <head>, expected exactly 1");
            } else if (BakedSite.collapse(descriptions.first().attr("content")).isEmpty()) {
                failures.add(page + ": <meta name=description> is empty");
            }
        }
        assertNoFailures("pages without a description", failures);
    }

    @Test
    void sitemapListsEveryPageOnceWithItsAlternates() throws IOException {
        Path file = site.root().resolve("sitemap.xml");
        assertTrue(Files.isRegularFile(file), "no sitemap.xml in " + site.root());
        Document sitemap = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), site.host(), Parser.xmlParser());
        List<String> failures = new ArrayList<>();

        Map<String, String> expected = new LinkedHashMap<>(); // url -> page
        site.listedPages().forEach(p -> expected.put(site.url(p), p));

        Map<String, Integer> seen = new LinkedHashMap<>();
        Elements urls = sitemap.select("urlset > url");
        if (urls.isEmpty()) {
            failures.add("sitemap.xml has no <urlset><url> entries");
        }
        for (Element url : urls) {
            List<Element> locs = children(url, "loc");
            if (locs.size() != 1) {
                failures.add("sitemap.xml: a <url> has " + locs.size() + " <loc>, expected 1: " + url.outerHtml());
                continue;
            }
            String loc = locs.get(0).text().trim();
            seen.merge(loc, 1, Integer::sum);
            String page = expected.get(loc);
            if (page == null) {
                boolean noindex = site.pageOfUrl(loc).filter(site.pages()::contains).isPresent();
                failures.add("sitemap.xml: <loc>" + loc + "</loc> is " + (noindex ? "a noindex page" : "no generated page"));
                continue;
            }
            Map<String, List<String>> links = new LinkedHashMap<>();
            for (Element link : children(url, "xhtml:link")) {
                if (!"alternate".equals(link.attr("rel"))) {
                    failures.add("sitemap.xml " + loc + ": xhtml:link with rel=\"" + link.attr("rel") + "\", expected alternate");
                }
                links.computeIfAbsent(link.attr("hreflang"), k -> new ArrayList<>()).add(link.attr("href"));
            }
            for (Language language : site.languages()) {
                Optional<String> translation = site.translation(page, language);
                List<String> hrefs = links.getOrDefault(language.code(), List.of());
                String want = translation.map(site::url).orElse("(the " + language.code() + " version of " + page + ")");
                if (hrefs.size() != 1 || !hrefs.get(0).equals(want)) {
                    failures.add("sitemap.xml " + loc + ": xhtml:link hreflang=" + language.code() + " is " + hrefs + ", expected [" + want + "]");
                }
            }
            String sourceUrl = site.translation(page, site.source()).map(site::url).orElse("(the " + site.source().code() + " page)");
            List<String> xDefault = links.getOrDefault(X_DEFAULT, List.of());
            if (xDefault.size() != 1 || !xDefault.get(0).equals(sourceUrl)) {
                failures.add("sitemap.xml " + loc + ": xhtml:link hreflang=x-default is " + xDefault + ", expected [" + sourceUrl + "]");
            }
            for (String hreflang : links.keySet()) {
                if (!hreflang.equals(X_DEFAULT) && site.language(hreflang).isEmpty()) {
                    failures.add("sitemap.xml " + loc + ": xhtml:link hreflang=" + hreflang + " is no language of data/i18n.yaml");
                }
            }
        }
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            int n = seen.getOrDefault(entry.getKey(), 0);
            if (n != 1) {
                failures.add("sitemap.xml lists " + entry.getValue() + " (" + entry.getKey() + ") " + n + " times, expected once");
            }
        }
        assertNoFailures("sitemap.xml problems", failures);
    }

    private static List<Element> children(Element parent, String tagName) {
        List<Element> found = new ArrayList<>();
        for (Element child : parent.children()) {
            if (child.tagName().equals(tagName)) {
                found.add(child);
            }
        }
        return found;
    }

    private static boolean isAbsoluteHttp(String href) {
        try {
            URI uri = new URI(href);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
