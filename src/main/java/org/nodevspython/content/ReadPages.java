package org.nodevspython.content;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jbake.app.FileUtil;
import org.jbake.app.Parser;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.nodevspython.config.Sources;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;
import org.nodevspython.store.MemoryContentStore;

/**
 * Reads every page of the content folder, each file once, on every core: JBake's parser hands
 * each file to the markup engine of its extension (the project's Markdown engine for {@code .md},
 * a refusal for JBake's other page formats), and each parsed page becomes a JBake document with
 * the attributes JBake's own crawler gives it ({@code uri}, {@code rootpath}, …). JBake's
 * crawler is not used: it reads one file after the other.
 */
public final class ReadPages {

    /** The files besides pages the content folder may hold: raster images, which can carry no script. */
    public static final List<String> IMAGES = List.of("png", "jpg", "jpeg", "gif", "webp", "avif");

    private final Sources sources;
    private final Set<String> reservedIds;

    /** @param reservedIds the ids the templates give the site's own elements, which no section may take */
    public ReadPages(Sources sources, Set<String> reservedIds) {
        this.sources = sources;
        this.reservedIds = reservedIds;
    }

    /** One page file read on its own ({@link #readOne}): the parsed page and its JBake document. */
    public record PageFile(Page page, DocumentModel document) {
    }

    public Site read(Problems problems) {
        File contentFolder = sources.config().contentFolder().toFile();
        SiteMarkdownEngine markdown = markdownEngine(problems);
        UnsupportedPageEngine unsupported = new UnsupportedPageEngine(problems);
        for (String extension : List.copyOf(Engines.getRecognizedExtensions())) {
            Engines.register(extension, unsupported);
        }
        Engines.register("md", markdown);
        List<File> files = files();
        refuseOtherFiles(contentFolder, problems);
        Parser parser = new Parser(sources.config().jbake());
        // the engines keep nothing between files (each page's problems are its own): one file per task
        List<DocumentModel> parsed = files.parallelStream().map(parser::processFile).toList();
        Map<String, PageFile> pages = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            DocumentModel document = parsed.get(i);
            if (document != null) {
                Page page = markdown.pages().get((String) document.get("sourcePath"));
                describe(document, page, files.get(i));
                pages.put(page.sourcePath(), new PageFile(page, document));
            }
        }
        if (pages.size() < files.size()) {
            // a file that could not be read as a page: checking the other pages against the site without it
            // would only add consequences of the same mistake ("names a page that does not exist", ...)
            throw new BuildFailedException(problems.all());
        }
        return assemble(pages);
    }

    /** The page files of the content folder, in the order {@link #read} reads them (JBake's). */
    public List<File> files() {
        List<File> files = new ArrayList<>();
        list(sources.config().contentFolder().toFile(), files);
        return files;
    }

    /** Reports the files of the content folder that are neither pages nor images, as {@link #read} does. */
    public void refuseOtherFiles(Problems problems) {
        refuseOtherFiles(sources.config().contentFolder().toFile(), problems);
    }

    /**
     * Reads one Markdown page from the bytes of its file, as {@link #read} reads each page: the incremental
     * preview reads again only the files that changed. Empty when it cannot be a page (the reason is in problems).
     */
    public Optional<PageFile> readOne(File file, byte[] bytes, Problems problems) {
        SiteMarkdownEngine markdown = markdownEngine(problems);
        DocumentModel document = markdown.parse(file, bytes);
        if (document == null) {
            return Optional.empty();
        }
        Page page = markdown.pages().get((String) document.get("sourcePath"));
        describe(document, page, file);
        return Optional.of(new PageFile(page, document));
    }

    /**
     * The site of the pages read, in the order read: the index (with a stand-in for each untranslated page), each
     * page's document and JBake's content store. The documents are used as they are: the bake then fills them.
     */
    public Site assemble(Map<String, PageFile> pages) {
        MemoryContentStore store = new MemoryContentStore();
        Map<String, DocumentModel> documents = new LinkedHashMap<>();
        Map<String, Page> bySource = new LinkedHashMap<>();
        for (PageFile file : pages.values()) {
            store.addDocument(file.document());
            documents.put(file.page().sourcePath(), file.document());
            bySource.put(file.page().sourcePath(), file.page());
        }
        Map<String, String> folders = new LinkedHashMap<>();
        sources.localization().languages().forEach(l -> folders.put(l.code(), l.folder()));
        SiteIndex index = new SiteIndex(bySource, sources.localization().codes(), folders);
        for (Page standIn : index.standIns()) {
            DocumentModel document = standInDocument(standIn, documents.get(standIn.original().orElseThrow().sourcePath()));
            store.addDocument(document);
            documents.put(standIn.sourcePath(), document);
        }
        return new Site(index, documents, store);
    }

    private SiteMarkdownEngine markdownEngine(Problems problems) {
        return new SiteMarkdownEngine(sources.config().contentFolder(), sources.localization(),
                new PageParser(MarkdownSyntax.parser(), sources.references(), reservedIds), problems);
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

    /**
     * The files JBake would not read as pages, it copies into the site as they are: an {@code X.MD} would be
     * published raw, a {@code .html} or {@code .svg} file could carry a script. Only the images a page shows
     * may be there; a page whose extension is not written {@code .md} is refused like any other page format.
     */
    private void refuseOtherFiles(File folder, Problems problems) {
        File[] entries = folder.listFiles(FileUtil.getNotContentFileFilter(sources.config().jbake()));
        if (entries == null) {
            return;
        }
        java.util.Arrays.sort(entries);
        for (File entry : entries) {
            if (entry.isDirectory()) {
                refuseOtherFiles(entry, problems);
                continue;
            }
            String extension = FileUtil.fileExt(entry).toLowerCase(java.util.Locale.ROOT);
            if (extension.equals("md") || Engines.getRecognizedExtensions().contains(extension)) {
                problems.report(Rule.NOT_MARKDOWN, entry.toPath(), 0, 0);
            } else if (!IMAGES.contains(extension)) {
                problems.report(Rule.CONTENT_FILE_TYPE, entry.toPath(), 0, 0, "." + String.join(", .", IMAGES));
            }
        }
    }

    /** The JBake document of a stand-in: the original's, in the stand-in's language and at its address. */
    private static DocumentModel standInDocument(Page standIn, DocumentModel original) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        original.forEach((key, value) -> {
            if (!(value instanceof java.util.Collection<?>) && !(value instanceof Map<?, ?>)) {
                document.put(key, value);
            }
        });
        document.put("lang", standIn.lang());
        document.put("sourcePath", standIn.sourcePath());
        document.put("originalLang", standIn.original().orElseThrow().lang());
        document.setUri(standIn.outputPath());
        document.setSourceUri(standIn.outputPath());
        document.setRootPath("../".repeat((int) standIn.outputPath().chars().filter(c -> c == '/').count()));
        return document;
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
