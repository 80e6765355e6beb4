package org.nodevspython.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.bake.RealSite;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Rule;
import org.nodevspython.strict.Fixture;

/**
 * The step "read pages" on a copy of the real project: every Markdown file becomes a page and a
 * JBake document with the attributes JBake's crawler gives it, kept in the content store; a file
 * that is not Markdown and a page with a mistake are reported, and the other pages are still read.
 */
class ReadPagesTest {

    @TempDir
    Path tmp;

    private static List<String> markdownFiles(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(f -> f.toString().endsWith(".md")).map(f -> content.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void everyMarkdownFileIsAPageAndADocument() throws IOException {
        RealSite real = RealSite.copy(tmp);
        assertEquals(List.of(), real.problems.errors());
        List<String> files = markdownFiles(real.project.path("content"));
        assertEquals(files, real.site.pages().all().stream().map(Page::sourcePath).toList());
        assertEquals(files, List.copyOf(new java.util.TreeSet<>(real.site.documents().keySet())));

        DocumentModel en = real.site.document(real.page("en/nodejs.md"));
        assertEquals("en/nodejs.html", en.getUri());
        assertEquals("../", en.getRootPath());
        assertEquals("en", en.get("lang"));
        assertEquals("nodejs", en.get("key"));
        assertEquals("Node.js", en.getTitle());
        assertEquals("page", en.getType());
        assertEquals("published", en.getStatus());
        DocumentModel pt = real.site.document(real.page("index.md"));
        assertEquals("", pt.getRootPath());
        assertEquals("home", pt.getType());
        assertEquals(files.size(), real.site.store().getAllContent("page").size() + real.site.store().getAllContent("home").size()
                + real.site.store().getAllContent("references").size() + real.site.store().getAllContent("error").size(),
                "every document is in the content store, under its type");
    }

    @Test
    void thePagesAreParsed() {
        RealSite real = RealSite.copy(tmp);
        Page nodejs = real.page("en/nodejs.md");
        assertEquals("en", nodejs.lang());
        assertTrue(nodejs.sections().stream().anyMatch(h -> "who-uses".equals(h.id())), nodejs.sections().toString());
        assertTrue(nodejs.links().stream().anyMatch(l -> l.url().equals("python.md#scalability")), nodejs.links().toString());
        assertTrue(nodejs.citations().stream().anyMatch(c -> c.key().equals("netflix-techblog")));
        assertEquals(real.page("nodejs.md").sectionHashes().keySet(), nodejs.sectionHashes().keySet(), "the same sections in both languages");
    }

    /**
     * Both mistakes in one run; then the step stops: checking the other pages against a site without the broken
     * one would only report its consequences ("names a page that does not exist").
     */
    @Test
    void aFileThatIsNotMarkdownAndABrokenPageAreReportedAndTheBakeStopsThere() {
        Fixture fixture = Fixture.copyOfRealProject(tmp)
                .write("content/extra.html", "<p>An extra page.</p>\n")
                .replaceLineStartingWith("content/en/python.md", "lang:", "lang: english");
        BuildFailedException failed = assertThrows(BuildFailedException.class, () -> RealSite.of(fixture));
        List<Problem> errors = failed.problems();
        assertEquals(List.of("content/en/python.md YAML_VALUE_NOT_ALLOWED", "content/extra.html NOT_MARKDOWN"),
                errors.stream().map(p -> p.path() + " " + p.rule()).toList());
        assertEquals(3, errors.get(0).line());
    }
}
