package org.nodevspython.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import org.junit.jupiter.api.Test;

/**
 * {@code <@cached key=... current=...>}: its body rendered once per key (a counter in the body
 * tells), the same markup written again with the current page's link marked
 * {@code aria-current="page"}, the markup kept unmarked for the output check, a missing key refused,
 * and many pages rendered at once on many threads each getting the right markup.
 */
class CachedDirectiveTest {

    private static final String NAV = "<@cached key=\"nav ${lang}\" current=current>"
            + "<nav><a href=\"a.html\">A</a> <a href=\"b.html\">B</a> #${count()}</nav></@cached>";

    private final CachedDirective cached = new CachedDirective();
    private final AtomicInteger renders = new AtomicInteger();
    private final Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);

    CachedDirectiveTest() {
        StringTemplateLoader templates = new StringTemplateLoader();
        templates.putTemplate("nav.ftl", NAV);
        templates.putTemplate("nokey.ftl", "<@cached>x</@cached>");
        templates.putTemplate("attributes.ftl", "<@cached key=\"attrs\" current=current><a href=\"a.html\" lang=\"pt-BR\">A</a>"
                + " <a href=\"a.html#x\">A, x</a></@cached>");
        templates.putTemplate("nocurrent.ftl", "<@cached key=\"k\"><a href=\"a.html\">A</a></@cached>");
        freemarker.setTemplateLoader(templates);
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
    }

    private String render(String template, String lang, String current) throws IOException, TemplateException {
        Map<String, Object> data = new HashMap<>();
        data.put("cached", cached);
        data.put("lang", lang);
        data.put("current", current);
        data.put("count", (TemplateMethodModelEx) arguments -> renders.incrementAndGet());
        StringWriter out = new StringWriter();
        freemarker.getTemplate(template).process(data, out);
        return out.toString();
    }

    private static String nav(String current, int count) {
        String markup = "<nav><a href=\"a.html\">A</a> <a href=\"b.html\">B</a> #" + count + "</nav>";
        return current == null ? markup
                : markup.replace("<a href=\"" + current + "\">", "<a href=\"" + current + "\" aria-current=\"page\">");
    }

    @Test
    void theBodyIsRenderedOncePerKey() throws Exception {
        assertEquals(nav("a.html", 1), render("nav.ftl", "en", "a.html"));
        assertEquals(nav("b.html", 1), render("nav.ftl", "en", "b.html"), "the same markup, the other link marked");
        assertEquals(1, renders.get());
        assertEquals(nav("a.html", 2), render("nav.ftl", "pt-BR", "a.html"), "another key renders its body");
        assertEquals(2, renders.get());
    }

    @Test
    void aPageThatIsNotInTheBlockMarksNothing() throws Exception {
        assertEquals(nav(null, 1), render("nav.ftl", "en", "c.html"));
    }

    /** A stand-in's link says the language of its title: it is marked all the same, and a link to one of its sections is not. */
    @Test
    void aLinkWithMoreAttributesIsMarkedAndALinkToASectionIsNot() throws Exception {
        assertEquals("<a href=\"a.html\" aria-current=\"page\" lang=\"pt-BR\">A</a> <a href=\"a.html#x\">A, x</a>",
                render("attributes.ftl", "en", "a.html"));
    }

    @Test
    void withoutCurrentNothingIsMarked() throws Exception {
        assertEquals("<a href=\"a.html\">A</a>", render("nocurrent.ftl", "en", null));
    }

    @Test
    void theMarkupIsKeptUnmarkedInTheOrderOfItsKeys() throws Exception {
        render("nav.ftl", "pt-BR", "a.html");
        render("nav.ftl", "en", "b.html");
        render("nav.ftl", "en", "a.html");
        assertEquals(List.of(nav(null, 2), nav(null, 1)), List.copyOf(cached.markup()), "'nav en' before 'nav pt-BR'");
    }

    @Test
    void aKeyIsRequired() {
        TemplateException error = assertThrows(TemplateException.class, () -> render("nokey.ftl", "en", null));
        assertTrue(error instanceof TemplateModelException || error.getCause() instanceof TemplateModelException, error.toString());
        assertTrue(error.getMessage().contains("<@cached> needs a key=\"...\" and a body"), error.getMessage());
    }

    @Test
    void pagesRenderedAtOnceEachGetTheirMarkup() throws Exception {
        int pages = 64;
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outputs = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                String current = i % 2 == 0 ? "a.html" : "b.html";
                String lang = i % 4 < 2 ? "en" : "pt-BR";
                Callable<String> page = () -> {
                    start.await();
                    return render("nav.ftl", lang, current);
                };
                outputs.add(threads.submit(page));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> output : outputs) {
                results.add(output.get(30, TimeUnit.SECONDS));
            }
            // each key's markup is one of the bodies rendered for it: the same for every page of that key
            List<String> keys = List.copyOf(cached.markup());
            assertEquals(2, keys.size(), keys.toString());
            for (int i = 0; i < pages; i++) {
                String current = i % 2 == 0 ? "a.html" : "b.html";
                String markup = keys.get(i % 4 < 2 ? 0 : 1);
                assertEquals(markup.replace("<a href=\"" + current + "\">", "<a href=\"" + current + "\" aria-current=\"page\">"),
                        results.get(i), "page " + i);
            }
            assertTrue(renders.get() >= 2 && renders.get() <= pages, "renders: " + renders.get());
        } finally {
            threads.shutdownNow();
        }
    }
}
