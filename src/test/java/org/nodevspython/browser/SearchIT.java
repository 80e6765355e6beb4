package org.nodevspython.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.nodevspython.browser.SiteFiles.assertNoFailures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The search of site.js on the baked pages (a copy of target/site opened from file://), over an
 * index made for the test ({@code search-index.js} replaced): texts whose folded form (accents and
 * case removed) is shorter or longer than the text itself, and counts of one and of several results.
 *
 * <ul>
 *   <li>The result count agrees with its number in both languages: "1 resultado", "3 resultados",
 *       "1 result", "3 results" (the words from data/i18n.yaml).</li>
 *   <li>The highlighted part of a result is the word found, in the text as written, also after
 *       characters that fold to fewer characters (an accent written as a combining mark, as text
 *       copied from some systems is) or to more (a Hangul syllable decomposes into its letters).</li>
 * </ul>
 */
class SearchIT {

    /** "inicialização" with its accents as combining marks (NFD): 15 UTF-16 units, folded to 13. */
    private static final String DECOMPOSED = "inicializac\u0327a\u0303o";

    /**
     * The test's index, in the format of the baked search-index.js (l language, u address, p page,
     * s section, t text), in JavaScript escapes. "servidor" is in three entries, "rarissimo" in one.
     */
    private static final String INDEX = "window.SEARCH_INDEX=[\n"
            + "{\"l\":\"pt-BR\",\"u\":\"nodejs.html#scalability\",\"p\":\"Node.js\",\"s\":\"Escalabilidade\","
            + "\"t\":\"A inicializac\\u0327a\\u0303o e a configurac\\u0327a\\u0303o ve\\u0302m antes da escalabilidade do servidor.\"},\n"
            + "{\"l\":\"pt-BR\",\"u\":\"python.html#scalability\",\"p\":\"Python\",\"s\":\"Escalabilidade\","
            + "\"t\":\"Em coreano, \\ud55c\\uad6d\\uc5b4 \\ud14d\\uc2a4\\ud2b8 vem antes da escalabilidade do servidor.\"},\n"
            + "{\"l\":\"en\",\"u\":\"en/nodejs.html#scalability\",\"p\":\"Node.js\",\"s\":\"Scalability\","
            + "\"t\":\"Um rar\\u00edssimo servidor, em outra l\\u00edngua.\"}\n"
            + "];\n";

    @TempDir
    static Path copy;

    private static Browser browser;

    @BeforeAll
    static void copyTheSiteWithTheTestIndex() throws IOException {
        Path site = SiteFiles.siteDir();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(site.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertTrue(Files.isRegularFile(copy.resolve("search-index.js")), "the baked site has no search-index.js");
        Files.writeString(copy.resolve("search-index.js"), INDEX, StandardCharsets.UTF_8);
        browser = Browser.start();
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String url(String page) {
        return copy.resolve(page).toUri().toString();
    }

    /** Searches on a page; returns the status once it gives a count (or says nothing was found). */
    private static String search(String page, String query) {
        browser.open(url(page));
        WebElement input = browser.find("#search-input");
        input.click();
        input.sendKeys(query);
        WebElement status = browser.find("#search-status");
        try {
            browser.waiter().until(d -> query.equals(input.getDomProperty("value"))
                    && (status.getDomProperty("textContent").matches("\\d+ .*") || !browser.findAll("#search-results:not([hidden]) li").isEmpty()));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("searching '" + query + "' on " + page + " gives no count; status: '" + status.getDomProperty("textContent") + "'");
        }
        return status.getDomProperty("textContent");
    }

    @Test
    void theResultCountAgreesWithItsNumberInBothLanguages() {
        List<String> failures = new ArrayList<>();
        for (String[] page : List.of(new String[] {"index.html", "pt-BR"}, new String[] {"en/index.html", "en"})) {
            String one = "1 " + SiteFiles.ui("search_result", page[1]);
            String three = "3 " + SiteFiles.ui("search_results", page[1]);
            String shown = search(page[0], "rarissimo");
            if (!shown.equals(one)) {
                failures.add(page[0] + ": one result is counted '" + shown + "', expected '" + one + "'");
            }
            shown = search(page[0], "servidor");
            if (!shown.equals(three)) {
                failures.add(page[0] + ": three results are counted '" + shown + "', expected '" + three + "'");
            }
        }
        assertNoFailures("result counts", failures);
    }

    @Test
    void theHighlightIsTheWordFoundInTheTextAsWritten() {
        List<String> failures = new ArrayList<>();
        // after "inicialização" and "configuração" written with combining accents (the folded text is 4 shorter),
        // and after Korean (each syllable folds to 2 or 3 letters: the folded text is 8 longer)
        checkMarks("escalab", List.of("escalab", "escalab"), failures);
        // the word itself folds shorter: the mark covers it whole, accents included
        checkMarks("inicializacao", List.of(DECOMPOSED), failures);
        checkMarks("vem", List.of("ve\u0302m", "vem"), failures);
        assertNoFailures("highlighted parts of the search results", failures);
    }

    private static void checkMarks(String query, List<String> expected, List<String> failures) {
        search("index.html", query);
        List<String> marks = new ArrayList<>();
        for (WebElement result : browser.findAll("#search-results a")) {
            List<WebElement> mark = result.findElements(By.tagName("mark"));
            marks.add(mark.isEmpty() ? "(no mark)" : mark.get(0).getDomProperty("textContent"));
        }
        if (!marks.equals(expected)) {
            failures.add("'" + query + "': highlighted " + escaped(marks) + ", expected " + escaped(expected) + "; results: "
                    + browser.findAll("#search-results a").stream().map(a -> a.getDomProperty("textContent")).toList());
        }
    }

    /** Strings with their non-ASCII characters as \\uXXXX, so that a combining mark can be seen in a message. */
    private static String escaped(List<String> strings) {
        List<String> out = new ArrayList<>();
        for (String s : strings) {
            StringBuilder b = new StringBuilder("\"");
            s.chars().forEach(c -> b.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
            out.add(b.append('"').toString());
        }
        return out.toString();
    }
}
