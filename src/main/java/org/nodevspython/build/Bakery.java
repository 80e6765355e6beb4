package org.nodevspython.build;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.nodevspython.chart.BenchmarkData;
import org.nodevspython.content.BodyHtml;
import org.nodevspython.content.LinkUse;
import org.nodevspython.content.MarkdownOptions;
import org.nodevspython.content.Page;
import org.nodevspython.content.PageParser;
import org.nodevspython.content.RenderContext;
import org.nodevspython.content.SiteMarkdownEngine;
import org.nodevspython.content.UnsupportedPageEngine;
import org.nodevspython.i18n.Localization;
import org.nodevspython.i18n.TranslationChecks;
import org.nodevspython.i18n.TranslationStatus;
import org.nodevspython.links.LinkChecker;
import org.nodevspython.links.OutputLinkChecker;
import org.nodevspython.links.OutputPaths;
import org.nodevspython.links.SiteIndex;
import org.nodevspython.problems.BuildFailedException;
import org.nodevspython.problems.Problems;
import org.nodevspython.refs.CitationIndex;
import org.nodevspython.refs.References;
import org.nodevspython.render.SiteModel;
import org.nodevspython.render.SiteTemplates;
import org.nodevspython.search.SearchIndex;
import org.nodevspython.offline.BookPdf;
import org.nodevspython.offline.OfflineBook;
import org.nodevspython.i18n.Language;
import org.nodevspython.store.MemoryContentStore;

/**
 * One bake, in the order of docs/ARCHITECTURE.md: read the data files, let JBake's crawler
 * parse every page with the project's Markdown engine into an in-memory store, check the site
 * as a whole, render the Markdown and then the templates with JBake's renderer, copy the
 * assets, check the output, and only then swap it into place.
 * Bakes share JBake's static registries, so they must not run concurrently.
 */
public final class Bakery {

    /** What a successful bake made. */
    public record Result(Map<String, Integer> pagesPerLanguage, List<org.nodevspython.problems.Problem> warnings,
                         SiteIndex site, Localization localization, Timings timings) {
    }

    private final Path project;
    private final boolean strict;
    private boolean pdf = true;
    private Timings timings = new Timings();
    private java.util.Collection<String> repeatedMarkup = List.of();

    /** @param strict outdated translations are errors rather than warnings */
    public Bakery(Path project, boolean strict) {
        this.project = project.toAbsolutePath().normalize();
        this.strict = strict;
    }

    /** Whether to make the PDF of each book (a few seconds): the preview turns it off. */
    public Bakery pdf(boolean make) {
        this.pdf = make;
        return this;
    }

    /** Parses and checks the sources without writing anything: what the translation status and tests read. */
    public Parsed parse(Problems problems, Path destination) {
        Path data = project.resolve("data");
        Optional<Localization> localization = Localization.load(data.resolve("i18n.yaml"), problems);
        if (localization.isEmpty()) {
            throw new BuildFailedException(problems.all());
        }
        References references = References.load(data.resolve("references.yaml"), localization.get().codes(), problems);
        DefaultJBakeConfiguration config = configuration(destination.toFile());
        timings.lap("read data and configuration");
        Parsed parsed = crawl(config, localization.get(), references, problems);
        timings.lap("crawl and parse pages");
        checkSite(parsed, problems);
        timings.lap("check the site");
        return parsed;
    }

    /** The sources, parsed and indexed. */
    public record Parsed(DefaultJBakeConfiguration config, Localization localization, References references,
                         MarkdownOptions markdown, MemoryContentStore store, SiteIndex site, CitationIndex citations,
                         Map<String, DocumentModel> documents, Map<String, BenchmarkData> charts) {
    }

    public Result bake(Path output) {
        Problems problems = new Problems(project);
        timings = new Timings();
        AtomicOutput atomic = new AtomicOutput(output);
        Path staging = atomic.begin();
        try {
            Parsed parsed = parse(problems, staging);
            failIfErrors(problems);
            render(parsed, staging, output.resolveSibling(output.getFileName() + ".cache"), problems);
            failIfErrors(problems);
            new OutputLinkChecker(staging, problems)
                    .repeated(repeatedMarkup)
                    .notMade(pdf ? List.of() : parsed.localization().languages().stream().map(l -> l.bookPath("pdf")).toList())
                    .check(parsed.config().getTemplateFolder().toPath());
            timings.lap("check output links");
            failIfErrors(problems);
            atomic.commit();
            timings.lap("swap output");
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String code : parsed.localization().codes()) {
                counts.put(code, parsed.site().inLanguage(code).size());
            }
            return new Result(counts, problems.warnings(), parsed.site(), parsed.localization(), timings);
        } catch (RuntimeException e) {
            atomic.abandon();
            throw e;
        }
    }

    private DefaultJBakeConfiguration configuration(File destination) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), destination, true);
        // JBake's document types come from the template.<type>.file keys of jbake.properties
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String type : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(type);
        }
        return config;
    }

    private Parsed crawl(DefaultJBakeConfiguration config, Localization localization, References references, Problems problems) {
        MarkdownOptions markdown = new MarkdownOptions(localization);
        Path contentDir = config.getContentFolder().toPath();
        SiteMarkdownEngine engine = new SiteMarkdownEngine(contentDir, localization,
                new PageParser(markdown, references, problems), problems);
        UnsupportedPageEngine unsupported = new UnsupportedPageEngine(problems);
        for (String extension : java.util.List.copyOf(Engines.getRecognizedExtensions())) {
            Engines.register(extension, unsupported);
        }
        Engines.register("md", engine);
        MemoryContentStore store = new MemoryContentStore();
        new Crawler(store, config).crawl();
        SiteIndex site = new SiteIndex(engine.pages(), localization.codes());
        Map<String, DocumentModel> documents = new LinkedHashMap<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            for (DocumentModel document : store.getAllContent(type)) {
                if (document.get("sourcePath") instanceof String source) {
                    documents.put(source, document);
                }
            }
        }
        CitationIndex citations = new CitationIndex(site, references, localization.languages());
        return new Parsed(config, localization, references, markdown, store, site, citations, documents, charts(site, problems));
    }

    private void checkSite(Parsed parsed, Problems problems) {
        new TranslationChecks(parsed.site(), parsed.localization(), problems).check();
        OutputPaths.check(parsed.site(), parsed.config().getAssetFolder().toPath(), problems);
        parsed.citations().checkEveryReferenceCited(parsed.references(), problems);
        Set<String> referenceAnchors = new LinkedHashSet<>();
        parsed.references().all().forEach(r -> referenceAnchors.add(r.anchor()));
        new LinkChecker(parsed.site(), parsed.config().getContentFolder().toPath(), parsed.config().getAssetFolder().toPath(),
                page -> {
                    Set<String> anchors = new LinkedHashSet<>(page.anchors());
                    if (page.frontMatter().type().equals("references")) {
                        anchors.addAll(referenceAnchors);
                    }
                    return anchors;
                }, problems).check();
        new TranslationStatus(parsed.site(), parsed.localization()).report(problems, strict);
        for (var reference : parsed.references().all()) {
            if (reference.page() != null && parsed.site().byKey().get(reference.page()) == null) {
                problems.error(parsed.references().file(), reference.line(), 0, "the reference '" + reference.key()
                        + "' names the page '" + reference.page() + "', and no page has that key", "give the key of a page, e.g. benchmarks");
            }
        }
    }

    /** Loads the figures of every {@code ```benchmarks} block, reporting a missing file at the block's line. */
    private Map<String, BenchmarkData> charts(SiteIndex site, Problems problems) {
        Map<String, BenchmarkData> charts = new LinkedHashMap<>();
        for (Page page : site.all()) {
            for (LinkUse chart : page.charts()) {
                Path file = project.resolve(chart.url()).normalize();
                if (!file.startsWith(project.resolve("data")) || !Files.isRegularFile(file)) {
                    problems.error(page.file(), chart.line(), chart.column(), "the benchmarks block names '" + chart.url()
                            + "', which is not a file of data/", "write the path of a CSV file below data/, e.g. data/benchmarks/x.csv");
                } else if (!charts.containsKey(chart.url())) {
                    BenchmarkData.load(file, problems).ifPresent(data -> charts.put(chart.url(), data));
                }
            }
        }
        return charts;
    }

    private void render(Parsed parsed, Path staging, Path cache, Problems problems) {
        SiteModel model = new SiteModel(parsed.config().getSiteHost(), parsed.localization(), parsed.site(),
                parsed.references(), parsed.citations());
        // each page renders on its own (its Markdown tree, its document): both cores share the work
        parsed.site().all().parallelStream().forEach(page -> {
            DocumentModel document = parsed.documents().get(page.sourcePath());
            String referencesPath = (String) model.forLanguage(page.lang()).get("referencesPath");
            RenderContext context = new RenderContext(page, url -> parsed.site().href(page, url), parsed.references(),
                    SiteIndex.relative(page.outputPath(), referencesPath), parsed.localization().strings(page.lang()), parsed.charts());
            context.attachTo(page.document());
            BodyHtml html = BodyHtml.of(parsed.markdown().renderer(page.lang()).render(page.document()),
                    parsed.localization().strings(page.lang()));
            document.put("heading", html.heading());
            document.setBody(html.body());
            model.describe(page, document);
        });
        timings.lap("render Markdown");
        SiteTemplates templates;
        try {
            templates = new SiteTemplates(parsed.store(), parsed.config(), model::forLanguage,
                    code -> parsed.localization().strings(code == null ? parsed.localization().source().code() : code),
                    Map.of("sitemap", model.sitemap()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Renderer renderer = new Renderer(parsed.store(), parsed.config(), templates);
        Path templateFolder = parsed.config().getTemplateFolder().toPath();
        TemplateFailure failures = new TemplateFailure(templateFolder);
        // Freemarker templates are safe to share between threads; each page writes its own file
        parsed.documents().entrySet().parallelStream().forEach(entry -> {
            try {
                renderer.render(entry.getValue());
            } catch (Exception e) {
                failures.add(e, "content/" + entry.getKey());
            }
        });
        if (Files.isRegularFile(templateFolder.resolve(parsed.config().getTemplateByDocType("sitemap")))) {
            try {
                renderer.renderSitemap("sitemap.xml");
            } catch (Exception e) {
                failures.add(e, "sitemap.xml");
            }
        }
        failures.report(problems);
        repeatedMarkup = templates.repeatedMarkup();
        timings.lap("render templates");
        if (!problems.hasErrors()) {
            SearchIndex search = new SearchIndex();
            for (String code : parsed.localization().codes()) {
                for (Page page : parsed.site().inLanguage(code).stream().filter(SiteModel::listed).toList()) {
                    search.add(page, "<h1>" + parsed.documents().get(page.sourcePath()).get("heading") + "</h1>"
                            + parsed.documents().get(page.sourcePath()).getBody());
                    if (page.frontMatter().type().equals("references")) {
                        search.addReferences(page, parsed.references());
                    }
                }
            }
            search.write(staging);
            TemplateFailure extras = new TemplateFailure(templateFolder);
            renderExtra(templates, "robots.ftl", staging.resolve("robots.txt"), extras);
            extras.report(problems);
            timings.lap("search index");
        }
        Asset asset = new Asset(parsed.config());
        asset.copy();
        asset.copyAssetsFromContent(parsed.config().getContentFolder());
        for (Throwable error : asset.getErrors()) {
            problems.error(parsed.config().getAssetFolder().toPath(), 0, 0, "an asset could not be copied: " + error.getMessage(),
                    "check the file's permissions");
        }
        timings.lap("copy assets");
        if (!problems.hasErrors()) {
            books(parsed, staging, cache);
        }
    }

    /** The single-page book of each language, and its PDF unless turned off (the preview does). */
    private void books(Parsed parsed, Path staging, Path cache) {
        String css;
        try {
            css = Files.readString(staging.resolve("css/site.css")) + "\n" + Files.readString(staging.resolve("css/book.css"));
        } catch (IOException e) {
            throw new UncheckedIOException("the books need assets/css/site.css and assets/css/book.css", e);
        }
        OfflineBook book = new OfflineBook(staging, parsed.site(), parsed.localization(), page -> articleHtml(parsed, page));
        for (Language language : parsed.localization().languages()) {
            org.jsoup.nodes.Document html = book.write(language, css);
            timings.lap("books");
            if (pdf) {
                Map<String, String> ui = parsed.localization().strings(language.code());
                BookPdf.write(html, ui.get("book_title") + " · " + ui.get("site_title"), staging.resolve(language.bookPath("pdf")), cache);
                timings.lap("PDF");
            }
        }
    }

    /** A page's article as rendered from its Markdown; null where the templates add to it (home map, reference list). */
    private static String articleHtml(Parsed parsed, Page page) {
        if (!page.frontMatter().type().equals("page")) {
            return null;
        }
        DocumentModel document = parsed.documents().get(page.sourcePath());
        return "<h1>" + document.get("heading") + "</h1>" + document.getBody();
    }

    /** Renders a template that is not a page (robots.txt), with the source language's model. */
    private static void renderExtra(SiteTemplates templates, String template, Path output, TemplateFailure failures) {
        if (!Files.isRegularFile(templates.templateFolder().toPath().resolve(template))) {
            return;
        }
        org.jbake.template.model.TemplateModel model = new org.jbake.template.model.TemplateModel();
        DocumentModel content = new DocumentModel();
        content.setType("extra");
        content.setRootPath("");
        model.setContent(content);
        try (java.io.Writer writer = Files.newBufferedWriter(output, java.nio.charset.StandardCharsets.UTF_8)) {
            templates.renderDocument(model, template, writer);
        } catch (Exception e) {
            failures.add(e, output.getFileName().toString());
        }
    }

    private static void failIfErrors(Problems problems) {
        if (problems.hasErrors()) {
            throw new BuildFailedException(problems.all());
        }
    }
}
