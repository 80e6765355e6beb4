package org.nodevspython.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.nodevspython.strict.Fixture;

/** The registry of rules is the one list: the README shows it, the code reports from it, and a test feeds each. */
class RuleRegistryTest {

    private static final Path PROJECT = Fixture.realProject();

    @Test
    void theReadmeShowsExactlyTheRegistry() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
        assertEquals(RuleTable.intoReadme(readme), readme,
                "README.md's tables of rules differ from the registry: run ./mvnw -q compile exec:java -Dexec.args=\"rules --write-readme\"");
    }

    @Test
    void everyRuleIsReportedByTheCode() {
        String main = sources(PROJECT.resolve("src/main/java"));
        List<String> unused = Arrays.stream(Rule.values()).map(Enum::name)
                .filter(name -> !main.contains("Rule." + name)).toList();
        assertEquals(List.of(), unused, "rules of the registry that no check reports");
    }

    /** Each rule has a test that feeds the bad input: a test names the rule, or expects its message. */
    @Test
    void everyRuleHasATest() {
        String tests = sources(PROJECT.resolve("src/test/java")).replace(sources(PROJECT.resolve("src/test/java/org/nodevspython/rules")), "");
        List<String> untested = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            String fragment = longestLiteral(rule);
            if (!tests.contains("Rule." + rule.name()) && !tests.contains(fragment)) {
                untested.add(rule.id() + " (" + fragment + ")");
            }
        }
        assertEquals(List.of(), untested, "rules that no test feeds");
    }

    @Test
    void idsAndMessagesAreUnique() {
        assertEquals(Rule.values().length, Arrays.stream(Rule.values()).map(Rule::id).distinct().count());
        for (Rule rule : Rule.values()) {
            assertTrue(longestLiteral(rule).length() >= 8, "too little fixed text to recognise " + rule.id());
        }
    }

    /** The longest part of a rule's message without a placeholder: what a test expecting it must contain. */
    static String longestLiteral(Rule rule) {
        return Arrays.stream(rule.messagePattern().split("…")).map(String::strip).max(Comparator.comparingInt(String::length))
                .orElseThrow();
    }

    private static String sources(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            fail(e);
            return "";
        }
    }
}
