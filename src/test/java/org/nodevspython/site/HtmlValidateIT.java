package org.nodevspython.site;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * html-validate (the npm package, pinned in package.json and package-lock.json, installed by
 * {@code ./mvnw verify} with {@code npm ci}) with the project's {@code .htmlvalidate.json} (the
 * {@code html-validate:recommended} preset) finds nothing in any generated HTML file: the pages,
 * the books and the "not found" pages. A self-test runs the same command on small pages that break
 * the rules the site once broke, so the check cannot pass by checking nothing.
 */
class HtmlValidateIT {

    private final BakedSite site = BakedSite.get();

    /** One run of html-validate: its exit code and what it printed. */
    private record Run(int exitCode, String output) {
    }

    private Run htmlValidate(List<Path> files) throws IOException, InterruptedException {
        Path project = site.project();
        Path cli = project.resolve("node_modules/.bin/html-validate");
        Path config = project.resolve(".htmlvalidate.json");
        if (!Files.isExecutable(cli)) {
            fail(cli + " is not installed: ./mvnw verify installs it (npm ci, which needs Node.js and npm: apt-get install nodejs npm);"
                    + " or run npm ci --no-audit --no-fund in " + project);
        }
        assertTrue(Files.isRegularFile(config), "no " + config);
        List<String> command = new ArrayList<>(List.of(cli.toString(), "--config", config.toString(), "--formatter", "text"));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("html-validate did not finish in 120 s");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8).strip());
    }

    @Test
    void everyGeneratedHtmlFileHasNoFinding() throws IOException, InterruptedException {
        List<Path> files = BakedSite.listPages(site.root()).stream().map(site.root()::resolve).toList();
        assertTrue(files.size() > 10, "too few HTML files to check: " + files);
        Run run = htmlValidate(files);
        if (run.exitCode() != 0 || !run.output().isEmpty()) {
            fail("html-validate (html-validate:recommended, .htmlvalidate.json) on the " + files.size() + " HTML files of " + site.root()
                    + " exited with " + run.exitCode() + ":\n" + run.output().replace(site.root() + "/", ""));
        }
    }

    /** What the site's pages once had: each must be reported, or the check above would prove nothing. */
    @Test
    void selfTestFindsWhatTheSiteOnceHad(@TempDir Path dir) throws IOException, InterruptedException {
        String head = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Fixture</title>\n</head>\n<body>\n";
        String tail = "</body>\n</html>\n";
        Path form = Files.writeString(dir.resolve("form-without-submit.html"), head
                + "<form action=\"#\"><label for=\"q\">Search</label> <input id=\"q\" type=\"search\"></form>\n" + tail);
        Path landmarks = Files.writeString(dir.resolve("landmarks-with-one-name.html"), head
                + "<main><section aria-labelledby=\"a\"><h2 id=\"a\">Notes</h2></section>\n"
                + "<section aria-labelledby=\"b\"><h2 id=\"b\">Notes</h2></section></main>\n" + tail);
        Path role = Files.writeString(dir.resolve("role-of-a-native-element.html"), head
                + "<main><div role=\"region\" tabindex=\"0\" aria-label=\"Table\"><p>wide</p></div></main>\n" + tail);
        Run run = htmlValidate(List.of(form, landmarks, role));
        assertEquals(1, run.exitCode(), "html-validate should fail on the fixtures; it printed:\n" + run.output());
        List<String> missing = new ArrayList<>();
        for (String[] expected : List.of(new String[] {"form-without-submit.html", "wcag/h32"},
                new String[] {"landmarks-with-one-name.html", "unique-landmark"},
                new String[] {"role-of-a-native-element.html", "prefer-native-element"})) {
            boolean found = run.output().lines().anyMatch(line -> line.contains(expected[0]) && line.contains("[" + expected[1] + "]"));
            if (!found) {
                missing.add(expected[1] + " in " + expected[0]);
            }
        }
        assertTrue(missing.isEmpty(), "html-validate did not report " + missing + "; it printed:\n" + run.output());
    }
}
