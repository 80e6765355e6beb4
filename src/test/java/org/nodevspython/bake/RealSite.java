package org.nodevspython.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.nodevspython.chart.BenchmarkData;
import org.nodevspython.chart.Charts;
import org.nodevspython.config.Sources;
import org.nodevspython.content.Page;
import org.nodevspython.content.ReadPages;
import org.nodevspython.content.ReservedIds;
import org.nodevspython.content.Site;
import org.nodevspython.i18n.Notices;
import org.nodevspython.i18n.SourceHistory;
import org.nodevspython.i18n.TranslationStatus;
import org.nodevspython.markdown.Article;
import org.nodevspython.markdown.RenderMarkdown;
import org.nodevspython.refs.CitationIndex;
import org.nodevspython.render.SiteModel;
import org.nodevspython.render.SiteTemplates;
import org.nodevspython.rules.Problems;
import org.nodevspython.strict.Fixture;

/**
 * The steps of a bake run one by one on a copy of the real project (or a fixture made from it), the
 * way {@link Bakery} chains them, so that the test of one step can give it what the steps before it
 * made. Bakes share JBake's static registries: tests using this run one after the other, as Surefire
 * runs them.
 */
public final class RealSite {

    public final Fixture project;
    /** Where the steps write: the output folder of this bake (created). */
    public final Path output;
    public final Problems problems;
    public final Sources sources;
    public final Site site;
    public final CitationIndex citations;
    public final TranslationStatus status;

    private RealSite(Fixture project) {
        this.project = project;
        this.output = project.root().resolve("target/site");
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.problems = new Problems(project.root());
        this.sources = Sources.read(project.root(), output, problems);
        this.site = new ReadPages(sources, ReservedIds.in(sources.config().templateFolder())).read(problems);
        this.citations = new CitationIndex(site.pages(), sources.references(), sources.localization().languages());
        this.status = new TranslationStatus(site.pages(), sources.localization());
    }

    /** Copies the real project into {@code folder} and reads its sources and pages. */
    public static RealSite copy(Path folder) {
        return new RealSite(Fixture.copyOfRealProject(folder));
    }

    /** Reads the sources and pages of a fixture (a copy of the real project, changed). */
    public static RealSite of(Fixture fixture) {
        return new RealSite(fixture);
    }

    /** The step "check the site". */
    public void check() {
        new CheckSite(sources, site.pages(), citations, status).run(problems);
    }

    public Map<String, BenchmarkData> charts() {
        return Charts.load(site.pages(), project.root(), sources.config().dataFolder(), problems);
    }

    public SiteModel model() {
        return new SiteModel(sources.config().siteHost(), sources.localization(), site.pages(), sources.references(), citations)
                .from(Bakery.pageSources(project.root(), sources));
    }

    /** The templates, as {@link Bakery} sets them up. */
    public SiteTemplates templates(SiteModel model) {
        return Bakery.templates(sources, site, model);
    }

    /** The step "render Markdown". */
    public Map<Page, Article> articles(SiteTemplates templates) {
        Map<String, List<Notices.Notice>> notices = Notices.of(status, () -> SourceHistory.of(project.root()), false, project.root(), problems);
        return new RenderMarkdown(sources, site.pages(), charts(), templates, notices).render(problems);
    }

    public Page page(String sourcePath) {
        return site.pages().bySource(sourcePath).orElseThrow(() -> new AssertionError("no page " + sourcePath));
    }
}
