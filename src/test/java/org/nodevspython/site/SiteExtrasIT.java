package org.nodevspython.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What a web host and link previews read besides the pages: robots.txt, the favicon, Open Graph and
 * description meta, the "not found" page of each language, and the benchmark chart page.
 */
class SiteExtrasIT {

    private final BakedSite site = BakedSite.get();

    @Test
    void robotsTxtAllowsEverythingAndNamesTheSitemap() throws IOException {
        String robots = Files.readString(site.root().resolve("robots.txt"), StandardCharsets.UTF_8);
        assertTrue(robots.contains("User-agent: *"), robots);
        assertTrue(robots.contains("Sitemap: " + site.host() + "sitemap.xml"), robots);
    }

    @Test
    void everyListedPageHasAnSvgFaviconAndOpenGraphMeta() {
        assertTrue(Files.isRegularFile(site.root().resolve("favicon.svg")), "favicon.svg is missing");
        List<String> failures = new ArrayList<>();
        for (String page : site.listedPages()) {
            Document doc = site.doc(page);
            Element icon = doc.selectFirst("link[rel=icon][type=image/svg+xml]");
            if (icon == null || !site.resolve(page, icon.attr("href")).map(t -> t.path().equals("favicon.svg")).orElse(false)) {
                failures.add(page + ": no link to the SVG favicon");
            }
            for (String property : List.of("og:type", "og:site_name", "og:title", "og:description", "og:locale")) {
                Element meta = doc.selectFirst("meta[property=" + property + "]");
                if (meta == null || meta.attr("content").isBlank()) {
                    failures.add(page + ": no " + property);
                }
            }
            Element description = doc.selectFirst("meta[name=description]");
            Element og = doc.selectFirst("meta[property=og:description]");
            if (description != null && og != null && !description.attr("content").equals(og.attr("content"))) {
                failures.add(page + ": og:description differs from the description");
            }
            if (doc.selectFirst("meta[property=og:locale:alternate]") == null) {
                failures.add(page + ": no og:locale:alternate for the other language");
            }
        }
        BakedSite.assertNoFailures("pages without favicon or Open Graph meta", failures);
    }

    @Test
    void eachLanguageHasANotFoundPageThatSpeaksBothLanguagesAndIsNotIndexed() {
        List<String> failures = new ArrayList<>();
        for (String page : List.of("404.html", "en/404.html")) {
            if (!Files.isRegularFile(site.file(page))) {
                failures.add(page + " is missing");
                continue;
            }
            Document doc = site.doc(page);
            if (doc.selectFirst("meta[name=robots][content=noindex]") == null) {
                failures.add(page + ": not marked noindex");
            }
            if (doc.select("main [lang]").isEmpty()) {
                failures.add(page + ": no passage in the other language");
            }
            for (Element link : doc.select("link[rel=stylesheet], script[src]")) {
                String address = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (!address.startsWith(site.host())) {
                    failures.add(page + ": '" + address + "' is relative, and a 404 page is served at any depth of the site");
                }
            }
        }
        BakedSite.assertNoFailures("problems with the 404 pages", failures);
    }

    @Test
    void theChartPagesDrawEveryProgramAndLinkFromTheReferenceList() {
        List<String> failures = new ArrayList<>();
        for (String page : List.of("desempenho.html", "en/performance.html")) {
            Document doc = site.doc(page);
            Element svg = doc.selectFirst("figure.chart svg[role=img][aria-labelledby]");
            if (svg == null) {
                failures.add(page + ": no labelled inline SVG chart");
                continue;
            }
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                if (doc.getElementById(id) == null) {
                    failures.add(page + ": the chart's label #" + id + " is missing");
                }
            }
            if (svg.select("rect[class^=bar-]").size() != 2 + 20) {
                failures.add(page + ": expected 2 legend swatches and 20 bars (10 programs × 2 languages), found "
                        + svg.select("rect[class^=bar-]").size());
            }
            if (doc.select("table.benchmarks tbody tr").size() != 20) {
                failures.add(page + ": the table does not have the 20 rows of the data");
            }
            if (doc.select("script").stream().anyMatch(s -> !s.hasAttr("src") && s.data().contains("chart"))) {
                failures.add(page + ": the chart must not need JavaScript");
            }
        }
        for (String references : List.of("referencias.html", "en/references.html")) {
            Element entry = site.doc(references).getElementById("ref-benchmarksgame-node-python3");
            String chartPage = references.startsWith("en/") ? "en/performance.html" : "desempenho.html";
            if (entry == null || entry.select("a[href]").stream()
                    .noneMatch(a -> site.resolve(references, a.attr("href")).map(t -> t.path().equals(chartPage)).orElse(false))) {
                failures.add(references + ": the Benchmarks Game entry does not link to " + chartPage);
            }
        }
        for (String page : List.of("nodejs.html", "python.html", "en/nodejs.html", "en/python.html")) {
            String chartPage = page.startsWith("en/") ? "en/performance.html" : "desempenho.html";
            if (site.doc(page).select("article a[href]").stream()
                    .noneMatch(a -> site.resolve(page, a.attr("href")).map(t -> t.path().equals(chartPage)).orElse(false))) {
                failures.add(page + ": its performance claims do not link to " + chartPage);
            }
        }
        BakedSite.assertNoFailures("problems with the benchmark chart", failures);
    }
}
