package org.nodevspython.markdown;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.nodevspython.chart.BenchmarkData;
import org.nodevspython.chart.ChartModel;
import org.nodevspython.config.Sources;
import org.nodevspython.content.LinkUse;
import org.nodevspython.content.Page;
import org.nodevspython.content.PageType;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.i18n.Notices;
import org.nodevspython.links.Address;
import org.nodevspython.links.PageLinks;
import org.nodevspython.render.SiteTemplates;
import org.nodevspython.render.TemplateFailure;
import org.nodevspython.rules.Problems;

/**
 * Turns every page's Markdown into HTML, once, on every core: each page has its own Markdown
 * tree, and the site-wide facts it needs (where the other pages are, the references, the
 * charts' figures) are read-only by now. The charts are drawn by {@code templates/chart.ftl}.
 */
public final class RenderMarkdown {

    /** The template library that draws the charts, and its macro. */
    static final String CHART_TEMPLATE = "chart.ftl";

    private final Sources sources;
    private final SiteIndex site;
    private final Map<String, BenchmarkData> charts;
    private final SiteTemplates templates;
    private final MarkdownOptions markdown;

    private final Map<String, List<Notices.Notice>> notices;

    /** @param notices the notices of each lagging translation, by its source path (see {@link Notices}) */
    public RenderMarkdown(Sources sources, SiteIndex site, Map<String, BenchmarkData> charts, SiteTemplates templates,
                          Map<String, List<Notices.Notice>> notices) {
        this.sources = sources;
        this.site = site;
        this.charts = charts;
        this.templates = templates;
        this.notices = notices;
        this.markdown = new MarkdownOptions(sources.localization());
    }

    /** The article of every page, by page; a chart the template cannot draw is reported as a template error. */
    public Map<Page, Article> render(Problems problems) {
        return render(problems, site.all());
    }

    /**
     * The articles of some of the pages written from Markdown (not stand-ins), and of the stand-ins of those
     * among them that have any: the incremental preview renders only the pages an edit changed.
     */
    public Map<Page, Article> render(Problems problems, Collection<Page> pages) {
        PageLinks links = new PageLinks(site);
        TemplateFailure failures = new TemplateFailure(sources.config().templateFolder());
        Map<Page, Article> articles = new ConcurrentHashMap<>();
        Set<Page> rendered = Collections.newSetFromMap(new IdentityHashMap<>());
        rendered.addAll(pages);
        pages.parallelStream().forEach(page -> {
            String referencesPath = site.first(page.lang(), PageType.REFERENCES).map(Page::outputPath).orElse("");
            Map<String, String> ui = sources.localization().strings(page.lang());
            new RenderContext(page, url -> links.href(page, url), sources.references(),
                    Address.relative(page.outputPath(), referencesPath), ui).attachTo(page.document());
            Problems own = problems.empty();
            Article article = BodyHtml.of(markdown.renderer(page.lang()).render(page.document()), page, markdown.positionAttribute(),
                    ui, n -> chart(page, n, failures), own);
            List<Notices.Notice> lag = notices.get(page.sourcePath());
            if (lag != null) {
                Page source = site.translation(page, sources.localization().source().code()).orElseThrow();
                try {
                    article = LagNotices.insert(article, page, source, lag, templates);
                } catch (Exception e) {
                    failures.add(e, "content/" + page.sourcePath());
                }
            }
            articles.put(page, article);
            problems.addAll(own);
        });
        for (Page standIn : site.standIns()) {
            if (!rendered.contains(standIn.original().orElseThrow())) {
                continue;
            }
            try {
                articles.put(standIn, StandInArticles.of(articles.get(standIn.original().orElseThrow()), standIn, site, templates));
            } catch (Exception e) {
                failures.add(e, "content/" + standIn.original().orElseThrow().sourcePath());
            }
        }
        failures.report(problems);
        return articles;
    }

    /** The chart of the n-th {@code ```benchmarks} block of a page. */
    private String chart(Page page, int n, TemplateFailure failures) {
        if (n >= page.charts().size()) {
            return "";
        }
        LinkUse block = page.charts().get(n);
        if (!charts.containsKey(block.url())) {
            return ""; // its file is missing or broken: reported where the figures were loaded
        }
        try {
            return templates.macro(CHART_TEMPLATE, "chart", page.lang(),
                    Map.of("c", ChartModel.of(charts.get(block.url()), "chart-" + (n + 1), page.lang())));
        } catch (Exception e) {
            failures.add(e, "content/" + page.sourcePath());
            return "";
        }
    }
}
