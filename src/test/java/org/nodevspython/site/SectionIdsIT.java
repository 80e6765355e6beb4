package org.nodevspython.site;

import static org.nodevspython.site.BakedSite.assertNoFailures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.nodevspython.site.BakedSite.Language;
import org.nodevspython.site.BakedSite.Target;

/**
 * A translation keeps the section ids of its page, so the same #fragment works in every
 * language; the language switch leads to the translation; the cross-links the site promises
 * between its pages exist in both languages.
 */
class SectionIdsIT {

    /** Ids the templates give to their own headings, not sections of the text. */
    private static final Set<String> TEMPLATE_IDS = Set.of("toc-title", "map-title", "footnotes");

    /** Required cross-links: page → the page#fragment targets it must link to, per language. */
    private static final Map<String, Map<String, List<String>>> CROSS_LINKS = Map.of(
            "pt-BR", orderedMap(
                    "conclusao.html", List.of("nodejs.html#real-time", "python.html#ai"),
                    "nodejs.html", List.of("python.html#scalability"),
                    "python.html", List.of("nodejs.html#scalability")),
            "en", orderedMap(
                    "en/conclusion.html", List.of("en/nodejs.html#real-time", "en/python.html#ai"),
                    "en/nodejs.html", List.of("en/python.html#scalability"),
                    "en/python.html", List.of("en/nodejs.html#scalability")));

    private final BakedSite site = BakedSite.get();

    private static Map<String, List<String>> orderedMap(Object... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> targets = (List<String>) pairs[i + 1];
            map.put((String) pairs[i], targets);
        }
        return map;
    }

    /** The ids of the h2/h3 sections of a page's article, in document order. */
    private List<String> sectionIds(String page) {
        List<String> ids = new ArrayList<>();
        // main h2[id], main h3[id] inside article, walked in document order
        for (Element article : site.doc(page).select("main article")) {
            if (article.parents().stream().anyMatch(e -> e.tagName().equals("article"))) {
                continue; // nested article: walked with its outer one
            }
            for (Element heading : article.getAllElements()) {
                boolean section = heading.tagName().equals("h2") || heading.tagName().equals("h3");
                if (section && !heading.id().isEmpty() && !TEMPLATE_IDS.contains(heading.id())) {
                    ids.add(heading.id());
                }
            }
        }
        return ids;
    }

    @Test
    void translationsHaveTheSameSectionIdsInTheSameOrder() {
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (String page : site.pagesIn(site.source())) {
            List<String> ids = sectionIds(page);
            for (Language language : site.languages()) {
                if (language.isSource()) {
                    continue;
                }
                Optional<String> translation = site.translation(page, language);
                if (translation.isEmpty()) {
                    failures.add(page + ": its " + language.code() + " translation is unknown (no hreflang alternate), so its section ids"
                            + " cannot be compared");
                    continue;
                }
                compared++;
                List<String> other = sectionIds(translation.get());
                if (!ids.equals(other)) {
                    failures.add(page + " has sections " + ids + " but " + translation.get() + " has " + other);
                }
            }
        }
        if (compared == 0) {
            failures.add("no page pair compared");
        }
        assertNoFailures("page pairs whose section ids differ", failures);
    }

    @Test
    void languageSwitchLeadsToTheTranslation() {
        List<String> failures = new ArrayList<>();
        for (String page : site.pages()) {
            Language own = site.languageOf(page);
            Elements switches = site.languageSwitches(page);
            Map<String, Element> byLanguage = new LinkedHashMap<>();
            for (Element link : switches) {
                String lang = link.attr("hreflang");
                if (site.language(lang).isEmpty()) {
                    failures.add(page + ": language switch \"" + link.text() + "\" (href=\"" + link.attr("href")
                            + "\") has hreflang=\"" + lang + "\", no language of data/i18n.yaml");
                } else if (lang.equals(own.code())) {
                    failures.add(page + ": language switch \"" + link.text() + "\" points to its own language " + lang);
                } else if (byLanguage.put(lang, link) != null) {
                    failures.add(page + ": two language switches for " + lang);
                }
            }
            for (Language language : site.languages()) {
                if (language.equals(own)) {
                    continue;
                }
                Element link = byLanguage.get(language.code());
                Optional<String> translation = site.translation(page, language);
                if (link == null) {
                    failures.add(page + ": no language switch to " + language.code() + " (a[data-lang-switch][hreflang=" + language.code()
                            + "], or nav.languages a[hreflang=" + language.code() + "] on a page without data-lang-switch)");
                    continue;
                }
                Optional<Target> target = site.resolveOnSite(page, link.attr("href"));
                if (translation.isEmpty()) {
                    failures.add(page + ": its " + language.code() + " translation is unknown (no hreflang alternate), so its language switch "
                            + "href=\"" + link.attr("href") + "\" cannot be checked");
                    continue;
                }
                String expected = translation.get();
                if (target.isEmpty() || !target.get().path().equals(expected)) {
                    failures.add(page + ": language switch to " + language.code() + " href=\"" + link.attr("href") + "\" leads to "
                            + target.map(Target::toString).orElse("outside the site") + ", expected " + expected);
                }
            }
        }
        assertNoFailures("language switch problems", failures);
    }

    @Test
    void requiredCrossLinksExist() {
        List<String> failures = new ArrayList<>();
        for (Language language : site.languages()) {
            Map<String, List<String>> required = CROSS_LINKS.get(language.code());
            if (required == null) {
                failures.add("no required cross-links defined for language " + language.code());
                continue;
            }
            for (Map.Entry<String, List<String>> entry : required.entrySet()) {
                String page = entry.getKey();
                if (!site.pages().contains(page)) {
                    failures.add(page + ": page not generated, so its cross-links " + entry.getValue() + " are missing");
                    continue;
                }
                List<String> links = new ArrayList<>();
                for (Element a : site.doc(page).select("main article a[href]")) {
                    site.resolve(page, a.attr("href")).map(Target::toString).ifPresent(links::add);
                }
                for (String target : entry.getValue()) {
                    if (!links.contains(target)) {
                        failures.add(page + ": no link to " + target + " in its article");
                        continue;
                    }
                    String targetPage = target.substring(0, target.indexOf('#'));
                    String id = target.substring(target.indexOf('#') + 1);
                    if (!site.pages().contains(targetPage) || site.doc(targetPage).getElementById(id) == null) {
                        failures.add(page + ": links to " + target + ", but that section does not exist");
                    }
                }
            }
        }
        assertNoFailures("missing cross-links", failures);
    }
}
