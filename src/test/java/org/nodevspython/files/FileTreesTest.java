package org.nodevspython.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one way the build deletes a folder: everything below it, deepest first; nothing when it is
 * not there; and a symbolic link inside it (to a file or a folder outside) is deleted itself, never
 * what it points to.
 */
class FileTreesTest {

    @TempDir
    Path tmp;

    private Path tree() throws IOException {
        Path tree = Files.createDirectories(tmp.resolve("site/en/img"));
        Files.writeString(tmp.resolve("site/index.html"), "pt");
        Files.writeString(tmp.resolve("site/en/index.html"), "en");
        Files.write(tmp.resolve("site/en/img/chart.png"), new byte[] {1, 2});
        Files.createDirectories(tmp.resolve("site/empty"));
        return tree.getParent().getParent();
    }

    @Test
    void deletesTheFolderAndEverythingBelowIt() throws IOException {
        Path site = tree();
        Files.writeString(tmp.resolve("site.txt"), "next to it");
        FileTrees.delete(site);
        assertFalse(Files.exists(site, LinkOption.NOFOLLOW_LINKS));
        assertEquals("next to it", Files.readString(tmp.resolve("site.txt")), "what is next to the folder stays");
    }

    @Test
    void aFolderThatIsNotThereIsNothingToDo() {
        FileTrees.delete(tmp.resolve("missing"));
        assertTrue(Files.isDirectory(tmp));
    }

    @Test
    void aLinkToAFileOutsideIsDeletedNotTheFile() throws IOException {
        Path site = tree();
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "keep me");
        Files.createSymbolicLink(site.resolve("en/secret.txt"), outside);
        FileTrees.delete(site);
        assertFalse(Files.exists(site, LinkOption.NOFOLLOW_LINKS));
        assertEquals("keep me", Files.readString(outside));
    }

    @Test
    void aLinkToAFolderOutsideIsNotFollowed() throws IOException {
        Path site = tree();
        Path outside = Files.createDirectories(tmp.resolve("home/docs"));
        Files.writeString(outside.resolve("notes.txt"), "keep me too");
        Files.createSymbolicLink(site.resolve("docs"), outside);
        FileTrees.delete(site);
        assertFalse(Files.exists(site, LinkOption.NOFOLLOW_LINKS));
        assertEquals("keep me too", Files.readString(outside.resolve("notes.txt")));
    }

    @Test
    void aFolderThatIsItselfALinkLosesTheLinkOnly() throws IOException {
        Path real = tree();
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        FileTrees.delete(link);
        assertFalse(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
        assertEquals("pt", Files.readString(real.resolve("index.html")));
    }

    @Test
    void aBrokenLinkIsDeletedToo() throws IOException {
        Path site = tree();
        Files.createSymbolicLink(site.resolve("dangling"), tmp.resolve("nothing-here"));
        FileTrees.delete(site);
        assertFalse(Files.exists(site, LinkOption.NOFOLLOW_LINKS));
    }
}
