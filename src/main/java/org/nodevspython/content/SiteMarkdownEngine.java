package org.nodevspython.content;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.MarkupEngine;
import org.nodevspython.i18n.Localization;
import org.nodevspython.problems.Problems;

/**
 * The project's Markdown engine, registered with JBake for {@code .md} in place of the
 * built-in one: YAML front matter, full flexmark, and strict checks. Where the built-in
 * engine skips a page with a bad header and lets the build succeed, this one records every
 * problem, and the build fails once the crawl is over with all of them.
 * Each parsed page is kept (by path below the content folder) for the site-wide steps.
 */
public final class SiteMarkdownEngine extends MarkupEngine {

    private final Path contentDir;
    private final Localization localization;
    private final PageParser parser;
    private final Problems problems;
    private final Map<String, Page> pages = new TreeMap<>();

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
        Path path = file.toPath().toAbsolutePath().normalize();
        String sourcePath = contentDir.relativize(path).toString().replace(File.separatorChar, '/');
        Optional<Page> page = SourceText.read(path, problems)
                .flatMap(text -> FrontMatter.split(text, path, problems))
                .flatMap(split -> FrontMatter.parse(split, path, localization, problems)
                        .flatMap(frontMatter -> parser.parse(path, sourcePath, frontMatter, split)));
        if (page.isEmpty()) {
            // JBake skips a null document; the reason is in the problems and fails the build later
            return null;
        }
        pages.put(sourcePath, page.get());
        FrontMatter frontMatter = page.get().frontMatter();
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setTitle(frontMatter.title());
        document.setType(frontMatter.type());
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
