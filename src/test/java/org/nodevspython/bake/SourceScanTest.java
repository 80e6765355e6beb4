package org.nodevspython.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.config.Sources;
import org.nodevspython.content.ReadPages;
import org.nodevspython.rules.Problems;
import org.nodevspython.strict.Fixture;

/**
 * What the incremental preview reads of the sources to tell what changed: every page file's bytes, in the bake's
 * order, and one digest of everything else the bake reads, which changes with a template, an asset or a content
 * image but not with an editor's hidden file; a symbolic link is left to the full bake, which reports it.
 */
class SourceScanTest {

    @TempDir
    Path tmp;

    private Fixture project;
    private Sources sources;

    @BeforeEach
    void copy() {
        project = Fixture.copyOfRealProject(tmp.resolve("project"));
        sources = Sources.read(project.root(), project.output(), new Problems(project.root()));
    }

    private SourceScan scan() {
        return SourceScan.of(project.root(), sources.config(), new ReadPages(sources, Set.of()).files());
    }

    @Test
    void everyPageFileWithItsBytesInTheOrderTheBakeReadsThem() throws IOException {
        SourceScan scan = scan();
        assertEquals(new ReadPages(sources, Set.of()).files().size(), scan.pages().size());
        assertEquals("404.md", scan.pages().keySet().iterator().next());
        assertTrue(scan.pages().containsKey("en/nodejs.md"));
        assertArrayEquals(Files.readAllBytes(project.path("content/nodejs.md")), scan.pages().get("nodejs.md").bytes());
        assertFalse(scan.unusual());
    }

    @Test
    void aPageEditChangesThatPageOnly() {
        SourceScan before = scan();
        project.replaceInFile("content/nodejs.md", "\n# Node.js\n", "\n# Node.js\n\nNova frase.\n");
        SourceScan after = scan();
        assertEquals(before.others(), after.others(), "nothing else changed");
        assertFalse(after.pages().get("nodejs.md").same(before.pages().get("nodejs.md").bytes()));
        assertTrue(after.pages().get("python.md").same(before.pages().get("python.md").bytes()));
    }

    @Test
    void anyOtherSourceChangesTheDigest() {
        String digest = scan().others();
        for (String[] edit : List.of(new String[] {"templates/page.ftl", "<#-- changed -->\n"}, new String[] {"data/i18n.yaml", "\n"},
                new String[] {"assets/css/site.css", "/* changed */\n"}, new String[] {"jbake.properties", "\n"})) {
            project.write(edit[0], project.read(edit[0]) + edit[1]);
            String now = scan().others();
            assertNotEquals(digest, now, edit[0]);
            digest = now;
        }
        project.writeBytes("content/en/chart.png", new byte[] {1, 2, 3});
        assertNotEquals(digest, scan().others(), "an image of content/ is copied into the site");
    }

    @Test
    void anEditorsHiddenFileInContentChangesNothing() {
        String digest = scan().others();
        project.write("content/.nodejs.md.swp", "swap");
        project.write("assets/.DS_Store", "x");
        assertEquals(digest, scan().others());
        assertFalse(scan().pages().containsKey(".nodejs.md.swp"));
    }

    @Test
    void aSymbolicLinkIsLeftToTheFullBake() throws IOException {
        try {
            Files.createSymbolicLink(project.path("assets/elsewhere"), tmp);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links here
        }
        assertTrue(scan().unusual());
    }
}
