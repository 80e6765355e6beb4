package org.nodevspython.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.bake.RealSite;
import org.nodevspython.chart.ChartModel;
import org.nodevspython.content.Page;
import org.nodevspython.i18n.Language;
import org.nodevspython.i18n.Notices;
import org.nodevspython.i18n.WordDiff;
import org.nodevspython.markdown.Article;
import org.nodevspython.offline.OfflineBook;
import org.nodevspython.strict.Fixture;

/**
 * docs/TEMPLATES.md against the model the templates really get, on a bake of a copy of the real project with one
 * translation taken away (so that a stand-in page, and the fields only stand-ins have, are there too): every name
 * the code puts in the model is in the doc, every name the doc gives exists, and every macro of the templates is
 * there with its parameters. A name is written in the doc as a code span with its whole path, {@code []} standing
 * for each item of a list: {@code `site.nav[].title`}.
 */
class TemplatesDocTest {

    private static final String DOC = "docs/TEMPLATES.md";
    /** The roots whose names the doc must not invent: each name under them it gives must be in the model. */
    private static final Pattern ROOTED = Pattern.compile(
            "(?<![\\w./-])(site|content|sitemap|inline|ui|config|book|c|notice)((?:\\.[A-Za-z_]\\w*|\\[])+)");
    private static final Set<String> FILE_EXTENSIONS = Set.of("ftl", "md", "yaml", "properties", "html", "xml", "txt", "js", "pdf");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern MACRO = Pattern.compile("<#macro\\s+(\\w+)([^>]*)>");

    @TempDir
    static Path tmp;

    /** The names the doc must give: what the code puts in the models. */
    private static final Set<String> required = new TreeSet<>();
    /** The names that exist: the required ones and every setting of {@code config}, most of which the doc leaves out. */
    private static final Set<String> existing = new TreeSet<>();
    private static List<String> spans;
    private static List<String> codeLines;
    private static Path templateFolder;
    private static Set<String> languageCodes;

    @BeforeAll
    static void bake() throws Exception {
        // a page with a front matter date: the copy has no git history to date the others
        RealSite real = RealSite.of(Fixture.copyOfRealProject(tmp).delete("content/en/conclusion.md")
                .replaceInFile("content/en/nodejs.md", "\nkey: nodejs\n", "\nkey: nodejs\ndate: 2026-12-01\n"));
        SiteModel model = real.model();
        SiteTemplates templates = real.templates(model);
        Map<Page, Article> articles = real.articles(templates);
        new RenderPages(real.sources, real.site, model, templates).render(articles, real.output, real.problems);
        assertEquals(List.of(), real.problems.errors());
        assertTrue(real.site.pages().standIns().stream().anyMatch(p -> p.sourcePath().equals("en/conclusao.md")),
                "the fixture has a stand-in");
        templateFolder = real.sources.config().templateFolder();
        languageCodes = Set.copyOf(real.sources.localization().codes());
        collectTopLevel(templates);
        collectPerLanguage(real, model, templates);
        real.site.documents().values().forEach(document -> walk("content", document, true));
        collectLagNotice();
        collectSettings(real);
        existing.addAll(required);
        readDoc(Fixture.realProject().resolve(DOC));
    }

    @Test
    void everyNameOfTheModelIsInTheDoc() {
        List<String> missing = required.stream().filter(name -> !mentioned(name)).toList();
        assertEquals(List.of(), missing, "names the templates can read that " + DOC + " does not give (as `name`)");
    }

    @Test
    void everyNameTheDocGivesExists() {
        Set<String> unknown = new TreeSet<>();
        Stream.concat(spans.stream(), codeLines.stream()).forEach(code -> {
            Matcher name = ROOTED.matcher(code);
            while (name.find()) {
                String path = name.group(1) + name.group(2);
                if (!notAName(name.group(2)) && !existing.contains(path)) {
                    unknown.add(path);
                }
            }
        });
        assertEquals(Set.of(), unknown, "names " + DOC + " gives that the templates cannot read");
    }

    @Test
    void everyMacroIsInTheDocWithItsParameters() throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> macros = new TreeSet<>();
        Set<String> libraries = new TreeSet<>();
        try (Stream<Path> files = Files.list(templateFolder)) {
            for (Path template : files.filter(f -> f.toString().endsWith(".ftl")).sorted().toList()) {
                String library = template.getFileName().toString().replace(".ftl", "");
                libraries.add("<@" + library + ".");
                Matcher macro = MACRO.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (macro.find()) {
                    String call = "<@" + library + "." + macro.group(1);
                    macros.add(call);
                    if (spans.stream().noneMatch(span -> isCall(span, call) && hasParameters(span, macro.group(2)))) {
                        missing.add(call + macro.group(2));
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "macros " + DOC + " does not show as `<@library.name parameters…>`");
        List<String> unknown = spans.stream().filter(span -> libraries.stream().anyMatch(span::startsWith))
                .filter(span -> macros.stream().noneMatch(call -> isCall(span, call))).toList();
        assertEquals(List.of(), unknown, "macro calls in " + DOC + " that no template defines");
    }

    /** What every template sees: JBake's and this site's names, the extra models, and JBake's document lists. */
    private static void collectTopLevel(SiteTemplates templates) throws Exception {
        Map<?, ?> data = (Map<?, ?>) callPrivate(SiteTemplates.class, templates, "data", "en", new DocumentModel());
        data.forEach((name, value) -> {
            if (name.equals("config")) {
                required.add("config");
                ((Map<?, ?>) value).keySet().forEach(key -> existing.add("config." + key));
            } else if (!name.equals("content") && !name.equals("site") && !name.equals("ui")) {
                walk((String) name, value, false);
            }
        });
        required.add("content");
        required.addAll(ModelExtractors.getInstance().keySet());
    }

    /** {@code site} and {@code ui} of each language, and what is made per language: the book and the charts. */
    private static void collectPerLanguage(RealSite real, SiteModel model, SiteTemplates templates) throws Exception {
        Path icon = real.project.path("assets/favicon.svg");
        Files.copy(icon, real.output.resolve("favicon.svg"));
        OfflineBook book = new OfflineBook(real.output, real.site, real.sources.localization(), templates);
        for (Language language : real.sources.localization().languages()) {
            walk("site", model.forLanguage(language.code()), false);
            walk("ui", real.sources.localization().strings(language.code()), false);
            walk("book", callPrivate(OfflineBook.class, book, "model", language, "", real.site.pages().listed(language.code()),
                    (java.util.function.Function<Page, org.jbake.model.DocumentModel>) real.site::document), false);
            real.charts().values().forEach(chart -> walk("c", ChartModel.of(chart, "chart-1", language.code()), false));
        }
    }

    /** The notice lag.ftl draws, with every optional part there: a date and a word diff. */
    private static void collectLagNotice() throws Exception {
        Notices.Notice notice = new Notices.Notice("scalability", false, "Escalabilidade", Optional.of("2025-01-31"),
                List.of(new WordDiff.Segment(WordDiff.Kind.ADDED, "word")));
        walk("notice", callPrivate(Class.forName("org.nodevspython.markdown.LagNotices"), null, "model", notice), false);
    }

    /** Each setting of jbake.properties, as {@code config} shows it: dots become underscores. */
    private static void collectSettings(RealSite real) {
        Properties settings = new Properties();
        try (Reader file = Files.newBufferedReader(real.project.path("jbake.properties"), StandardCharsets.UTF_8)) {
            settings.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings.stringPropertyNames().forEach(key -> required.add("config." + key.replace('.', '_')));
    }

    /**
     * Adds the path of a value and of everything inside it. A page's document inside another model (a book's
     * chapter) is documented as {@code content}: not walked again. A map by language code ({@code site.ogLocales})
     * has data for keys, not names.
     */
    private static void walk(String path, Object value, boolean root) {
        required.add(path);
        if (value instanceof DocumentModel && !root) {
            return;
        }
        if (value instanceof Map<?, ?> map && !byLanguage(map)) {
            map.forEach((key, inner) -> walk(path + "." + key, inner, false));
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> walk(path + "[]", item, false));
        }
    }

    private static boolean byLanguage(Map<?, ?> map) {
        return !map.isEmpty() && languageCodes.containsAll(map.keySet());
    }

    /**
     * Calls a private method: the names of these models are put together there and only there (the model a
     * template sees, the book's, a notice's), so reading them through it leaves no new name out of the doc.
     */
    private static Object callPrivate(Class<?> type, Object target, String name, Object... arguments) throws Exception {
        Method method = Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(type.getSimpleName() + "." + name + " is gone: update this test"));
        method.setAccessible(true);
        return method.invoke(target, arguments);
    }

    /** The doc's inline code spans, and the lines of its code blocks (read for names, not counted as giving them). */
    private static void readDoc(Path doc) throws IOException {
        spans = new ArrayList<>();
        codeLines = new ArrayList<>();
        boolean inBlock = false;
        for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock) {
                codeLines.add(line);
            } else {
                Matcher span = CODE_SPAN.matcher(line);
                while (span.find()) {
                    spans.add(span.group(1));
                }
            }
        }
    }

    /**
     * Whether a code span gives a name: it is the name, or starts with it ({@code `site.nav[].title`} gives
     * {@code site.nav} too), or calls it ({@code `${sha256(text)}`}, {@code `<@cached key=…>`}).
     */
    private static boolean mentioned(String name) {
        return spans.stream().map(span -> span.replaceFirst("^(\\$\\{|<@)", ""))
                .anyMatch(span -> span.startsWith(name) && (span.length() == name.length()
                        || !Character.isLetterOrDigit(span.charAt(name.length())) && span.charAt(name.length()) != '_'));
    }

    /**
     * Whether what follows a root is no model name: a file's extension ({@code `book.ftl`}, not {@code `book.css`},
     * which is a field), or a class of the project's package of that name ({@code `content.ReadPages`}).
     */
    private static boolean notAName(String path) {
        String first = path.substring(1).split("[.\\[]")[0];
        return FILE_EXTENSIONS.contains(first) || Character.isUpperCase(first.charAt(0));
    }

    private static boolean isCall(String span, String call) {
        return span.startsWith(call) && (span.length() == call.length() || " />".indexOf(span.charAt(call.length())) >= 0);
    }

    /** Whether the span names every parameter of the macro ({@code page=content label=""}: page, label). */
    private static boolean hasParameters(String span, String parameters) {
        return Arrays.stream(parameters.trim().split("\\s+")).filter(p -> !p.isEmpty()).map(p -> p.split("=")[0])
                .allMatch(parameter -> Pattern.compile("\\b" + parameter + "\\b").matcher(span).find());
    }
}
