package org.nodevspython.content;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jbake.app.FileUtil;
import org.jbake.app.Parser;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.nodevspython.config.Sources;
import org.nodevspython.rules.Problems;
import org.nodevspython.store.MemoryContentStore;

/**
 * Reads every page of the content folder, each file once, on every core: JBake's parser hands
 * each file to the markup engine of its extension (the project's Markdown engine for {@code .md},
 * a refusal for JBake's other page formats), and each parsed page becomes a JBake document with
 * the attributes JBake's own crawler gives it ({@code uri}, {@code rootpath}, …). JBake's
 * crawler is not used: it reads one file after the other.
 */
public final class ReadPages {

    private final Sources sources;
    private final Set<String> reservedIds;

    /** @param reservedIds the ids the templates give the site's own elements, which no section may take */
    public ReadPages(Sources sources, Set<String> reservedIds) {
        this.sources = sources;
        this.reservedIds = reservedIds;
    }

    public Site read(Problems problems) {
        File contentFolder = sources.config().contentFolder().toFile();
        SiteMarkdownEngine markdown = new SiteMarkdownEngine(contentFolder.toPath(), sources.localization(),
                new PageParser(MarkdownSyntax.parser(), sources.references(), reservedIds), problems);
        UnsupportedPageEngine unsupported = new UnsupportedPageEngine(problems);
        for (String extension : List.copyOf(Engines.getRecognizedExtensions())) {
            Engines.register(extension, unsupported);
        }
        Engines.register("md", markdown);
        List<File> files = new ArrayList<>();
        list(contentFolder, files);
        Parser parser = new Parser(sources.config().jbake());
        // the engines keep nothing between files (each page's problems are its own): one file per task
        List<DocumentModel> parsed = files.parallelStream().map(parser::processFile).toList();
        MemoryContentStore store = new MemoryContentStore();
        Map<String, DocumentModel> documents = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            DocumentModel document = parsed.get(i);
            if (document != null) {
                describe(document, markdown.pages().get((String) document.get("sourcePath")), files.get(i));
                store.addDocument(document);
                documents.put((String) document.get("sourcePath"), document);
            }
        }
        return new Site(new SiteIndex(markdown.pages(), sources.localization().codes()), documents, store);
    }

    /** The files JBake would crawl, in its order: every folder's entries sorted by name, hidden ones left out. */
    private void list(File folder, List<File> files) {
        File[] entries = folder.listFiles(FileUtil.getFileFilter(sources.config().jbake()));
        if (entries == null) {
            return;
        }
        java.util.Arrays.sort(entries);
        for (File entry : entries) {
            if (entry.isFile()) {
                files.add(entry);
            } else if (entry.isDirectory()) {
                list(entry, files);
            }
        }
    }

    /** What JBake's crawler adds to a parsed document. */
    private void describe(DocumentModel document, Page page, File file) {
        String uri = page.outputPath();
        document.setRootPath(FileUtil.getUriPathToContentRoot(sources.config().jbake(), file));
        document.setRendered(false);
        document.setFile(file.getPath());
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setCached(true);
    }
}
