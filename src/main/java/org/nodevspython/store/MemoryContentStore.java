package org.nodevspython.store;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

/**
 * JBake's content store kept in a plain list instead of an embedded OrientDB: nothing to
 * start (OrientDB costs about 3 s per run), and every query is a filter over the few
 * documents of a site. Every public query of {@link ContentStore} is answered here, so
 * JBake's crawler, renderer and template model extractors work unchanged.
 */
public class MemoryContentStore extends ContentStore {

    private static final Comparator<DocumentModel> NEWEST_FIRST =
            Comparator.comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.<Date>reverseOrder()));

    private final List<DocumentModel> documents = new ArrayList<>();

    public MemoryContentStore() {
        super("memory", "site");
    }

    @Override
    public void startup() {
        // nothing to start: the documents live in a list
    }

    @Override
    public void close() {
        // nothing to close
    }

    @Override
    public void shutdown() {
        // nothing to shut down
    }

    @Override
    public void drop() {
        documents.clear();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // every bake starts from an empty store, so there is no cache to clear
    }

    @Override
    public void addDocument(DocumentModel document) {
        documents.add(document);
    }

    @Override
    public long getDocumentCount(String docType) {
        return documents.stream().filter(ofType(docType)).count();
    }

    @Override
    public long getPublishedCount(String docType) {
        return documents.stream().filter(ofType(docType).and(MemoryContentStore::published)).count();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return select(d -> uri.equals(d.getSourceuri()));
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return select(d -> uri.equals(d.getSourceuri()));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(ofType("post").and(MemoryContentStore::published).and(tagged(tag)));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return select(d -> published(d) && tagged(tag).test(d));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(ofType(docType).and(MemoryContentStore::published));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return select(ofType(docType));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return select(ofType(docType));
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return select(d -> !Boolean.TRUE.equals(d.getRendered()));
    }

    @Override
    public void deleteContent(String uri) {
        documents.removeIf(d -> uri.equals(d.getSourceuri()));
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        document.setRendered(true);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        documents.removeIf(ofType(docType));
    }

    @Override
    public Set<String> getTags() {
        return tagsOf(ofType("post").and(MemoryContentStore::published));
    }

    @Override
    public Set<String> getAllTags() {
        return tagsOf(d -> published(d) && DocumentTypes.contains(d.getType()));
    }

    private Set<String> tagsOf(Predicate<DocumentModel> filter) {
        Set<String> tags = new TreeSet<>();
        documents.stream().filter(filter).forEach(d -> {
            if (d.getTags() != null) {
                tags.addAll(Arrays.asList(d.getTags()));
            }
        });
        return tags;
    }

    /** Matches JBake's "order by date desc" with a stable sort, so equal dates keep crawl order. */
    private DocumentList<DocumentModel> select(Predicate<DocumentModel> filter) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        documents.stream().filter(filter).sorted(NEWEST_FIRST).forEach(result::add);
        return result;
    }

    private static Predicate<DocumentModel> ofType(String docType) {
        return d -> docType.equals(d.getType());
    }

    private static Predicate<DocumentModel> tagged(String tag) {
        return d -> d.getTags() != null && Arrays.asList(d.getTags()).contains(tag);
    }

    private static boolean published(DocumentModel document) {
        return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
    }
}
