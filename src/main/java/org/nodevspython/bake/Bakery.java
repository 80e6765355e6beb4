package org.nodevspython.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.nodevspython.chart.BenchmarkData;
import org.nodevspython.chart.Charts;
import org.nodevspython.config.Sources;
import org.nodevspython.content.Page;
import org.nodevspython.content.ReadPages;
import org.nodevspython.content.ReservedIds;
import org.nodevspython.content.Site;
import org.nodevspython.history.LastChanges;
import org.nodevspython.history.PageSources;
import org.nodevspython.i18n.Language;
import org.nodevspython.i18n.Localization;
import org.nodevspython.i18n.Notices;
import org.nodevspython.i18n.SourceHistory;
import org.nodevspython.i18n.TranslationStatus;
import org.nodevspython.links.OutputLinkChecker;
import org.nodevspython.markdown.Article;
import org.nodevspython.markdown.RenderMarkdown;
import org.nodevspython.offline.MakeBooks;
import org.nodevspython.offline.PrintBooks;
import org.nodevspython.refs.CitationIndex;
import org.nodevspython.render.RenderPages;
import org.nodevspython.render.SiteModel;
import org.nodevspython.render.SiteTemplates;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;
import org.nodevspython.search.SearchIndex;

/**
 * One bake, the steps of docs/ARCHITECTURE.md in their order: read the sources, read the pages,
 * check the site, render the Markdown, render the templates, write the search index, copy the
 * assets, make the books, check the output, and only then publish it (swap it into place).
 * After each step that can find mistakes, the bake stops if it found any, with all of them.
 * Bakes share JBake's static registries, so they must not run concurrently.
 */
public final class Bakery {

    /** What a successful bake made. */
    public record Result(Map<String, Integer> pagesPerLanguage, List<Problem> warnings, Localization localization,
                         TranslationStatus translations, Timings timings) {
    }

    /** The sources and the pages, read and checked: what the translation status reads. */
    public record Parsed(Sources sources, Site site, CitationIndex citations, TranslationStatus status) {
    }

    private final Path project;
    private final boolean strict;
    private boolean pdf = true;
    private boolean translatorDiffs;
    private Timings timings = new Timings();

    /** @param strict translations that lag behind their source are errors rather than warnings */
    public Bakery(Path project, boolean strict) {
        this.project = project.toAbsolutePath().normalize();
        this.strict = strict;
    }

    /** Whether to make the PDF of each book (seconds): the preview turns it off. */
    public Bakery pdf(boolean make) {
        this.pdf = make;
        return this;
    }

    /** Whether the notices of outdated sections show what changed in the original (the preview does, for translators). */
    public Bakery translatorDiffs(boolean show) {
        this.translatorDiffs = show;
        return this;
    }

    /** Reads and checks the sources without writing anything; stops with every mistake found. */
    public Parsed parse(Problems problems, Path output) {
        Parsed parsed = read(problems, output);
        stopIfWrong(problems);
        return parsed;
    }

    private Parsed read(Problems problems, Path output) {
        Sources sources = step("read sources", () -> Sources.read(project, output, problems));
        Site site = step("read pages", () -> new ReadPages(sources, ReservedIds.in(sources.config().templateFolder())).read(problems));
        CitationIndex citations = new CitationIndex(site.pages(), sources.references(), sources.localization().languages());
        TranslationStatus status = new TranslationStatus(site.pages(), sources.localization());
        step("check the site", () -> new CheckSite(sources, site.pages(), citations, status).run(problems));
        return new Parsed(sources, site, citations, status);
    }

    public Result bake(Path output) {
        Problems problems = new Problems(project, strict);
        timings = new Timings();
        AtomicOutput atomic = new AtomicOutput(output);
        Path staging = atomic.begin();
        try {
            Made made = makePages(problems, staging);
            if (pdf) {
                step("PDF", () -> new PrintBooks(made.sources()).print(made.books(), staging,
                        output.resolveSibling(output.getFileName() + ".cache")));
            }
            step("check output links", () -> new OutputLinkChecker(staging, problems)
                    .repeated(made.repeatedMarkup())
                    .notMade(pdf ? List.of() : made.sources().localization().languages().stream().map(l -> l.bookPath("pdf")).toList())
                    .check(made.sources().config().templateFolder()));
            stopIfWrong(problems);
            step("swap output", atomic::commit);
            return new Result(made.counts(), problems.warnings(), made.sources().localization(), made.translations(), timings);
        } catch (RuntimeException e) {
            atomic.abandon();
            throw e;
        }
    }

    /**
     * What the steps after the books need: the pages' rendered HTML, their JBake documents, the
     * templates and the books' documents stay behind in {@link #makePages}, for the collector, so the
     * PDFs of a big site print in the memory that is left.
     */
    private record Made(Sources sources, TranslationStatus translations, List<String> repeatedMarkup, List<Language> books,
                        Map<String, Integer> counts) {
    }

    /** The steps up to the books: the pages, the search index, the assets and the books' HTML written into {@code staging}. */
    private Made makePages(Problems problems, Path staging) {
        // the steps up to the Markdown's HTML need no other to have passed: a contributor sees all their mistakes at once
        Parsed parsed = read(problems, staging);
        Sources sources = parsed.sources();
        Site site = parsed.site();
        Map<String, BenchmarkData> charts = step("load charts",
                () -> Charts.load(site.pages(), project, sources.config().dataFolder(), problems));
        PageSources pageSources = step("page history", () -> pageSources(project, sources));
        SiteModel model = new SiteModel(sources.config().siteHost(), sources.localization(), site.pages(),
                sources.references(), parsed.citations()).from(pageSources);
        SiteTemplates templates = templates(sources, site, model);
        Map<String, List<Notices.Notice>> notices = step("translation notices",
                () -> Notices.of(parsed.status(), () -> SourceHistory.of(project), translatorDiffs, project, problems));
        Map<Page, Article> articles = step("render Markdown",
                () -> new RenderMarkdown(sources, site.pages(), charts, templates, notices).render(problems));
        stopIfWrong(problems);
        step("render templates", () -> new RenderPages(sources, site, model, templates).render(articles, staging, problems));
        step("search index", () -> SearchIndex.write(site.pages(), sources.localization(), articles,
                sources.references(), staging));
        step("copy assets", () -> CopyAssets.copy(sources, ReadPages.IMAGES, staging, problems));
        stopIfWrong(problems);
        // only the languages: the PDFs are printed from the books' files
        List<Language> books = step("books", () -> List.copyOf(new MakeBooks(sources, site, templates).write(staging, problems).keySet()));
        stopIfWrong(problems);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String code : sources.localization().codes()) {
            counts.put(code, site.pages().inLanguage(code).size());
        }
        return new Made(sources, parsed.status(), List.copyOf(templates.repeatedMarkup()), books, counts);
    }

    /** Where the pages come from: the last change of each file of content/, and the code host's editor address. */
    static PageSources pageSources(Path project, Sources sources) {
        Path content = sources.config().contentFolder();
        return new PageSources(LastChanges.of(project, content), sources.config().editBase(),
                project.relativize(content).toString().replace('\\', '/'));
    }

    /** The templates with everything the pages' models hold (package-visible: the step tests set them up the same way). */
    static SiteTemplates templates(Sources sources, Site site, SiteModel model) {
        try {
            return new SiteTemplates(site.store(), sources.config().jbake(), model::forLanguage,
                    code -> sources.localization().strings(code == null ? sources.localization().source().code() : code),
                    Map.of("sitemap", model.sitemap(), "inline", inline(sources)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a self-contained page (the 404 page, served at any address of any host) puts inside itself:
     * {@code inline.css}, the site's stylesheet, and {@code inline.icon}, its icon as a data: address.
     */
    private static Map<String, String> inline(Sources sources) {
        Path assets = sources.config().assetFolder();
        try {
            String css = java.nio.file.Files.readString(assets.resolve("css/site.css"));
            Path icon = assets.resolve("favicon.svg");
            String iconUri = java.nio.file.Files.isRegularFile(icon)
                    ? "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(java.nio.file.Files.readAllBytes(icon)) : "";
            return Map.of("css", css, "icon", iconUri);
        } catch (IOException e) {
            throw new UncheckedIOException("the pages need assets/css/site.css", e);
        }
    }


    /** Runs one step and times it. */
    private <T> T step(String name, Supplier<T> step) {
        T result = step.get();
        timings.lap(name);
        return result;
    }

    private void step(String name, Runnable step) {
        step.run();
        timings.lap(name);
    }

    /** Ends the bake, leaving the last good site as it was, when a step found mistakes. */
    private static void stopIfWrong(Problems problems) {
        if (problems.hasErrors()) {
            throw new BuildFailedException(problems.all());
        }
    }
}
