package org.nodevspython.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nodevspython.strict.Fixture;

/**
 * The table of rules: one Markdown table per stage in the order of the stages, one row per rule
 * in the order of the registry within its stage; written into a README between its marks (and only there), an error
 * without them; and the real README holds exactly this table.
 */
class RuleTableTest {

    private static final String HEAD = "| rule | checks that | you see | what to do |\n|---|---|---|---|\n";

    @Test
    void oneTablePerStageInOrder() {
        String markdown = RuleTable.markdown();
        List<String> titles = markdown.lines().filter(l -> l.startsWith("**")).toList();
        assertEquals(Arrays.stream(Rule.Stage.values()).map(s -> "**" + Character.toUpperCase(s.title().charAt(0)) + s.title().substring(1) + "**")
                .toList(), titles);
        assertTrue(markdown.startsWith("**The project's folders and jbake.properties**\n\n" + HEAD), markdown);
        assertEquals(Rule.Stage.values().length, markdown.split(java.util.regex.Pattern.quote(HEAD), -1).length - 1);
        assertTrue(markdown.endsWith(" |\n") && !markdown.endsWith("\n\n"), "one line break at the end");
    }

    @Test
    void oneRowPerRuleInTheOrderOfTheRegistryWithinItsStage() {
        List<String> rows = RuleTable.markdown().lines().filter(l -> l.startsWith("| `")).toList();
        assertEquals(Arrays.stream(Rule.Stage.values()).flatMap(stage -> Arrays.stream(Rule.values()).filter(r -> r.stage() == stage))
                        .map(r -> "| `" + r.id() + "` |").toList(),
                rows.stream().map(r -> r.substring(0, r.indexOf("` |") + 3)).toList());
        assertTrue(rows.contains("| `link-invalid` | a link's address is a valid address | `the … address '…' is not a valid address`"
                + " | escape spaces as %20 |"), rows.toString());
        assertTrue(rows.contains("| `yaml-key-missing` | required keys are given | `the required key '…' is missing`"
                + " | as the message says for that key |"), rows.toString());
    }

    @Test
    void aBacktickInAMessageCannotEndItsCodeSpan() {
        for (String row : RuleTable.markdown().lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = row.split(" \\| ");
            assertEquals(4, cells.length, "four cells, no stray pipe: " + row);
            String message = cells[2];
            assertTrue(message.startsWith("`") && message.endsWith("`") && message.chars().filter(c -> c == '`').count() == 2, row);
        }
    }

    @Test
    void intoReadmeReplacesWhatIsBetweenTheMarks() {
        String readme = "# Project\n\nBefore.\n\n" + RuleTable.START + "\nan old table\n" + RuleTable.END + "\n\nAfter.\n";
        String written = RuleTable.intoReadme(readme);
        assertEquals("# Project\n\nBefore.\n\n" + RuleTable.START + "\n" + RuleTable.markdown() + RuleTable.END + "\n\nAfter.\n", written);
        assertEquals(written, RuleTable.intoReadme(written), "writing twice changes nothing");
    }

    @Test
    void aReadmeWithoutTheMarksIsAnError() {
        for (String readme : List.of("# Project\n", RuleTable.START + "\n", "x\n" + RuleTable.END + "\n",
                RuleTable.END + "\n" + RuleTable.START + "\n")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> RuleTable.intoReadme(readme), readme);
            assertEquals("README.md has no lines " + RuleTable.START + " and " + RuleTable.END + " to write the rules between",
                    error.getMessage());
        }
    }

    @Test
    void theTextMarksTheRulesThatAreWarnings() {
        String text = RuleTable.text();
        assertTrue(text.contains("  translation-behind (warning)\n"), text);
        assertTrue(text.contains("  link-invalid\n      checks that a link's address is a valid address\n"
                + "      error:      the … address '…' is not a valid address\n      fix:        escape spaces as %20\n"), text);
        assertEquals(List.of("page-not-translated", "section-not-translated", "translation-behind", "translation-never-marked"),
                text.lines().filter(l -> l.endsWith(" (warning)")).map(l -> l.strip().replace(" (warning)", "")).toList());
        assertEquals(List.of("  history-shallow (always a warning)"), text.lines().filter(l -> l.endsWith("(always a warning)")).toList());
    }

    @Test
    void theReadmeHoldsTheTable() throws IOException {
        String readme = Files.readString(Fixture.realProject().resolve("README.md"), StandardCharsets.UTF_8);
        assertEquals(RuleTable.intoReadme(readme), readme, "run: ./mvnw -q compile exec:java -Dexec.args=\"rules --write-readme\"");
    }
}
