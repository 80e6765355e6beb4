package org.nodevspython.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * {@code <@cached key="..." current="...">...</@cached>}: renders its body once per key and bake,
 * then writes the same markup again (Hugo's {@code partialCached}). The navigation lists every page
 * of a language on every page: rendered once per language instead of once per page, a site's
 * templates cost time linear in its pages, not quadratic. The body must depend on nothing but the
 * key. {@code current}, when given, is the address of the page being rendered: the link to it in the
 * cached markup gets {@code aria-current="page"}.
 */
final class CachedDirective implements TemplateDirectiveModel {

    // pages render on several threads: at worst two render the same block once each, with the same result
    private final Map<String, String> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    /** The markup rendered so far, as cached (before the current page is marked). */
    java.util.Collection<String> markup() {
        return java.util.List.copyOf(new java.util.TreeMap<>(rendered).values());
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                        TemplateDirectiveBody body) throws TemplateException, IOException {
        Object key = params.get("key");
        if (key == null || body == null) {
            throw new TemplateModelException("<@cached> needs a key=\"...\" and a body");
        }
        String markup = rendered.get(key.toString());
        if (markup == null) {
            StringWriter out = new StringWriter();
            body.render(out);
            markup = out.toString();
            String first = rendered.putIfAbsent(key.toString(), markup);
            markup = first == null ? markup : first;
        }
        Object current = params.get("current");
        if (current != null) {
            // the closing quote ends the address: "nodejs.html" never matches "nodejs.html#x", and other attributes
            // (a stand-in's lang) may follow
            String link = "<a href=\"" + current + "\"";
            markup = markup.replace(link, link + " aria-current=\"page\"");
        }
        env.getOut().write(markup);
    }
}
