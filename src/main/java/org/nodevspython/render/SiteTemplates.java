package org.nodevspython.render;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.ModelExtractors;
import org.jbake.template.NoModelExtractorException;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's template seam, filled with a Freemarker set-up of the project's own: HTML
 * auto-escaping, errors thrown (never printed into the page), no logging of its own, a fixed
 * locale and time zone (same output on every machine). Templates read JBake's own variables
 * ({@code content}, {@code config}, {@code version}, and the document lists such as
 * {@code published_content}, extracted from the content store on first use as stock JBake does),
 * plus what the site computed once per language ({@code site}) and the interface strings
 * ({@code ui}): docs/TEMPLATES.md lists them all.
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
    private volatile boolean readDocumentLists;
    /**
     * {@code ${sha256(text)}}: the base64 SHA-256 of a text, the way a Content-Security-Policy names the one inline
     * script or stylesheet it allows ({@code 'sha256-...'}).
     */
    private static final TemplateMethodModelEx SHA256 = arguments -> {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof freemarker.template.TemplateScalarModel text)) {
            throw new TemplateModelException("sha256 takes one text, e.g. ${sha256(themeJs)}");
        }
        return org.nodevspython.files.Hashes.base64(text.getAsString());
    };

    /** The one-line templates that call a library's macro, made once each. */
    private final Map<String, Template> calls = new java.util.concurrent.ConcurrentHashMap<>();
    /** JBake's {@code config}: every setting, with dots as underscores ({@code config.site_host}). */
    private final Map<String, Object> jbakeConfig;

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
        this.jbakeConfig = ((org.jbake.app.configuration.DefaultJBakeConfiguration) config).asHashMap();
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel content = model.getContent();
        process(templateName, data(content.get("lang") instanceof String code ? code : null, content), writer);
    }

    /**
     * Renders a template that is not a page's (a book), in one language.
     *
     * @param values what the template reads besides the usual model, e.g. {@code book}
     */
    public String render(String templateName, String lang, Map<String, Object> values) throws RenderingException {
        DocumentModel content = new DocumentModel();
        content.put("lang", lang);
        Map<String, Object> data = data(lang, content);
        data.putAll(values);
        StringWriter out = new StringWriter();
        process(templateName, data, out);
        return out.toString();
    }

    /**
     * Calls a macro of a template library, e.g. {@code chart} of chart.ftl, for a piece of markup that
     * goes inside a page's article.
     *
     * @param arguments the macro's parameters by name
     */
    public String macro(String templateName, String macro, String lang, Map<String, Object> arguments) throws RenderingException {
        Template call = calls.computeIfAbsent(templateName + "\0" + macro, k -> {
            try {
                return new Template(templateName, "<#import \"" + templateName + "\" as library>"
                        + "<@library." + macro + "?with_args(arguments)/>", freemarker);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        DocumentModel content = new DocumentModel();
        content.put("lang", lang);
        Map<String, Object> data = data(lang, content);
        data.put("arguments", arguments);
        StringWriter out = new StringWriter();
        try {
            call.process(data, out);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
        return out.toString();
    }

    private Map<String, Object> data(String lang, DocumentModel content) {
        Map<String, Object> data = new HashMap<>(extra);
        data.put("content", content);
        data.put("config", jbakeConfig);
        data.put("version", config.getVersion());
        data.put("site", siteModel.apply(lang));
        data.put("ui", ui.apply(lang));
        data.put("cached", cached);
        data.put("sha256", SHA256);
        return data;
    }

    private void process(String templateName, Map<String, Object> data, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(new JBakeModel(data), writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /**
     * The model a template sees: the values given, and JBake's document lists ({@code published_content},
     * {@code published_pages}, {@code all_content}, {@code <type>s}, {@code db}, …) from JBake's own extractors,
     * each computed only when a template asks for it.
     */
    private final class JBakeModel implements TemplateHashModel {
        private final Map<String, Object> values;

        JBakeModel(Map<String, Object> values) {
            this.values = values;
        }

        @Override
        public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
            Object value = values.get(key);
            if (value == null && ModelExtractors.getInstance().containsKey(key)) {
                readDocumentLists = true;
                try {
                    value = ModelExtractors.getInstance().extractAndTransform(db, key, values, (k, extracted) -> extracted);
                } catch (NoModelExtractorException e) {
                    value = null;
                }
            }
            return value == null ? null : freemarker.getObjectWrapper().wrap(value);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    /**
     * Whether a template read one of JBake's document lists ({@code published_content}, {@code db}, …) so far: a
     * page that does can show any other page, and the incremental preview then writes every page again.
     */
    public boolean readDocumentLists() {
        return readDocumentLists;
    }

    /** The blocks that {@code <@cached>} repeated on many pages: a checker reads them once. */
    public java.util.Collection<String> repeatedMarkup() {
        return cached.markup();
    }

    public File templateFolder() {
        return config.getTemplateFolder();
    }
}
