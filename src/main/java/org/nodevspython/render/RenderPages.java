package org.nodevspython.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jbake.app.Renderer;
import org.jbake.model.DocumentModel;
import org.nodevspython.config.Sources;
import org.nodevspython.content.Page;
import org.nodevspython.content.Site;
import org.nodevspython.markdown.Article;
import org.nodevspython.rules.Problems;

/**
 * Writes every page through its template, with JBake's renderer (the template of a page's type,
 * the output file its {@code uri} names), on every core; then the sitemap and robots.txt.
 * A template mistake that breaks many pages is reported once, with the pages it broke.
 */
public final class RenderPages {

    private final Sources sources;
    private final Site site;
    private final SiteModel model;
    private final SiteTemplates templates;

    public RenderPages(Sources sources, Site site, SiteModel model, SiteTemplates templates) {
        this.sources = sources;
        this.site = site;
        this.model = model;
        this.templates = templates;
    }

    public void render(Map<Page, Article> articles, Path output, Problems problems) {
        Renderer renderer = new Renderer(site.store(), sources.config().jbake(), templates);
        TemplateFailure failures = new TemplateFailure(sources.config().templateFolder());
        renderPages(java.util.stream.Stream.concat(site.pages().all().stream(), site.pages().standIns().stream()).toList(), articles,
                renderer, failures);
        if (Files.isRegularFile(sources.config().templateFolder().resolve(sources.config().template("sitemap")))) {
            try {
                renderer.renderSitemap("sitemap.xml");
            } catch (Exception e) {
                failures.add(e, "sitemap.xml");
            }
        }
        renderExtra("robots.ftl", output.resolve("robots.txt"), failures);
        failures.report(problems);
    }

    /**
     * Writes only these pages (stand-ins included), not the sitemap nor robots.txt: the incremental preview
     * writes again only the pages an edit changed, when the rest of the site stays as it was.
     */
    public void render(Collection<Page> pages, Map<Page, Article> articles, Problems problems) {
        TemplateFailure failures = new TemplateFailure(sources.config().templateFolder());
        renderPages(pages, articles, new Renderer(site.store(), sources.config().jbake(), templates), failures);
        failures.report(problems);
    }

    private void renderPages(Collection<Page> pages, Map<Page, Article> articles, Renderer renderer, TemplateFailure failures) {
        Map<String, DocumentModel> documents = new LinkedHashMap<>();
        for (Page page : pages) {
            DocumentModel document = site.document(page);
            Article article = articles.get(page);
            document.put("heading", article.heading());
            document.setBody(article.body());
            document.put("footnotes", article.footnotes());
            model.describe(page, document);
            documents.put(page.sourcePath(), document);
        }
        // Freemarker templates are safe to share between threads; each page writes its own file
        documents.entrySet().parallelStream().forEach(entry -> {
            try {
                renderer.render(entry.getValue());
            } catch (Exception e) {
                failures.add(e, "content/" + entry.getKey());
            }
        });
    }

    /** Renders a template that is not a page (robots.txt), with the source language's model. */
    private void renderExtra(String template, Path file, TemplateFailure failures) {
        if (!Files.isRegularFile(sources.config().templateFolder().resolve(template))) {
            return;
        }
        org.jbake.template.model.TemplateModel extra = new org.jbake.template.model.TemplateModel();
        DocumentModel content = new DocumentModel();
        content.setType("extra");
        content.setRootPath("");
        extra.setContent(content);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            templates.renderDocument(extra, template, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            failures.add(e, file.getFileName().toString());
        }
    }
}
