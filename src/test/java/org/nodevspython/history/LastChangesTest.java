package org.nodevspython.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nodevspython.history.TestGit.commit;
import static org.nodevspython.history.TestGit.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last commit date of each file, read from a real temporary git repository. */
class LastChangesTest {

    @TempDir
    Path tmp;

    private Path write(String path, String text) throws IOException {
        Path file = tmp.resolve("project").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path project() {
        return tmp.resolve("project");
    }

    private LastChanges changes() {
        return LastChanges.of(project(), project().resolve("content"));
    }

    @Test
    void eachFileHasTheDateOfTheLastCommitThatChangedIt() throws IOException {
        write("content/a.md", "a\n");
        write("content/en/b.md", "b\n");
        git(project(), null, "init", "-q");
        commit(project(), "2026-10-01T10:00:00Z", "first");
        write("content/a.md", "a, changed\n");
        write("README.md", "outside the folder\n");
        commit(project(), "2026-11-15T23:30:00Z", "second");
        LastChanges changes = changes();
        assertEquals(Optional.of("2026-11-15"), changes.of("content/a.md"));
        assertEquals(Optional.of("2026-10-01"), changes.of("content/en/b.md"));
        assertEquals(Optional.empty(), changes.of("README.md"), "only the folder asked for is read");
    }

    /** The commit's date, not the working copy's: the same commit always gives the same site. */
    @Test
    void aChangeNotCommittedKeepsTheLastCommitsDateAndANewFileHasNone() throws IOException {
        write("content/a.md", "a\n");
        git(project(), null, "init", "-q");
        commit(project(), "2026-10-01T10:00:00Z", "first");
        write("content/a.md", "edited, not committed\n");
        write("content/new.md", "new\n");
        assertEquals(Optional.of("2026-10-01"), changes().of("content/a.md"));
        assertEquals(Optional.empty(), changes().of("content/new.md"));
    }

    @Test
    void aRenamedFileIsDatedByItsRename() throws IOException {
        write("content/old.md", "text\n");
        git(project(), null, "init", "-q");
        commit(project(), "2026-10-01T10:00:00Z", "first");
        git(project(), null, "mv", "content/old.md", "content/new.md");
        commit(project(), "2026-10-20T10:00:00Z", "rename");
        assertEquals(Optional.of("2026-10-20"), changes().of("content/new.md"));
        assertEquals(Optional.of("2026-10-20"), changes().of("content/old.md"), "the old name's last change is its removal");
    }

    /** The project in a subfolder of the repository: paths are still the project's own. */
    @Test
    void aProjectInsideALargerRepository() throws IOException {
        Path repository = tmp;
        write("content/a.md", "a\n");
        git(repository, null, "init", "-q");
        commit(repository, "2026-09-09T10:00:00Z", "first");
        assertEquals(Optional.of("2026-09-09"), changes().of("content/a.md"));
    }

    @Test
    void outsideACheckoutNothingIsDated() throws IOException {
        write("content/a.md", "a\n");
        assertEquals(Optional.empty(), changes().of("content/a.md"));
    }

    /**
     * A shallow clone's oldest commit holds every file as if just added: the files changed only there are left undated
     * rather than dated too recently; those changed since have their real date.
     */
    @Test
    void aShallowCloneDatesOnlyWhatChangedInsideIt() throws IOException {
        Path full = project();
        write("content/a.md", "a\n");
        write("content/b.md", "b\n");
        git(full, null, "init", "-q");
        commit(full, "2026-01-01T10:00:00Z", "first");
        write("content/c.md", "c\n");
        commit(full, "2026-02-01T10:00:00Z", "second");
        write("content/a.md", "a, changed\n");
        commit(full, "2026-03-01T10:00:00Z", "third");
        Path shallow = tmp.resolve("shallow");
        git(tmp, null, "-c", "protocol.file.allow=always", "clone", "-q", "--depth", "2", "file://" + full, shallow.toString());
        LastChanges changes = LastChanges.of(shallow, shallow.resolve("content"));
        assertEquals(Optional.of("2026-03-01"), changes.of("content/a.md"));
        assertEquals(Optional.empty(), changes.of("content/b.md"), "last changed before the clone's history begins");
        assertEquals(Optional.empty(), changes.of("content/c.md"), "added in the boundary commit: its parent is not there to tell");
    }
}
