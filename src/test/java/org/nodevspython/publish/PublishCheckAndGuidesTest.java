package org.nodevspython.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The files of the publishing workflow that are not Java: the end-to-end publishing check
 * (run by CI, too slow for a unit test), the pull-request checklist and the contributors'
 * guide, which must tell the commands the build really has.
 */
class PublishCheckAndGuidesTest {

    @Test
    void thePublishCheckRunsTheSiteLifecycleAndComparesEveryFolder() throws Exception {
        String script = Project.read(".ci/publish-check.sh");
        assertTrue(Files.isExecutable(Project.file(".ci/publish-check.sh")), "chmod +x .ci/publish-check.sh");
        assertTrue(script.contains("./mvnw -B -ntp -q -DskipTests site site:stage site-deploy -Dsite.deploy.url=\"file://"), script);
        assertTrue(script.contains("diff -r \"$tmp/package\" target/site"));
        assertTrue(script.contains("diff -r target/site target/staging"));
        assertTrue(script.contains("diff -r target/site \"$tmp/published\""));
        Process bash;
        try {
            bash = new ProcessBuilder("bash", "-n", Project.file(".ci/publish-check.sh").toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no bash here to check the script's syntax: " + e.getMessage());
            return;
        }
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash -n did not end");
        assertEquals(0, bash.exitValue(), "syntax: " + new String(bash.getInputStream().readAllBytes()));
    }

    @Test
    void thePullRequestChecklistCoversWhatTheBuildCannotCheck() {
        String template = Project.read(".github/pull_request_template.md");
        for (String item : List.of("One sentence per line", "same section ids", "[@key]", "translations --mark", "./mvnw verify",
                "preview")) {
            assertTrue(template.contains(item), "the checklist lacks: " + item);
        }
        assertTrue(template.lines().filter(l -> l.startsWith("- [ ] ")).count() >= 6, "one checkbox per item");
    }

    @Test
    void theGuideIsInPortugueseThenEnglishAndTellsTheRealCommands() {
        String guide = Project.read("CONTRIBUTING.md");
        int portuguese = guide.indexOf("<a id=\"pt\"></a>");
        int english = guide.indexOf("<a id=\"en\"></a>");
        assertTrue(portuguese > 0 && english > portuguese, "two halves with anchors, Portuguese first");
        for (String half : List.of(guide.substring(portuguese, english), guide.substring(english))) {
            for (String command : List.of("./mvnw -q compile exec:java -Dexec.args=\"preview\"", "--port", "--host",
                    "translations --mark", "./mvnw verify", "-Dsite.deploy.url=")) {
                assertTrue(half.contains(command), "a half of CONTRIBUTING.md does not tell: " + command);
            }
        }
    }
}
