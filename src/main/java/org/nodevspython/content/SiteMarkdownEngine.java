package org.nodevspython.content;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.MarkupEngine;
import org.nodevspython.i18n.Localization;
import org.nodevspython.rules.Problems;

/**
 * The project's Markdown engine, registered with JBake for {@code .md} in place of the
 * built-in one: YAML front matter, full flexmark, and strict checks. Where the built-in
 * engine skips a page with a bad header and lets the build succeed, this one records every
 * problem, and the build fails once every page is read, with all of them.
 * Each parsed page is kept (by path below the content folder) for the site-wide steps.
 * Pages are parsed on several threads at once: each parse keeps its problems to itself
 * until it is done.
 */
public final class SiteMarkdownEngine extends MarkupEngine {

    private final Path contentDir;
    private final Localization localization;
    private final PageParser parser;
    private final Problems problems;
    private final Map<String, Page> pages = new ConcurrentSkipListMap<>();

    public SiteMarkdownEngine(Path contentDir, Localization localization, PageParser parser, Problems problems) {
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.localization = localization;
        this.parser = parser;
        this.problems = problems;
    }

    /** The pages parsed so far, by path below the content folder ({@code en/nodejs.md}). */
    public Map<String, Page> pages() {
        return pages;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        return parse(file, null);
    }

    /**
     * Parses a page from the bytes of its file, read already (null: read it now); null when it cannot be a page
     * (the reason is in the problems).
     */
    DocumentModel parse(File file, byte[] bytes) {
        Path path = file.toPath().toAbsolutePath().normalize();
        String sourcePath = contentDir.relativize(path).toString().replace(File.separatorChar, '/');
        // a page's own problems decide whether it can be used; other pages' problems must not
        Problems own = problems.empty();
        Optional<Page> page = (bytes == null ? SourceText.read(path, own) : SourceText.decode(path, bytes, own))
                .flatMap(text -> FrontMatter.split(text, path, own))
                .flatMap(split -> FrontMatter.parse(split, path, localization, own)
                        .flatMap(frontMatter -> parser.parse(path, sourcePath, frontMatter, split, own)));
        problems.addAll(own);
        if (page.isEmpty()) {
            // JBake skips a null document; the reason is in the problems and fails the build later
            return null;
        }
        pages.put(sourcePath, page.get());
        FrontMatter frontMatter = page.get().frontMatter();
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setTitle(frontMatter.title());
        document.setType(frontMatter.type().key());
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        document.setTags(new String[0]);
        document.put("lang", frontMatter.lang());
        document.put("key", frontMatter.key());
        document.put("order", frontMatter.order());
        document.put("description", frontMatter.description());
        document.put("sourcePath", sourcePath);
        return document;
    }
}
