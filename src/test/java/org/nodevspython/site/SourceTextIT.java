package org.nodevspython.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.site.BakedSite.assertNoFailures;
import static org.nodevspython.site.BakedSite.collapse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Portuguese pages keep every sentence of the original text, data/source/seed-pt.txt,
 * after the corrections of data/source/corrections.yaml (whose header describes the same
 * algorithm): headings as headings, bare URLs as links, every other sentence in the text of
 * the articles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceTextIT {

    private static final Pattern DASHES = Pattern.compile("^-+$");
    private static final Pattern BARE_URL = Pattern.compile("^https?://\\S+$");
    private static final Pattern ENUMERATOR = Pattern.compile("^\\d+[).]\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final int MIN_SENTENCES = 25;

    private final BakedSite site = BakedSite.get();

    /** One correction of corrections.yaml. */
    private record Correction(String from, String to) {
    }

    private List<Correction> corrections;
    private String seed;
    /** The lines left to check: number in the corrected text → line. */
    private Map<Integer, String> lines;
    /** The normalised article text of each Portuguese page. */
    private List<String> pageTexts;
    private Set<String> headings;
    private Set<String> hrefs;

    @BeforeAll
    void read() throws IOException {
        Path source = site.project().resolve("data/source");
        seed = Files.readString(source.resolve("seed-pt.txt"), StandardCharsets.UTF_8);
        corrections = readCorrections(source.resolve("corrections.yaml"));
        String corrected = seed;
        for (Correction correction : corrections) {
            corrected = corrected.replace(correction.from(), correction.to());
        }
        lines = new LinkedHashMap<>();
        String[] all = corrected.split("\\R");
        for (int i = 0; i < all.length; i++) {
            String trimmed = all[i].trim();
            if (!trimmed.isEmpty() && !DASHES.matcher(trimmed).matches()) {
                lines.put(i + 1, all[i]);
            }
        }

        pageTexts = new ArrayList<>();
        headings = new LinkedHashSet<>();
        hrefs = new LinkedHashSet<>();
        for (String page : site.pagesIn(site.source())) {
            Document doc = site.doc(page);
            for (Element heading : doc.select("h1, h2, h3")) {
                headings.add(BakedSite.headingText(heading));
            }
            for (Element a : doc.select("a[href]")) {
                hrefs.add(a.attr("href"));
            }
            StringBuilder text = new StringBuilder();
            for (Element article : doc.select("article")) {
                if (article.parents().stream().anyMatch(e -> e.tagName().equals("article"))) {
                    continue;
                }
                Element copy = article.clone();
                copy.select("a.cite, sup:has(a.footnote-ref), a.footnote-ref, .anchor").remove();
                text.append(copy.text()).append(' ');
            }
            pageTexts.add(normalise(text.toString()));
        }
    }

    private static List<Correction> readCorrections(Path file) {
        Object loaded = BakedSite.yaml(file);
        List<Correction> corrections = new ArrayList<>();
        if (loaded instanceof Map<?, ?> map && map.get("corrections") instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> entry = (Map<?, ?>) item;
                corrections.add(new Correction(String.valueOf(entry.get("from")), entry.get("to") == null ? "" : String.valueOf(entry.get("to"))));
            }
        }
        return corrections;
    }

    /** Typographic quotes, apostrophes and dashes to ASCII, whitespace collapsed. */
    static String normalise(String text) {
        return collapse(text
                .replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u2013', '-').replace('\u2014', '-'));
    }

    private boolean onAPortuguesePage(String sentence) {
        String wanted = normalise(sentence);
        return pageTexts.stream().anyMatch(text -> text.contains(wanted));
    }

    @Test
    void everySentenceOfTheSourceTextIsOnThePortuguesePages() {
        List<String> failures = new ArrayList<>();
        int sentences = 0;
        for (Map.Entry<Integer, String> line : lines.entrySet()) {
            int lineNumber = line.getKey();
            String trimmed = line.getValue().trim();
            if (trimmed.startsWith("# ")) {
                String heading = collapse(trimmed.substring(2));
                if (!headings.contains(heading)) {
                    failures.add("seed-pt.txt line " + lineNumber + ": heading \"" + heading + "\" is no h1/h2/h3 of a " + site.source().code() + " page (headings: " + headings + ")");
                }
                continue;
            }
            if (BARE_URL.matcher(trimmed).matches()) {
                if (!hrefs.contains(trimmed)) {
                    failures.add("seed-pt.txt line " + lineNumber + ": URL " + trimmed + " is the href of no <a> on a " + site.source().code() + " page");
                }
                continue;
            }
            String body = ENUMERATOR.matcher(trimmed).replaceFirst("");
            for (String part : SENTENCE_END.split(body)) {
                String sentence = collapse(part);
                if (sentence.isEmpty()) {
                    continue;
                }
                sentences++;
                if (!onAPortuguesePage(sentence)) {
                    failures.add("seed-pt.txt line " + lineNumber + ": sentence not found on any "
                            + site.source().code() + " page: \"" + sentence + "\"");
                }
            }
        }
        assertTrue(sentences >= MIN_SENTENCES, "only " + sentences + " sentences checked, expected at least " + MIN_SENTENCES
                + ": is data/source/seed-pt.txt complete?");
        assertNoFailures("sentences of data/source/seed-pt.txt missing from the site", failures);
    }

    @Test
    void everyCorrectionAppliesToTheSourceText() {
        List<String> failures = new ArrayList<>();
        assertFalse(corrections.isEmpty(), "data/source/corrections.yaml has no corrections");
        String text = seed;
        for (Correction correction : corrections) {
            if (!text.contains(correction.from())) {
                failures.add("correction \"" + correction.from() + "\" -> \"" + correction.to()
                        + "\" matches nothing in seed-pt.txt at its turn: stale or out of order");
            }
            text = text.replace(correction.from(), correction.to());
        }
        assertNoFailures("corrections that do not apply", failures);
    }

    @Test
    void aMadeUpSentenceIsNotFound() {
        assertFalse(pageTexts.isEmpty(), "no " + site.source().code() + " page text read");
        String invented = "O Python é sempre dez vezes mais rápido que o Node.js em qualquer servidor.";
        assertFalse(onAPortuguesePage(invented), "the made-up sentence was found, so the check cannot fail: \"" + invented + "\"");
        // nor is a real sentence with a word changed
        String altered = "Não é coincidência que empresas como LinkedIn, Netflix ou Twitter estejam migrando para o Python.";
        assertFalse(onAPortuguesePage(altered), "an altered sentence was found: \"" + altered + "\"");
        // while the real one is
        String real = "Não é coincidência que empresas como LinkedIn, Netflix ou Twitter estejam migrando para o Node.js.";
        assertTrue(onAPortuguesePage(real), "a sentence the pages do contain was not found: \"" + real + "\"");
    }
}
