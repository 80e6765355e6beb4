package org.nodevspython.content;

import java.util.Map;

import org.jbake.model.DocumentModel;
import org.nodevspython.store.MemoryContentStore;

/**
 * The pages of a bake once read: each parsed page, and the JBake document made of it (what the
 * templates read as {@code content}), also kept in JBake's content store for the template
 * variables that list documents ({@code published_content}, …).
 *
 * @param documents each page's JBake document, by the page's path below the content folder
 */
public record Site(SiteIndex pages, Map<String, DocumentModel> documents, MemoryContentStore store) {

    public DocumentModel document(Page page) {
        return documents.get(page.sourcePath());
    }
}
