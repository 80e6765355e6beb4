package org.nodevspython.bake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.nodevspython.chart.BenchmarkData;
import org.nodevspython.chart.Charts;
import org.nodevspython.config.Sources;
import org.nodevspython.content.Page;
import org.nodevspython.content.PageType;
import org.nodevspython.content.ReadPages;
import org.nodevspython.content.ReservedIds;
import org.nodevspython.content.Site;
import org.nodevspython.history.PageSources;
import org.nodevspython.i18n.Language;
import org.nodevspython.i18n.Notices;
import org.nodevspython.i18n.SourceHistory;
import org.nodevspython.i18n.TranslationStatus;
import org.nodevspython.links.OutputLinkChecker;
import org.nodevspython.markdown.Article;
import org.nodevspython.markdown.RenderMarkdown;
import org.nodevspython.offline.MakeBooks;
import org.nodevspython.offline.OfflineBook;
import org.nodevspython.refs.CitationIndex;
import org.nodevspython.render.RenderPages;
import org.nodevspython.render.SiteModel;
import org.nodevspython.render.SiteTemplates;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Problems;
import org.nodevspython.search.SearchIndex;

/**
 * The preview's bake: the steps of {@link Bakery} (without the PDFs), each redoing only what the sources changed
 * since the last bake that succeeded, which it keeps ({@link BakeState}). The site it publishes is always the one
 * a clean bake of the same sources makes, byte for byte; only the work differs, in three scopes:
 * <ul>
 * <li>{@link Scope#ALL}: the first bake, or after a change of anything but the pages (a template, data/, an
 * asset, jbake.properties), or when the published site was changed by something else: everything, from scratch.</li>
 * <li>{@link Scope#EVERY_PAGE}: a page added, deleted or renamed, or a change of what pages show of each other
 * ({@link PublicFace}: a title, the order, a heading or its id, a citation, the front matter): the changed files
 * are read again, the Markdown of the pages it can change rendered again (all of them when pages came or went),
 * and every page, book, the search index and the sitemap written again into a fresh folder.</li>
 * <li>{@link Scope#CHANGED_PAGES}: the body of pages changed, and nothing the other pages show of them: those
 * pages are read, rendered and written again, with the translations whose notices changed, the stand-ins that
 * show them, their entries of the search index and the books of their languages; every other file is linked from
 * the published site, and the output check reads only the files written.</li>
 * </ul>
 * The site's rules are checked on every page every time (they are quick); the problems reported are those a clean
 * bake reports. Bakes share JBake's static registries: they must not run concurrently.
 */
public final class IncrementalBake {

    /** How much of the work of a clean bake a bake did again; see the class comment. */
    public enum Scope {
        ALL, EVERY_PAGE, CHANGED_PAGES
    }

    /**
     * What a bake made, and how much work it took.
     *
     * @param pagesRead    the page files read and parsed
     * @param pagesWritten the pages written through their template (stand-ins included)
     * @param booksSpliced the books written again with only some chapters made again
     */
    public record Outcome(Bakery.Result result, Scope scope, int pagesRead, int pagesWritten, int booksSpliced) {
    }

    private final Path project;
    private final boolean strict;
    private boolean translatorDiffs;
    private BakeState state;
    private String historyRevision;
    private SourceHistory history;
    private PageSources lastChanges;
    private String lastChangesRevision;

    /** @param strict translations that lag behind their source are errors rather than warnings */
    public IncrementalBake(Path project, boolean strict) {
        this.project = project.toAbsolutePath().normalize();
        this.strict = strict;
    }

    /** Whether the notices of outdated sections show what changed in the original (the preview does, for translators). */
    public IncrementalBake translatorDiffs(boolean show) {
        this.translatorDiffs = show;
        return this;
    }

    /**
     * Bakes into {@code output}, from what the last successful bake into it left; stops with every mistake found
     * ({@link BuildFailedException}), leaving the published site and what it keeps of it untouched.
     */
    public Outcome bake(Path output) {
        return run(output.toAbsolutePath().normalize(), Set.of(), true);
    }

    /**
     * Does the work of a save without publishing it: makes again an article of each language as if it had
     * changed, and drops the result. The preview warms the JVM up with it, on the very code a save runs. False
     * when there is no bake of {@code output} to start from, or the sources do not bake.
     */
    public boolean rehearse(Path output) {
        Path out = output.toAbsolutePath().normalize();
        if (state == null || !state.output().equals(out)) {
            return false;
        }
        Set<String> pages = new LinkedHashSet<>();
        for (Language language : state.sources().localization().languages()) {
            // an article if there is one: what is edited most
            state.pages().values().stream().filter(p -> p.page().lang().equals(language.code()) && p.page().type().listed())
                    .min(java.util.Comparator.comparing(p -> p.page().type() != PageType.PAGE))
                    .ifPresent(p -> pages.add(p.page().sourcePath()));
        }
        try {
            run(out, pages, false);
            return true;
        } catch (BuildFailedException e) {
            return false;
        }
    }

    /** Forgets the last bake: the next one bakes everything. */
    public void forget() {
        state = null;
    }

    private Outcome run(Path output, Set<String> forced, boolean publish) {
        BakeState previous = state != null && state.output().equals(output) ? state : null;
        try {
            try {
                return new Run(output, previous, forced, publish, false).bake();
            } catch (EveryPage again) {
                return new Run(output, previous, forced, publish, true).bake();
            }
        } catch (BuildFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            state = null; // whatever went wrong, the next bake starts afresh
            if (previous == null || !publish) {
                throw e;
            }
            // a mistake of the incremental bake must not stop the preview: say so, and bake everything
            System.err.println("The incremental bake failed; baking everything. What failed:");
            e.printStackTrace();
            return new Run(output, null, forced, publish, false).bake();
        } catch (Error e) {
            state = null;
            throw e;
        }
    }

    /**
     * The history of the project's pages, read again only when the commit checked out changed (outside a
     * checkout, or before its first commit, there is none to read either way).
     */
    private SourceHistory history(String revision) {
        if (history == null || !revision.equals(historyRevision)) {
            history = SourceHistory.of(project);
            historyRevision = revision;
        }
        return history;
    }

    /** The "last updated" day of every page and stand-in, by source path ("" for none). */
    private static Map<String, String> dates(Site site, PageSources pageSources) {
        Map<String, String> dates = new HashMap<>();
        site.pages().all().forEach(page -> dates.put(page.sourcePath(), pageSources.updated(page).orElse("")));
        site.pages().standIns().forEach(page -> dates.put(page.sourcePath(), pageSources.updated(page).orElse("")));
        return dates;
    }

    /** Where the pages come from ("last updated", "edit this page"): the dates read again only after a commit. */
    private PageSources pageSources(Sources sources, String revision) {
        if (lastChanges == null || !revision.equals(lastChangesRevision)) {
            lastChanges = Bakery.pageSources(project, sources);
            lastChangesRevision = revision;
        }
        return new PageSources(lastChanges.changes(), sources.config().editBase(), lastChanges.contentFolder());
    }

    /** A template read JBake's document lists while only some pages were written: every page must be written. */
    private static final class EveryPage extends RuntimeException {
        EveryPage() {
            super(null, null, false, false);
        }
    }

    /** One bake. */
    private final class Run {
        private final Path output;
        private BakeState previous;
        private final Set<String> forced;
        private final boolean publish;
        private final boolean everyPage;
        private final Problems problems = new Problems(project, strict);
        private final Timings timings = new Timings();

        Run(Path output, BakeState previous, Set<String> forced, boolean publish, boolean everyPage) {
            this.output = output;
            this.previous = previous;
            this.forced = forced;
            this.publish = publish;
            this.everyPage = everyPage;
        }

        Outcome bake() {
            AtomicOutput atomic = new AtomicOutput(output);
            Path staging = atomic.begin();
            try {
                return bake(atomic, staging);
            } catch (RuntimeException | Error e) {
                atomic.abandon();
                throw e;
            }
        }

        private Outcome bake(AtomicOutput atomic, Path staging) {
            // ---- read sources: the last bake's, when nothing but pages changed
            SourceScan scan = null;
            if (previous != null) {
                scan = SourceScan.of(project, previous.sources().config(), new ReadPages(previous.sources(), previous.reservedIds()).files());
                if (scan.unusual() || !scan.others().equals(previous.others())) {
                    previous = null;
                }
            }
            Sources sources;
            Set<String> reserved;
            if (previous == null) {
                sources = Sources.read(project, staging, problems);
                reserved = ReservedIds.in(sources.config().templateFolder());
                scan = SourceScan.of(project, sources.config(), new ReadPages(sources, reserved).files());
                if (scan.unusual()) {
                    // what only the clean bake reports rightly (a link, another page format): let it
                    atomic.abandon();
                    state = null;
                    Bakery.Result result = new Bakery(project, strict).pdf(false).translatorDiffs(translatorDiffs).bake(output);
                    int pages = result.pagesPerLanguage().values().stream().mapToInt(Integer::intValue).sum();
                    return new Outcome(result, Scope.ALL, scan.pages().size(), pages, 0);
                }
            } else {
                sources = previous.sources();
                reserved = previous.reservedIds();
                previous.sourceProblems().forEach(problems::add);
            }
            List<Problem> sourceProblems = problems.all();
            timings.lap("read sources");

            // ---- read pages: only the files whose bytes changed
            ReadPages reader = new ReadPages(sources, reserved);
            if (previous == null) {
                reader.refuseOtherFiles(problems);
            }
            Map<String, BakeState.PageState> before = previous == null ? Map.of() : previous.pages();
            Map<String, SourceScan.PageSource> files = scan.pages();
            ChangedPages changed = ChangedPages.read(reader, files, before, forced, problems);
            Map<String, ChangedPages.Read> read = changed.read;
            Map<String, ReadPages.PageFile> pageFiles = changed.files;
            Map<String, PublicFace> faces = changed.faces;
            Site site = reader.assemble(pageFiles);
            timings.lap("read pages");

            // the history is read again only when the commit checked out changed; a commit that changes a page's
            // "last updated" date changes the sitemap and that page in the books too: every page is written then
            String revision = SourceHistory.revision(project).orElse("");
            PageSources pageSources = pageSources(sources, revision);
            Map<String, String> dates = dates(site, pageSources);
            timings.lap("page history");
            Scope scope;
            if (previous == null) {
                scope = Scope.ALL;
            } else {
                scope = changed.sameFaces(before) && !everyPage && !previous.readDocumentLists() && dates.equals(previous.dates())
                        ? Scope.CHANGED_PAGES : Scope.EVERY_PAGE;
            }
            List<Object> structure = structure(site, faces, sources);

            // ---- check the site: every page, every time
            CitationIndex citations = new CitationIndex(site.pages(), sources.references(), sources.localization().languages());
            TranslationStatus status = new TranslationStatus(site.pages(), sources.localization());
            new CheckSite(sources, site.pages(), citations, status).run(problems);
            timings.lap("check the site");
            Map<String, BenchmarkData> charts = Charts.load(site.pages(), project, sources.config().dataFolder(), problems);
            timings.lap("load charts");
            SiteModel model = new SiteModel(sources.config().siteHost(), sources.localization(), site.pages(), sources.references(), citations)
                    .from(pageSources);
            SiteTemplates templates = Bakery.templates(sources, site, model);
            Map<String, List<Notices.Notice>> notices = Notices.of(status, () -> history(revision), translatorDiffs, project, problems);
            timings.lap("translation notices");

            // ---- render Markdown: the pages changed, and those whose article shows what changed
            List<Page> toRender = new ArrayList<>();
            String sourceLanguage = sources.localization().source().code();
            boolean everyArticle = scope == Scope.ALL || !structure.equals(previous.structure());
            for (Page page : site.pages().all()) {
                String path = page.sourcePath();
                boolean render = everyArticle || read.containsKey(path)
                        || !Objects.equals(notices.get(path), previous.notices().get(path));
                if (!render && !page.lang().equals(sourceLanguage) && (notices.containsKey(path) || previous.notices().containsKey(path))) {
                    // the notices follow the sections of the source: it changed, they may stand elsewhere
                    render = site.pages().translation(page, sourceLanguage).map(s -> read.containsKey(s.sourcePath())).orElse(false);
                }
                if (render) {
                    toRender.add(page);
                }
            }
            Problems rendering = problems.empty();
            Map<Page, Article> made = new RenderMarkdown(sources, site.pages(), charts, templates, notices).render(rendering, toRender);
            problems.addAll(rendering);
            Map<Path, List<Problem>> renderProblems = new HashMap<>();
            rendering.all().forEach(p -> renderProblems.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
            Map<Page, Article> articles = new IdentityHashMap<>();
            for (Page page : site.pages().all()) {
                if (made.containsKey(page)) {
                    articles.put(page, made.get(page));
                } else {
                    BakeState.PageState kept = before.get(page.sourcePath());
                    articles.put(page, kept.article());
                    kept.renderProblems().forEach(problems::add);
                }
            }
            for (Page standIn : site.pages().standIns()) {
                articles.put(standIn, made.containsKey(standIn) ? made.get(standIn) : previous.standIns().get(standIn.sourcePath()).article());
            }
            timings.lap("render Markdown");
            stopIfWrong();

            // ---- render templates: every page, or only those made again (every other file linked from the site)
            List<Page> everything = new ArrayList<>(site.pages().all());
            everything.addAll(site.pages().standIns());
            Set<Page> written = Collections.newSetFromMap(new IdentityHashMap<>());
            written.addAll(scope == Scope.CHANGED_PAGES ? made.keySet() : everything);
            if (scope == Scope.CHANGED_PAGES && !written.isEmpty() && !previous.published().linkInto(output, staging)) {
                scope = Scope.EVERY_PAGE; // the published site is not the one this bake left: write it all
                staging = atomic.begin();
                written.addAll(everything);
            }
            boolean unchanged = scope == Scope.CHANGED_PAGES && written.isEmpty();
            RenderPages pages = new RenderPages(sources, site, model, templates);
            if (scope == Scope.CHANGED_PAGES) {
                for (Page page : everything) {
                    if (!written.contains(page)) {
                        site.documents().put(page.sourcePath(), page.original().isPresent()
                                ? previous.standIns().get(page.sourcePath()).rendered() : before.get(page.sourcePath()).rendered());
                    }
                }
                pages.render(everything.stream().filter(written::contains).toList(), articles, problems);
                if (templates.readDocumentLists()) {
                    throw new EveryPage();
                }
            } else {
                pages.render(articles, staging, problems);
            }
            timings.lap("render templates");

            // ---- search index: the entries of the pages whose article or title changed
            Map<String, byte[]> search = new HashMap<>();
            List<byte[]> entries = new ArrayList<>();
            for (String code : sources.localization().codes()) {
                for (Page page : site.pages().listedOwn(code)) {
                    BakeState.PageState kept = before.get(page.sourcePath());
                    Article article = articles.get(page);
                    byte[] own = kept != null && kept.search() != null && kept.article().equals(article)
                            && kept.face().title().equals(page.frontMatter().title()) && kept.face().lang().equals(page.lang())
                            && kept.face().type() == page.type()
                            ? kept.search()
                            : SearchIndex.entries(page, article, sources.localization(), sources.references()).getBytes(StandardCharsets.UTF_8);
                    search.put(page.sourcePath(), own);
                    entries.add(own);
                }
            }
            if (!unchanged) {
                if (scope == Scope.CHANGED_PAGES) {
                    PublishedFiles.release(staging.resolve(SearchIndex.FILE));
                }
                SearchIndex.writeEncoded(entries, staging);
            }
            timings.lap("search index");
            if (scope != Scope.CHANGED_PAGES) {
                CopyAssets.copy(sources, ReadPages.IMAGES, staging, problems);
            }
            timings.lap("copy assets");
            stopIfWrong();

            // ---- books: those of the languages of the pages written, with only their chapters made again
            MakeBooks books = new MakeBooks(sources, site, templates);
            Set<Language> bookLanguages = new LinkedHashSet<>();
            for (Language language : sources.localization().languages()) {
                if (written.stream().anyMatch(p -> p.lang().equals(language.code()) && p.type().listed())) {
                    bookLanguages.add(language);
                }
            }
            Map<Language, OfflineBook.Written> madeBooks = new LinkedHashMap<>();
            if (scope == Scope.CHANGED_PAGES) {
                madeBooks.putAll(previous.books());
                for (Language language : bookLanguages) {
                    PublishedFiles.release(staging.resolve(language.bookPath("html")));
                }
                if (!bookLanguages.isEmpty()) {
                    BakeState last = previous;
                    madeBooks.putAll(books.update(staging, problems, bookLanguages, previous.books(), written, page -> page.original().isPresent()
                            ? last.standIns().get(page.sourcePath()).rendered() : before.get(page.sourcePath()).rendered()));
                }
            } else {
                madeBooks.putAll(books.writeKept(staging, problems, sources.localization().languages()));
            }
            timings.lap("books");
            if (scope == Scope.CHANGED_PAGES && templates.readDocumentLists()) {
                throw new EveryPage();
            }
            stopIfWrong();

            // ---- check output links: every file, or those written and the links into them
            OutputLinkChecker links;
            if (scope == Scope.CHANGED_PAGES) {
                List<Path> rewritten = new ArrayList<>();
                Map<Path, List<OutputLinkChecker.Replaced>> replaced = new HashMap<>();
                written.forEach(p -> rewritten.add(Path.of(p.outputPath())));
                for (Language language : bookLanguages) {
                    OfflineBook.Written book = madeBooks.get(language);
                    Path file = Path.of(language.bookPath("html"));
                    if (book == null || book.replaced() == null) {
                        rewritten.add(file);
                    } else {
                        List<OutputLinkChecker.Replaced> parts = new ArrayList<>();
                        for (int i = 0; i < book.replaced().size(); i++) {
                            parts.add(new OutputLinkChecker.Replaced(book.replaced().get(i), book.replacements().get(i)));
                        }
                        replaced.put(file, parts);
                    }
                }
                links = unchanged ? previous.links() : previous.links().checkAgain(problems, templates.repeatedMarkup(), rewritten, replaced);
            } else {
                links = new OutputLinkChecker(staging, problems).repeated(templates.repeatedMarkup())
                        .notMade(sources.localization().languages().stream().map(l -> l.bookPath("pdf")).toList());
                links.check(sources.config().templateFolder());
            }
            timings.lap("check output links");
            stopIfWrong();

            // ---- publish, and keep what the next bake starts from
            if (!publish || unchanged) {
                atomic.abandon();
            } else {
                atomic.commit();
            }
            if (publish) {
                PublishedFiles published;
                if (unchanged) {
                    published = previous.published();
                } else if (scope == Scope.CHANGED_PAGES) {
                    List<String> rewritten = new ArrayList<>();
                    written.forEach(p -> rewritten.add(p.outputPath()));
                    bookLanguages.forEach(l -> rewritten.add(l.bookPath("html")));
                    rewritten.add(SearchIndex.FILE);
                    published = previous.published().with(output, rewritten);
                } else {
                    published = PublishedFiles.of(output);
                }
                Map<String, BakeState.PageState> kept = new LinkedHashMap<>();
                for (String path : files.keySet()) {
                    Page page = pageFiles.get(path).page();
                    BakeState.PageState old = before.get(path);
                    kept.put(path, new BakeState.PageState(files.get(path).bytes(), page, faces.get(path), changed.pristine.get(path),
                            read.containsKey(path) ? read.get(path).problems() : old.readProblems(), articles.get(page),
                            made.containsKey(page) ? renderProblems.getOrDefault(problems.relative(page.file()), List.of()) : old.renderProblems(),
                            site.document(page), search.get(path)));
                }
                Map<String, BakeState.Made> standIns = new LinkedHashMap<>();
                for (Page standIn : site.pages().standIns()) {
                    standIns.put(standIn.sourcePath(), new BakeState.Made(articles.get(standIn), site.document(standIn)));
                }
                boolean lists = templates.readDocumentLists() || (scope == Scope.CHANGED_PAGES && previous.readDocumentLists());
                state = new BakeState(output, scan.others(), sources, sourceProblems, reserved, kept, standIns, structure, notices, lists,
                        madeBooks, links, published, dates);
            }
            timings.lap("swap output");
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String code : sources.localization().codes()) {
                counts.put(code, site.pages().inLanguage(code).size());
            }
            int spliced = (int) bookLanguages.stream().filter(l -> madeBooks.get(l) != null && madeBooks.get(l).replaced() != null).count();
            return new Outcome(new Bakery.Result(counts, problems.warnings(), sources.localization(), status, timings), scope,
                    read.size(), written.size(), scope == Scope.CHANGED_PAGES ? spliced : 0);
        }

        private void stopIfWrong() {
            if (problems.hasErrors()) {
                throw new BuildFailedException(problems.all());
            }
        }
    }

    /**
     * What every article depends on besides its own page: the place of each page (see {@link PublicFace#place}),
     * and each language's reference list (the target of its citations).
     */
    private static List<Object> structure(Site site, Map<String, PublicFace> faces, Sources sources) {
        List<Object> structure = new ArrayList<>();
        faces.values().forEach(face -> structure.add(face.place()));
        for (String code : sources.localization().codes()) {
            structure.add(site.pages().first(code, PageType.REFERENCES).map(Page::outputPath).orElse(""));
        }
        return structure;
    }
}
