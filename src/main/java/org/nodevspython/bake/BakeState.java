package org.nodevspython.bake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jbake.model.DocumentModel;
import org.nodevspython.config.Sources;
import org.nodevspython.content.Page;
import org.nodevspython.i18n.Language;
import org.nodevspython.i18n.Notices;
import org.nodevspython.links.OutputLinkChecker;
import org.nodevspython.markdown.Article;
import org.nodevspython.offline.OfflineBook;
import org.nodevspython.rules.Problem;

/**
 * What {@link IncrementalBake} keeps of the last bake that succeeded, to make the next one from: the sources it
 * read, each page as parsed (with the bytes of its file, to tell an edit) and as made (article, search entries, rendered document),
 * what the pages share (their places, the translations' notices), what the output check learnt of the files, and
 * the published files themselves. Kept only once the bake is published, and never changed afterwards: a bake that
 * fails leaves it as it was, like the site it describes.
 *
 * @param others            the digest of every source but the page files (see {@link SourceScan#others})
 * @param sourceProblems    what reading the sources reported (warnings: the bake succeeded)
 * @param pages             every page file by its path below the content folder, in the order read
 * @param standIns          every stand-in of an untranslated page by its path
 * @param structure         what every article depends on besides its own page (see {@link PublicFace#place})
 * @param notices           the notices of each lagging translation, by its path
 * @param readDocumentLists whether a template read JBake's document lists (then every page is written again)
 * @param books             each language's book as written, with the place of each chapter
 * @param dates             each page's "last updated" day, by source path ("" for none): a commit can change them
 */
record BakeState(Path output, String others, Sources sources, List<Problem> sourceProblems, Set<String> reservedIds,
                 Map<String, PageState> pages, Map<String, Made> standIns, List<Object> structure,
                 Map<String, List<Notices.Notice>> notices, boolean readDocumentLists, Map<Language, OfflineBook.Written> books,
                 OutputLinkChecker links, PublishedFiles published, Map<String, String> dates) {

    /**
     * One page file, read and made.
     *
     * @param pristine       its JBake document as read, before the bake filled it (copied for each bake that writes the page)
     * @param readProblems   what reading it reported
     * @param renderProblems what rendering its Markdown reported
     * @param rendered       its document as its template read it
     * @param search         its entries in the search index, in UTF-8 (none when it has none; null when it is not listed)
     */
    record PageState(byte[] bytes, Page page, PublicFace face, DocumentModel pristine, List<Problem> readProblems, Article article,
                     List<Problem> renderProblems, DocumentModel rendered, byte[] search) {
    }

    /** A stand-in as made: its article and its document as its template read it. */
    record Made(Article article, DocumentModel rendered) {
    }
}
