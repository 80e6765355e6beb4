package org.nodevspython.bake;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jbake.model.DocumentModel;
import org.nodevspython.content.ReadPages;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Problems;

/**
 * The "read pages" step of an incremental bake: the page files whose bytes changed since the last bake (or that
 * are new) are read and parsed again, on every core; every other page is the one the last bake read, with its
 * problems. Each page gets a fresh copy of its JBake document as read, for this bake to fill.
 */
final class ChangedPages {

    /** A page file read this time: the page, and what reading it reported. */
    record Read(ReadPages.PageFile file, List<Problem> problems) {
    }

    /** The files read again, by path below the content folder. */
    final Map<String, Read> read;
    /** Every page file, in the bake's order, each with a fresh copy of its document. */
    final Map<String, ReadPages.PageFile> files = new LinkedHashMap<>();
    /** Every page's document as read (never filled: the next bake copies it). */
    final Map<String, DocumentModel> pristine = new HashMap<>();
    /** What the rest of the site shows of every page. */
    final Map<String, PublicFace> faces = new LinkedHashMap<>();

    private ChangedPages(Map<String, Read> read) {
        this.read = read;
    }

    /**
     * Reads the changed files; stops (as the full bake does) when one cannot be read as a page at all, with every
     * problem found so far.
     *
     * @param before the pages of the last bake (empty: every file is read)
     * @param forced files to read again even if unchanged
     */
    static ChangedPages read(ReadPages reader, Map<String, SourceScan.PageSource> sources, Map<String, BakeState.PageState> before,
                             Set<String> forced, Problems problems) {
        List<String> toRead = sources.keySet().stream().filter(path -> forced.contains(path) || !before.containsKey(path)
                || !sources.get(path).same(before.get(path).bytes())).toList();
        Map<String, Read> read = new ConcurrentHashMap<>();
        toRead.parallelStream().forEach(path -> {
            Problems own = problems.empty();
            SourceScan.PageSource source = sources.get(path);
            read.put(path, new Read(reader.readOne(source.file(), source.bytes(), own).orElse(null), own.all()));
        });
        for (String path : sources.keySet()) {
            (read.containsKey(path) ? read.get(path).problems() : before.get(path).readProblems()).forEach(problems::add);
        }
        if (read.values().stream().anyMatch(r -> r.file() == null)) {
            // a file that is no page: the full bake stops here too, before checking the others against the site without it
            throw new BuildFailedException(problems.all());
        }
        ChangedPages pages = new ChangedPages(read);
        for (String path : sources.keySet()) {
            if (read.containsKey(path)) {
                ReadPages.PageFile file = read.get(path).file();
                pages.pristine.put(path, copy(file.document()));
                pages.files.put(path, file);
                pages.faces.put(path, PublicFace.of(file.page()));
            } else {
                BakeState.PageState kept = before.get(path);
                pages.pristine.put(path, kept.pristine());
                pages.files.put(path, new ReadPages.PageFile(kept.page(), copy(kept.pristine())));
                pages.faces.put(path, kept.face());
            }
        }
        return pages;
    }

    /** Whether the site has the same page files as {@code before}, each showing the others what it showed them. */
    boolean sameFaces(Map<String, BakeState.PageState> before) {
        return before.keySet().equals(files.keySet())
                && read.keySet().stream().allMatch(path -> faces.get(path).equals(before.get(path).face()));
    }

    static DocumentModel copy(DocumentModel document) {
        DocumentModel copy = new DocumentModel();
        copy.putAll(document);
        return copy;
    }
}
