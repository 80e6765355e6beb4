package org.nodevspython.render;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's template seam, filled with a Freemarker set-up of the project's own: HTML
 * auto-escaping, errors thrown (never printed into the page), no logging of its own, a fixed
 * locale and time zone (same output on every machine), and a model with what the site
 * computed once per language ({@code site}) and the interface strings ({@code ui}).
 */
public final class SiteTemplates extends DelegatingTemplateEngine {

    static {
        // Freemarker would otherwise pick a logging library and print every template error twice
        System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    private final Configuration freemarker;
    private final Function<String, Map<String, Object>> siteModel;
    private final Function<String, Map<String, String>> ui;
    private final Map<String, Object> extra;
    private final CachedDirective cached = new CachedDirective();

    /**
     * @param siteModel the site-wide model of a language code
     * @param ui        the interface strings of a language code
     * @param extra     entries every template sees (e.g. the sitemap's list)
     */
    public SiteTemplates(ContentStore store, JBakeConfiguration config, Function<String, Map<String, Object>> siteModel,
                         Function<String, Map<String, String>> ui, Map<String, Object> extra) throws IOException {
        super(store, config);
        this.siteModel = siteModel;
        this.ui = ui;
        this.extra = extra;
        this.freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setLocale(Locale.ROOT);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel content = model.getContent();
        String lang = content.get("lang") instanceof String code ? code : null;
        Map<String, Object> data = new HashMap<>(extra);
        data.put("content", content);
        data.put("site", siteModel.apply(lang));
        data.put("ui", ui.apply(lang));
        data.put("cached", cached);
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(data, writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /** The blocks that {@code <@cached>} repeated on many pages: a checker reads them once. */
    public java.util.Collection<String> repeatedMarkup() {
        return cached.markup();
    }

    public File templateFolder() {
        return config.getTemplateFolder();
    }
}
