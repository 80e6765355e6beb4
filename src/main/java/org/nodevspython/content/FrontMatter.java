package org.nodevspython.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.nodevspython.i18n.Localization;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;
import org.nodevspython.yaml.YamlMap;
import org.nodevspython.yaml.YamlSource;

/**
 * The YAML block between {@code ---} lines at the top of a page: it previews as a table on
 * a code host, unlike JBake's {@code key=value} header, and every field is checked.
 *
 * @param key            language-neutral key that pairs a page with its translations
 * @param translatedFrom for a translation: the hash of each section of the source-language page
 *                       it was last brought up to date with (empty for source-language pages)
 * @param lines          the line of each key, for messages about a value
 */
public record FrontMatter(String title, String lang, String key, int order, PageType type, String description,
                          String date, Map<String, String> translatedFrom, Map<String, Integer> lines) {

    public static final List<String> KEYS =
            List.of("title", "lang", "key", "order", "type", "description", "date", "translated_from");
    public static final int DESCRIPTION_MAX = 160;
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{8}");

    /** A page's text cut into its front matter and its Markdown body. */
    public record Split(String yaml, String body, int bodyLine) {
    }

    /** Cuts the front matter off; reports a page that has none or does not close it. */
    public static Optional<Split> split(String text, Path file, Problems problems) {
        if (!text.startsWith("---\n")) {
            problems.report(Rule.NO_FRONT_MATTER, file, 1, 1);
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            problems.report(Rule.FRONT_MATTER_NOT_CLOSED, file, 1, 1);
            return Optional.empty();
        }
        String yaml = text.substring(4, end + 1);
        int bodyStart = Math.min(text.length(), end + 5);
        // the line after the closing '---', or that line itself when the file ends with it
        int bodyLine = Math.min((int) yaml.chars().filter(c -> c == '\n').count() + 3, text.split("\n", -1).length);
        return Optional.of(new Split(yaml, text.substring(bodyStart), bodyLine));
    }

    public static Optional<FrontMatter> parse(Split split, Path file, Localization localization, Problems problems) {
        Optional<YamlMap> parsed = YamlSource.mapping(split.yaml(), file, 1, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap yaml = parsed.get();
        long before = problems.errorCount();
        yaml.allowOnly(KEYS, "the front matter");
        Optional<String> title = yaml.requireString("title", "add 'title: ...', the short title shown in the navigation");
        Optional<String> lang = yaml.oneOf("lang", localization.codes(), true);
        Optional<String> key = yaml.matching("key", KEY, true,
                "add 'key: ...', the same lowercase key on the page and its translations, e.g. 'key: nodejs'");
        Optional<Integer> order = yaml.requireInt("order", 1, "add 'order: N', the page's place in the navigation (1 = first)");
        PageType type = yaml.has("type") ? yaml.oneOf("type", PageType.keys(), false).map(PageType::of).orElse(PageType.PAGE)
                : PageType.PAGE;
        Optional<String> description = yaml.requireString("description",
                "add 'description: ...', one or two sentences for search engines and link previews");
        if (description.isPresent() && description.get().length() > DESCRIPTION_MAX) {
            yaml.reportAt("description", Rule.DESCRIPTION_TOO_LONG, description.get().length(), DESCRIPTION_MAX);
        }
        Optional<String> date = yaml.matching("date", DATE, false, "write the date as YYYY-MM-DD, e.g. 2026-11-26");
        Map<String, String> translatedFrom = new java.util.LinkedHashMap<>();
        yaml.map("translated_from", false, "let 'translations --mark' write it").ifPresent(hashes -> {
            for (String section : hashes.keys()) {
                hashes.matching(section, HASH, true, "let 'translations --mark' write it")
                        .ifPresent(h -> translatedFrom.put(section, h));
            }
        });
        if (lang.isPresent() && lang.get().equals(localization.source().code()) && yaml.has("translated_from")) {
            yaml.reportAt("translated_from", Rule.TRANSLATED_FROM_IN_SOURCE);
        }
        Map<String, Integer> lines = new TreeMap<>();
        for (String k : yaml.keys()) {
            lines.put(k, yaml.lineOf(k));
        }
        if (problems.errorCount() > before || title.isEmpty() || lang.isEmpty() || key.isEmpty() || order.isEmpty()
                || description.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(title.get(), lang.get(), key.get(), order.get(), type, description.get(),
                date.orElse(null), translatedFrom, lines));
    }

    public int lineOf(String field) {
        return lines.getOrDefault(field, 2);
    }
}
