package org.nodevspython.site;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.nodevspython.site.BakedSite.assertNoFailures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.nodevspython.site.BakedSite.Language;
import org.nodevspython.site.BakedSite.Target;

/**
 * Citations and the reference list agree: every [n] links to its entry on the references page
 * of its language and shows that entry's number, every entry links back to each place that
 * cites it, the numbers are the same in every language and every entry is cited everywhere.
 *
 * <p>A self-contained document that carries its own {@code ol.references} (the one-page offline
 * edition, whose ids are prefixed, e.g. {@code references--ref-x}) may cite its own list
 * instead; its list then obeys the same rules, with the numbers of the references page.
 */
class CitationsIT {

    /** The references page of each language. */
    private static final Map<String, String> REFERENCES_PAGES = Map.of("pt-BR", "referencias.html", "en", "en/references.html");

    private final BakedSite site = BakedSite.get();

    /** One entry of a reference list: its id, the reference's key (the id from "ref-" on), its number. */
    private record Entry(String id, String key, int number, Element element) {
    }

    private String referencesPage(Language language) {
        String page = REFERENCES_PAGES.get(language.code());
        if (page == null) {
            fail("no references page known for language " + language.code());
        }
        if (!site.pages().contains(page)) {
            fail("the " + language.code() + " references page " + page + " was not generated");
        }
        return page;
    }

    private boolean hasReferenceList(String page) {
        return !site.doc(page).select("ol.references").isEmpty();
    }

    /** The entries of the reference list of a page, id → entry, in list order; problems go to failures. */
    private Map<String, Entry> entries(String page, List<String> failures) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Elements items = site.doc(page).select("ol.references > li");
        if (items.isEmpty()) {
            failures.add(page + ": no ol.references > li entries");
        }
        int position = 0;
        Map<Integer, String> numbers = new LinkedHashMap<>();
        for (Element li : items) {
            position++;
            String id = li.id();
            int ref = id.indexOf("ref-");
            if (ref < 0) {
                failures.add(page + ": reference entry #" + position + " has id \"" + id + "\", expected ref-…");
                continue;
            }
            int number = position;
            if (li.hasAttr("value")) {
                try {
                    number = Integer.parseInt(li.attr("value").trim());
                } catch (NumberFormatException e) {
                    failures.add(page + ": entry " + id + " has a non-numeric value=\"" + li.attr("value") + "\"");
                }
            }
            String clash = numbers.put(number, id);
            if (clash != null) {
                failures.add(page + ": entries " + clash + " and " + id + " both have number " + number);
            }
            if (entries.put(id, new Entry(id, id.substring(ref), number, li)) != null) {
                failures.add(page + ": two entries with id " + id);
            }
        }
        return entries;
    }

    /** Where a citation on a page leads: the references page of its language, or the page's own list. */
    private Optional<String> listOf(String page, Target target, String references) {
        if (target.path().equals(references)) {
            return Optional.of(references);
        }
        if (target.path().equals(page) && hasReferenceList(page)) {
            return Optional.of(page);
        }
        return Optional.empty();
    }

    /** Every page with a reference list, per language: the references page first, then self-contained documents. */
    private Map<Language, List<String>> referenceLists() {
        Map<Language, List<String>> lists = new LinkedHashMap<>();
        for (Language language : site.languages()) {
            String references = referencesPage(language);
            List<String> pages = new ArrayList<>();
            pages.add(references);
            site.pagesIn(language).stream().filter(p -> !p.equals(references) && hasReferenceList(p)).forEach(pages::add);
            lists.put(language, pages);
        }
        return lists;
    }

    @Test
    void everyReferencesPageHasItsList() {
        List<String> failures = new ArrayList<>();
        for (Language language : site.languages()) {
            String references = referencesPage(language);
            if (!hasReferenceList(references)) {
                failures.add(references + ": the " + language.code() + " references page has no ol.references list");
            }
        }
        assertNoFailures("references page problems", failures);
    }

    @Test
    void everyCitationLinksToItsEntryWithItsNumber() {
        List<String> failures = new ArrayList<>();
        int citations = 0;
        for (Language language : site.languages()) {
            String references = referencesPage(language);
            Map<String, Map<String, Entry>> lists = new LinkedHashMap<>();
            lists.put(references, entries(references, failures));
            Map<String, Entry> byKey = new LinkedHashMap<>();
            lists.get(references).values().forEach(e -> byKey.put(e.key(), e));
            for (String page : site.pagesIn(language)) {
                for (Element cite : site.doc(page).select("a.cite")) {
                    citations++;
                    String href = cite.attr("href");
                    String where = page + ": citation " + (cite.id().isEmpty() ? "" : "#" + cite.id() + " ") + "\"" + cite.text()
                            + "\" (href=\"" + href + "\")";
                    Optional<Target> target = site.resolve(page, href);
                    if (target.isEmpty()) {
                        failures.add(where + ": not a relative link into the site");
                        continue;
                    }
                    Optional<String> list = listOf(page, target.get(), references);
                    if (list.isEmpty()) {
                        failures.add(where + ": links to " + target.get().path() + ", not to the " + language.code()
                                + " references page " + references);
                        continue;
                    }
                    String fragment = target.get().fragment();
                    if (fragment == null || !fragment.contains("ref-")) {
                        failures.add(where + ": fragment \"" + fragment + "\" is not a #ref-… id");
                        continue;
                    }
                    Entry entry = lists.computeIfAbsent(list.get(), p -> entries(p, failures)).get(fragment);
                    if (entry == null) {
                        failures.add(where + ": " + list.get() + " has no reference entry with id " + fragment);
                        continue;
                    }
                    String expectedText = "[" + entry.number() + "]";
                    if (!BakedSite.collapse(cite.text()).equals(expectedText)) {
                        failures.add(where + ": shows \"" + cite.text() + "\", but entry " + fragment + " is number "
                                + entry.number() + " on " + list.get() + " (expected " + expectedText + ")");
                    }
                    Entry main = byKey.get(entry.key());
                    if (!list.get().equals(references) && (main == null || main.number() != entry.number())) {
                        failures.add(where + ": its entry " + fragment + " on " + list.get() + " is number " + entry.number() + ", but "
                                + references + " numbers " + entry.key() + " " + (main == null ? "nowhere" : main.number()));
                    }
                    if (cite.id().isEmpty()) {
                        failures.add(where + ": has no id, so the reference list cannot link back to it");
                    }
                }
            }
        }
        assertTrue(citations > 0, "no a.cite citation found on any page");
        assertNoFailures("citation problems", failures);
    }

    @Test
    void everyEntryLinksBackToEachCitation() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<Language, List<String>> lists : referenceLists().entrySet()) {
            Language language = lists.getKey();
            String references = referencesPage(language);

            // every citation of this language, as "page#id", per list and entry id
            Map<String, Map<String, Set<String>>> citedAt = new LinkedHashMap<>();
            for (String page : site.pagesIn(language)) {
                for (Element cite : site.doc(page).select("a.cite[id]")) {
                    site.resolve(page, cite.attr("href")).ifPresent(t -> listOf(page, t, references).ifPresent(list -> {
                        if (t.fragment() != null) {
                            citedAt.computeIfAbsent(list, k -> new LinkedHashMap<>())
                                    .computeIfAbsent(t.fragment(), k -> new LinkedHashSet<>()).add(page + "#" + cite.id());
                        }
                    }));
                }
            }

            for (String list : lists.getValue()) {
                for (Entry entry : entries(list, failures).values()) {
                    Elements backLinks = entry.element().select(".cited-by a");
                    String where = list + " entry " + entry.id() + " [" + entry.number() + "]";
                    if (backLinks.isEmpty()) {
                        failures.add(where + ": no back-link (.cited-by a)");
                        continue;
                    }
                    Set<String> linked = new LinkedHashSet<>();
                    for (Element back : backLinks) {
                        String href = back.attr("href");
                        Optional<Target> target = site.resolve(list, href);
                        if (target.isEmpty() || target.get().fragment() == null || target.get().fragment().isEmpty()) {
                            failures.add(where + ": back-link \"" + href + "\" is not a relative link to a #fragment of the site");
                            continue;
                        }
                        String page = target.get().path();
                        String id = target.get().fragment();
                        if (!site.pages().contains(page)) {
                            failures.add(where + ": back-link \"" + href + "\" -> " + page + ": no such page");
                            continue;
                        }
                        if (!site.languageOf(page).equals(language)) {
                            failures.add(where + ": back-link \"" + href + "\" leads to " + page + ", a page of another language");
                        }
                        Element landing = site.doc(page).getElementById(id);
                        if (landing == null) {
                            failures.add(where + ": back-link \"" + href + "\" -> " + page + " has no element with id " + id);
                            continue;
                        }
                        if (!landing.tagName().equals("a") || !landing.hasClass("cite")) {
                            failures.add(where + ": back-link \"" + href + "\" lands on <" + landing.tagName() + " class=\""
                                    + landing.className() + "\">, not on an a.cite");
                            continue;
                        }
                        Optional<Target> forth = site.resolve(page, landing.attr("href"));
                        if (forth.isEmpty() || !forth.get().path().equals(list) || !entry.id().equals(forth.get().fragment())) {
                            failures.add(where + ": back-link \"" + href + "\" lands on citation " + page + "#" + id + " \"" + landing.text()
                                    + "\", which points to " + landing.attr("href") + ", not back to this entry");
                            continue;
                        }
                        if (!linked.add(page + "#" + id)) {
                            failures.add(where + ": back-link to " + page + "#" + id + " listed twice");
                        }
                    }
                    Set<String> missing = new TreeSet<>(citedAt.getOrDefault(list, Map.of()).getOrDefault(entry.id(), Set.of()));
                    missing.removeAll(linked);
                    for (String citation : missing) {
                        failures.add(where + ": citation " + citation + " cites this entry but has no back-link from it");
                    }
                }
            }
        }
        assertNoFailures("back-link problems", failures);
    }

    /**
     * Each citing section is listed once under "Cited in", its back-links together: one link named for the section, or,
     * where the section cites the entry more than once, one link per citation lettered a, b, c after the section's name.
     */
    @Test
    void everyCitingSectionIsListedOnceWithALetterPerCitation() {
        List<String> failures = new ArrayList<>();
        int lettered = 0;
        for (List<String> lists : referenceLists().values()) {
            for (String list : lists) {
                for (Entry entry : entries(list, failures).values()) {
                    String where = list + " entry " + entry.id();
                    List<String> places = new ArrayList<>();
                    List<List<String>> letters = new ArrayList<>();
                    for (Element back : entry.element().select(".cited-by a")) {
                        boolean letter = back.hasClass("cite-letter");
                        String place = letter ? back.attr("aria-label").replaceFirst(" \\([a-z]+\\)$", "") : back.text();
                        if (places.isEmpty() || !places.get(places.size() - 1).equals(place) || !letter) {
                            places.add(place);
                            letters.add(new ArrayList<>());
                        }
                        if (letter) {
                            letters.get(letters.size() - 1).add(back.text());
                            if (!back.attr("aria-label").equals(place + " (" + back.text() + ")")) {
                                failures.add(where + ": the letter " + back.text() + " is not named for its section: " + back.attr("aria-label"));
                            }
                        }
                    }
                    if (new LinkedHashSet<>(places).size() != places.size()) {
                        failures.add(where + ": a section is listed more than once: " + places);
                    }
                    for (int i = 0; i < places.size(); i++) {
                        List<String> run = letters.get(i);
                        if (run.size() == 1) {
                            failures.add(where + ": " + places.get(i) + " has a single lettered back-link; one citation gets its section's name");
                        } else if (!run.isEmpty()) {
                            lettered++;
                            List<String> expected = new ArrayList<>();
                            for (int n = 0; n < run.size(); n++) {
                                expected.add(String.valueOf((char) ('a' + n)));
                            }
                            if (!run.equals(expected)) {
                                failures.add(where + ": " + places.get(i) + " is lettered " + run + ", not " + expected);
                            }
                            if (!entry.element().select(".cited-by").text().contains(places.get(i) + " " + String.join(" ", run))) {
                                failures.add(where + ": the letters of " + places.get(i) + " do not follow its name");
                            }
                        }
                    }
                }
            }
        }
        if (lettered == 0) {
            failures.add("no section of the site cites an entry twice: nothing lettered to check");
        }
        assertNoFailures("reference lists that repeat a section", failures);
    }

    @Test
    void numbersAreTheSameInEveryLanguage() {
        List<String> failures = new ArrayList<>();
        String sourcePage = referencesPage(site.source());
        Map<String, Entry> sourceEntries = byKey(entries(sourcePage, failures));
        for (List<String> lists : referenceLists().values()) {
            for (String page : lists) {
                if (page.equals(sourcePage)) {
                    continue;
                }
                Map<String, Entry> entries = byKey(entries(page, failures));
                for (Entry entry : sourceEntries.values()) {
                    Entry other = entries.get(entry.key());
                    if (other == null) {
                        failures.add(entry.key() + " is number " + entry.number() + " on " + sourcePage + " but missing from " + page);
                    } else if (other.number() != entry.number()) {
                        failures.add(entry.key() + " is number " + entry.number() + " on " + sourcePage + " but number " + other.number()
                                + " on " + page);
                    }
                }
                for (Entry entry : entries.values()) {
                    if (!sourceEntries.containsKey(entry.key())) {
                        failures.add(entry.key() + " is number " + entry.number() + " on " + page + " but missing from " + sourcePage);
                    }
                }
                if (sourceEntries.keySet().equals(entries.keySet())
                        && !List.copyOf(sourceEntries.keySet()).equals(List.copyOf(entries.keySet()))) {
                    failures.add("the entries are in a different order on " + sourcePage + " and " + page);
                }
            }
        }
        assertNoFailures("reference numbers that differ between languages", failures);
    }

    private static Map<String, Entry> byKey(Map<String, Entry> entries) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        entries.values().forEach(e -> byKey.put(e.key(), e));
        return byKey;
    }

    @Test
    void everyEntryIsCitedInEveryLanguage() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<Language, List<String>> lists : referenceLists().entrySet()) {
            Language language = lists.getKey();
            String references = referencesPage(language);
            Map<String, Set<String>> cited = new LinkedHashMap<>(); // list -> cited entry ids
            for (String page : site.pagesIn(language)) {
                for (Element cite : site.doc(page).select("a.cite")) {
                    site.resolve(page, cite.attr("href")).ifPresent(t -> listOf(page, t, references)
                            .ifPresent(list -> cited.computeIfAbsent(list, k -> new LinkedHashSet<>()).add(t.fragment())));
                }
            }
            for (String list : lists.getValue()) {
                String scope = list.equals(references) ? "no " + language.code() + " page" : "nowhere in " + list;
                for (Entry entry : entries(list, failures).values()) {
                    if (!cited.getOrDefault(list, Set.of()).contains(entry.id())) {
                        failures.add(list + " entry " + entry.id() + " [" + entry.number() + "] is cited on " + scope);
                    }
                }
            }
        }
        assertNoFailures("references never cited", failures);
    }
}
