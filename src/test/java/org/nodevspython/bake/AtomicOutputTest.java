package org.nodevspython.bake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.strict.Fixture;

/** A failed bake leaves the last good site exactly as it was; a good one replaces it whole. */
class AtomicOutputTest {

    private static final String PAGE = "content/nodejs.md";
    private static final String GOOD = "veja a nota sobre os 70%. [@netflix-techblog]";

    @TempDir
    Path tmp;

    @Test
    void aFailedBakeLeavesTheLastGoodSiteUntouched() throws Exception {
        Fixture f = Fixture.copyOfRealProject(tmp);
        Path site = f.output();
        Path staging = site.resolveSibling("site.staging");
        f.bakeSucceeds(false);
        Map<String, byte[]> good = Fixture.snapshot(site);
        assertTrue(good.containsKey("nodejs.html"), "the good bake: " + good.keySet());

        f.replaceInFile(PAGE, GOOD, "veja a nota sobre os 70%. [@netflx-techblog]");
        assertThrows(BuildFailedException.class, () -> new Bakery(f.root(), false).bake(site));
        Fixture.assertSameTree(good, Fixture.snapshot(site), "the site after a failed bake");
        assertFalse(Files.exists(staging), "the staging folder is left behind");
        assertFalse(Files.exists(site.resolveSibling("site.old")), "the previous site is left behind");

        // a template error fails later, after the pages were rendered into the staging folder
        f.replaceInFile(PAGE, "[@netflx-techblog]", "[@netflix-techblog]");
        f.replaceInFile("templates/page.ftl", "${content.body?no_esc}", "${content.body?no_esc}${content.nosuchfield}");
        assertThrows(BuildFailedException.class, () -> new Bakery(f.root(), false).bake(site));
        Fixture.assertSameTree(good, Fixture.snapshot(site), "the site after a failed rendering");
        assertFalse(Files.exists(staging), "the staging folder is left behind after a failed rendering");
        f.replaceInFile("templates/page.ftl", "${content.body?no_esc}${content.nosuchfield}", "${content.body?no_esc}");

        // fixed, and changed: the new site replaces the old one whole
        Files.writeString(site.resolve("stray.txt"), "not made by the bake", StandardCharsets.UTF_8);
        f.replaceInFile(PAGE, GOOD, "veja a nota sobre os setenta por cento. [@netflix-techblog]");
        f.bakeSucceeds(false);
        Map<String, byte[]> updated = Fixture.snapshot(site);
        assertTrue(new String(updated.get("nodejs.html"), StandardCharsets.UTF_8).contains("os setenta por cento."),
                "nodejs.html has the new text");
        assertNotEquals(new String(good.get("nodejs.html"), StandardCharsets.UTF_8),
                new String(updated.get("nodejs.html"), StandardCharsets.UTF_8));
        assertFalse(updated.containsKey("stray.txt"), "a file the bake did not make is gone");
        assertFalse(Files.exists(staging), "the staging folder is left behind after success");
        assertFalse(Files.exists(site.resolveSibling("site.old")), "the previous site is left behind after success");
    }
}
