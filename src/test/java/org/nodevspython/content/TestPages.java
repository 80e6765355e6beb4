package org.nodevspython.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nodevspython.i18n.Language;
import org.nodevspython.i18n.Localization;
import org.nodevspython.refs.Reference;
import org.nodevspython.refs.References;
import org.nodevspython.rules.Problems;

/**
 * Pages for unit tests, made the way a bake makes them: front matter split and parsed by
 * {@link FrontMatter}, Markdown parsed by {@link PageParser} with {@link MarkdownSyntax#parser()}.
 * Every helper fails the test when its input has a mistake, so a test never runs on a page the
 * build would have refused.
 */
public final class TestPages {

    /** The project folder pages are reported in; it need not exist. */
    public static final Path PROJECT = Path.of("test-project").toAbsolutePath().normalize();

    private TestPages() {
    }

    /** The site's two languages, as data/i18n.yaml declares them, with a few interface strings. */
    public static Localization localization() {
        Map<String, Map<String, String>> strings = new LinkedHashMap<>();
        strings.put("pt-BR", Map.of("notes", "Notas", "back_to_text", "Voltar ao texto", "og_locale", "pt_BR"));
        strings.put("en", Map.of("notes", "Notes", "back_to_text", "Back to the text", "og_locale", "en_US"));
        return new Localization(List.of(new Language("pt-BR", "Português", "", "“”‘’", "livro"),
                new Language("en", "English", "en", "“”‘’", "book")), strings);
    }

    /** An empty reference list. */
    public static References noReferences() {
        return new References(PROJECT.resolve("data/references.yaml"), List.of());
    }

    /** A reference with a note in both languages. */
    public static Reference reference(int number, String key, String title) {
        return new Reference(number, key, title, "Author " + number, "Publisher " + number, "2020-0" + number,
                "https://example.org/" + key, "en", true, Map.of("pt-BR", "nota " + key, "en", "note " + key), null, number * 10);
    }

    /**
     * A page from the whole text of its file (front matter and Markdown), parsed with the given references.
     *
     * @param sourcePath the path below content/, e.g. {@code en/nodejs.md}
     */
    public static Page parse(String sourcePath, String text, References references) {
        Problems problems = new Problems(PROJECT);
        Path file = PROJECT.resolve("content").resolve(sourcePath);
        FrontMatter.Split split = FrontMatter.split(text, file, problems).orElseThrow(() -> new AssertionError(problems.all()));
        FrontMatter frontMatter = FrontMatter.parse(split, file, localization(), problems)
                .orElseThrow(() -> new AssertionError(problems.all()));
        Page page = new PageParser(MarkdownSyntax.parser(), references, Set.of()).parse(file, sourcePath, frontMatter, split, problems)
                .orElseThrow(() -> new AssertionError(problems.all()));
        assertEquals(List.of(), problems.all(), "the test page " + sourcePath + " has mistakes");
        return page;
    }

    public static Page parse(String sourcePath, String text) {
        return parse(sourcePath, text, noReferences());
    }

    /**
     * A page with the given front matter values and Markdown body (its title heading included).
     *
     * @param lang pt-BR or en
     */
    public static Page page(String sourcePath, String lang, String key, int order, PageType type, String markdown,
                            References references) {
        String title = markdown.startsWith("# ") ? markdown.lines().findFirst().orElseThrow().substring(2).strip() : key;
        String text = "---\n"
                + "title: \"" + title + "\"\n"
                + "lang: " + lang + "\n"
                + "key: " + key + "\n"
                + "order: " + order + "\n"
                + "type: " + type.key() + "\n"
                + "description: \"About " + key + ".\"\n"
                + "---\n"
                + markdown;
        return parse(sourcePath, text, references);
    }

    public static Page page(String sourcePath, String lang, String key, int order, PageType type, String markdown) {
        return page(sourcePath, lang, key, order, type, markdown, noReferences());
    }

    /** A page of text whose title heading is {@code # Title of <key>}. */
    public static Page page(String sourcePath, String lang, String key, int order) {
        return page(sourcePath, lang, key, order, PageType.PAGE, "# Title of " + key + "\n\nText of " + key + ".\n");
    }

    /** The index of these pages, languages in the site's order. */
    public static SiteIndex index(Page... pages) {
        Map<String, Page> bySource = new LinkedHashMap<>();
        for (Page page : pages) {
            bySource.put(page.sourcePath(), page);
        }
        Map<String, String> folders = new LinkedHashMap<>();
        localization().languages().forEach(language -> folders.put(language.code(), language.folder()));
        return new SiteIndex(bySource, localization().codes(), folders);
    }
}
