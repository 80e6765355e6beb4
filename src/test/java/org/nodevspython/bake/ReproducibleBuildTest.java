package org.nodevspython.bake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.strict.Fixture;

/** The same sources give the same site, byte for byte, whatever the folders and however often they are baked. */
class ReproducibleBuildTest {

    @TempDir
    Path tmp;

    @Test
    void bakesAreByteIdenticalWhateverTheFolders() {
        // one copy of the sources, so every bake reads the same files even if the project is being edited meanwhile
        Fixture project = Fixture.copyOfRealProject(tmp.resolve("project"));
        Path first = tmp.resolve("one/site");
        Path second = tmp.resolve("two/deeper/site");
        new Bakery(project.root(), false).bake(first);
        new Bakery(project.root(), false).bake(second);
        Map<String, byte[]> a = Fixture.snapshot(first);
        assertFalse(a.isEmpty(), "the bake wrote nothing");
        assertTrue(a.containsKey("index.html") && a.containsKey("en/index.html"), "both home pages: " + a.keySet());
        Fixture.assertSameTree(a, Fixture.snapshot(second), "a second bake into another folder");

        // the same sources in another project folder: no path of the machine leaks into the site
        Path elsewhere = tmp.resolve("somewhere/else/entirely");
        Fixture.copy(project.root(), elsewhere);
        Fixture.assertSameTree(Fixture.snapshot(project.root()), Fixture.snapshot(elsewhere), "the copy of the sources");
        new Bakery(elsewhere, false).bake(elsewhere.resolve("target/site"));
        Fixture.assertSameTree(a, Fixture.snapshot(elsewhere.resolve("target/site")), "a bake of the sources in another folder");
    }
}
