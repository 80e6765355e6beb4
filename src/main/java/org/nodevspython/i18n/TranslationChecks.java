package org.nodevspython.i18n;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nodevspython.content.Heading;
import org.nodevspython.content.Page;
import org.nodevspython.links.SiteIndex;
import org.nodevspython.problems.Problems;

/**
 * Language parity: every page exists in every language, in the right folder, once per key;
 * a page and its translations have the same section ids in the same order, and cite the same
 * references in the same sections, so the language switch always lands on the same section
 * and a citation number means the same source everywhere.
 */
public final class TranslationChecks {

    private final SiteIndex site;
    private final Localization localization;
    private final Problems problems;

    public TranslationChecks(SiteIndex site, Localization localization, Problems problems) {
        this.site = site;
        this.localization = localization;
        this.problems = problems;
    }

    public void check() {
        Map<String, Page> seen = new HashMap<>();
        for (Page page : site.all()) {
            checkFolder(page);
            String slot = page.lang() + "\0" + page.key();
            Page first = seen.putIfAbsent(slot, page);
            if (first != null) {
                problems.error(page.file(), page.frontMatter().lineOf("key"), 0,
                        "the key '" + page.key() + "' is already used by content/" + first.sourcePath() + " in " + page.lang(),
                        "give each page its own key; a translation uses the same key in another language");
            }
        }
        for (Map<String, Page> variants : site.byKey().values()) {
            Page any = variants.values().iterator().next();
            for (Language language : localization.languages()) {
                if (!variants.containsKey(language.code())) {
                    problems.error(any.file(), any.frontMatter().lineOf("key"), 0,
                            "the page '" + any.key() + "' has no " + language.code() + " version",
                            "add content/" + language.prefix() + "<name>.md with 'lang: " + language.code() + "' and 'key: " + any.key() + "'");
                }
            }
            Page source = variants.get(localization.source().code());
            if (source == null) {
                continue;
            }
            for (Page translation : variants.values()) {
                if (translation != source) {
                    compareSections(source, translation);
                    compareCitations(source, translation);
                    if (!source.frontMatter().type().equals(translation.frontMatter().type())) {
                        problems.error(translation.file(), translation.frontMatter().lineOf("type"), 0,
                                "'type' is " + translation.frontMatter().type() + " here but " + source.frontMatter().type()
                                        + " in content/" + source.sourcePath(), "use the same type in every language");
                    }
                }
            }
        }
    }

    private void checkFolder(Page page) {
        localization.language(page.lang()).ifPresent(language -> {
            String folder = page.sourcePath().contains("/") ? page.sourcePath().substring(0, page.sourcePath().lastIndexOf('/')) : "";
            if (!folder.equals(language.folder())) {
                problems.error(page.file(), page.frontMatter().lineOf("lang"), 0,
                        "the page says 'lang: " + page.lang() + "' but is not in the " + page.lang() + " folder (content/"
                                + language.prefix() + ")",
                        "move it to content/" + language.prefix() + " or correct 'lang'");
            }
        });
    }

    private void compareSections(Page source, Page translation) {
        List<String> sourceIds = ids(source);
        List<String> translationIds = ids(translation);
        String previous = null;
        for (Heading heading : source.sections()) {
            if (heading.id() != null && translationIds.contains(heading.id())) {
                previous = heading.id();
            }
            if (heading.id() != null && !translationIds.contains(heading.id())) {
                // where the section should be: after the translation of the section before it
                int line = previous == null ? translation.headings().stream().filter(h -> h.level() == 1).map(Heading::line)
                        .findFirst().orElse(translation.positions().bodyLine()) : lineOfSection(translation, previous);
                problems.error(translation.file(), line, 0, "the section '#" + heading.id() + "' of content/" + source.sourcePath()
                                + " (line " + heading.line() + ") is missing here",
                        "translate it, with the same id: '" + "#".repeat(heading.level()) + " ... {#" + heading.id() + "}'");
            }
        }
        for (Heading heading : translation.sections()) {
            if (heading.id() != null && !sourceIds.contains(heading.id())) {
                problems.error(translation.file(), heading.line(), heading.column(), "the section '#" + heading.id()
                                + "' does not exist in content/" + source.sourcePath(),
                        "use the id of the section it translates; ids are the same in every language");
            }
        }
        List<String> common = new ArrayList<>(sourceIds);
        common.retainAll(translationIds);
        List<String> commonInTranslation = new ArrayList<>(translationIds);
        commonInTranslation.retainAll(sourceIds);
        if (!common.equals(commonInTranslation)) {
            int first = 0;
            while (first < common.size() && common.get(first).equals(commonInTranslation.get(first))) {
                first++;
            }
            problems.error(translation.file(), lineOfSection(translation, commonInTranslation.get(first)), 0,
                    "the sections are not in the same order as in content/" + source.sourcePath()
                    + " (" + String.join(", ", common) + ")", "put them in the order of the source page");
        }
    }

    private void compareCitations(Page source, Page translation) {
        Map<String, List<String>> inSource = citationsBySection(source);
        Map<String, List<String>> inTranslation = citationsBySection(translation);
        // a section missing on one side is reported already; its citations are not compared
        List<String> sourceIds = ids(source);
        List<String> translationIds = ids(translation);
        inSource.keySet().removeIf(s -> sourceIds.contains(s) && !translationIds.contains(s));
        inTranslation.keySet().removeIf(s -> translationIds.contains(s) && !sourceIds.contains(s));
        for (Map.Entry<String, List<String>> entry : inSource.entrySet()) {
            List<String> there = inTranslation.getOrDefault(entry.getKey(), List.of());
            for (String key : entry.getValue()) {
                if (!there.contains(key)) {
                    problems.error(translation.file(), lineOfSection(translation, entry.getKey()), 0,
                            "content/" + source.sourcePath() + " cites [@" + key + "] in the section '" + entry.getKey()
                                    + "', this translation does not",
                            "cite [@" + key + "] at the same claim, so both languages show the same sources");
                }
            }
        }
        for (Map.Entry<String, List<String>> entry : inTranslation.entrySet()) {
            List<String> there = inSource.getOrDefault(entry.getKey(), List.of());
            for (String key : entry.getValue()) {
                if (!there.contains(key)) {
                    problems.error(translation.file(), lineOfSection(translation, entry.getKey()), 0,
                            "this translation cites [@" + key + "] in the section '" + entry.getKey() + "', content/"
                                    + source.sourcePath() + " does not",
                            "cite the same sources as the source page, or add the citation there too");
                }
            }
        }
    }

    private static Map<String, List<String>> citationsBySection(Page page) {
        Map<String, List<String>> result = new HashMap<>();
        page.citations().forEach(c -> result.computeIfAbsent(c.section(), s -> new ArrayList<>()).add(c.key()));
        result.replaceAll((s, keys) -> keys.stream().distinct().toList());
        return result;
    }

    private static int lineOfSection(Page page, String id) {
        return page.sections().stream().filter(h -> Objects.equals(h.id(), id)).map(Heading::line).findFirst().orElse(0);
    }

    private static List<String> ids(Page page) {
        return page.sections().stream().map(Heading::id).filter(Objects::nonNull).distinct().toList();
    }
}
