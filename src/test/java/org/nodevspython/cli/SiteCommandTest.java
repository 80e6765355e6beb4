package org.nodevspython.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.strict.Cli;
import org.nodevspython.strict.Fixture;

/** The command line prints each problem as {@code path:line:column: error: message (fix)} and exits with 1. */
class SiteCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsEveryProblemAsACompilerLine() {
        String page = "content/python.md";
        String link = "[escalabilidade do Node.js](nodejs-old.md)";
        Fixture f = Fixture.copyOfRealProject(tmp).replaceInFile(page, "[escalabilidade do Node.js](nodejs.md#scalability)", link);
        // not strict, whatever CI says: the edit also leaves the English page outdated, which is not the point here
        Cli.Run run = Cli.run("--source", f.root().toString(), "--output", "target/site", "--strict=false");
        assertEquals(1, run.code(), run.toString());
        String expected = page + ":" + f.lineOf(page, link) + ":" + f.columnOf(page, link)
                + ": error: the link 'nodejs-old.md' names a page that does not exist (content/nodejs-old.md)"
                + " (check the file name; links name the Markdown file, e.g. 'python.md')";
        assertTrue(run.err().lines().anyMatch(expected::equals), "expected the line\n" + expected + "\n" + run);
        assertTrue(run.err().contains("The site was not built: 1 error."), run.toString());
        assertTrue(!Files.exists(f.output()), "no site was written");
    }

    @Test
    void bakesTheRealSite() {
        Fixture f = Fixture.copyOfRealProject(tmp);
        Cli.Run run = Cli.run("--source", f.root().toString(), "--output", "target/site");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().startsWith("Baked "), run.toString());
        assertTrue(Files.isRegularFile(f.output().resolve("index.html")), "the site is in target/site");
    }
}
