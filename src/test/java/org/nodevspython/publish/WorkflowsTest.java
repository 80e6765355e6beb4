package org.nodevspython.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub workflows, read as YAML: CI runs .ci/run on every pull request and push to main
 * with Chromium installed; Pages publishes target/site after ./mvnw verify passed; every
 * action is pinned by its major version tag.
 */
class WorkflowsTest {

    private static final Pattern PINNED = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@v\\d+");

    @Test
    void ciRunsTheProjectsCiScriptOnPullRequestsAndPushesToMain() {
        Map<String, Object> ci = workflow("ci.yml");
        Map<String, Object> on = map(ci, "on");
        assertTrue(on.containsKey("pull_request"), "on: pull_request");
        assertTrue(list(map(on, "push"), "branches").contains("main"), "on: push: branches: [main]");
        List<Map<String, Object>> steps = steps(ci);
        Map<String, Object> java = step(steps, "actions/setup-java@");
        Map<String, Object> with = map(java, "with");
        assertEquals("temurin", with.get("distribution"));
        assertEquals("17", String.valueOf(with.get("java-version")));
        assertEquals("maven", with.get("cache"));
        assertNotNull(step(steps, "actions/checkout@"));
        int chromium = indexOfRun(steps, "sudo apt-get install -y chromium chromium-driver");
        int run = indexOfRun(steps, "bash .ci/run");
        assertTrue(steps.indexOf(java) < run && chromium < run, "set-up first, then .ci/run");
    }

    @Test
    void pagesPublishesTheSiteOnceTheBuildPassed() {
        Map<String, Object> pages = workflow("pages.yml");
        assertTrue(list(map(map(pages, "on"), "push"), "branches").contains("main"));
        Map<String, Object> permissions = map(pages, "permissions");
        assertEquals("write", permissions.get("pages"));
        assertEquals("write", permissions.get("id-token"));
        assertEquals("pages", map(pages, "concurrency").get("group"));
        List<Map<String, Object>> steps = steps(pages);
        int verify = indexOfRun(steps, "./mvnw -B -ntp verify");
        // a translation that lags is published with notices: the build that publishes is not strict
        assertFalse(String.valueOf(steps.get(verify)).contains("strict"), "the publishing build is not strict: " + steps.get(verify));
        Map<String, Object> upload = step(steps, "actions/upload-pages-artifact@");
        assertEquals("target/site", map(upload, "with").get("path"));
        assertTrue(steps.indexOf(upload) > verify, "upload after the build passed");
        assertNotNull(step(steps, "actions/deploy-pages@"));
    }

    /** The dates of the notices and the translator's diffs need the whole history, which a default checkout lacks. */
    @Test
    void everyCheckoutFetchesTheWholeHistory() throws IOException {
        try (Stream<Path> files = Files.list(Project.dir().resolve(".github/workflows"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                for (Map<String, Object> step : steps(workflow(file.getFileName().toString()))) {
                    if (step.get("uses") instanceof String uses && uses.startsWith("actions/checkout@")) {
                        assertEquals("0", String.valueOf(map(step, "with").get("fetch-depth")), file.getFileName() + ": fetch-depth: 0");
                    }
                }
            }
        }
    }

    @Test
    void everyActionIsPinnedByItsMajorVersionTag() throws IOException {
        try (Stream<Path> files = Files.list(Project.dir().resolve(".github/workflows"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                for (Map<String, Object> step : steps(workflow(file.getFileName().toString()))) {
                    if (step.get("uses") instanceof String uses) {
                        assertTrue(PINNED.matcher(uses).matches(), file.getFileName() + ": " + uses + " is not pinned as owner/name@vN");
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow(String name) {
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(Project.read(".github/workflows/" + name));
        assertTrue(yaml instanceof Map, name + " is not a YAML mapping");
        return (Map<String, Object>) yaml;
    }

    /** Every step of every job, in order. */
    private static List<Map<String, Object>> steps(Map<String, Object> workflow) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object job : map(workflow, "jobs").values()) {
            for (Object step : list(asMap(job), "steps")) {
                steps.add(asMap(step));
            }
        }
        return steps;
    }

    private static Map<String, Object> step(List<Map<String, Object>> steps, String usesPrefix) {
        return steps.stream().filter(s -> s.get("uses") instanceof String u && u.startsWith(usesPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + usesPrefix));
    }

    private static int indexOfRun(List<Map<String, Object>> steps, String command) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).get("run") instanceof String run && run.lines().anyMatch(l -> l.strip().equals(command))) {
                return i;
            }
        }
        throw new AssertionError("no step runs: " + command);
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertNotNull(value, "missing key: " + key);
        return asMap(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        assertTrue(value instanceof Map, "not a mapping: " + value);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof List, key + " is not a list: " + value);
        return (List<?>) value;
    }
}
