package org.nodevspython.i18n;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nodevspython.content.Heading;
import org.nodevspython.content.Page;
import org.nodevspython.content.Sections;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * Language parity: every page exists in every language, in the right folder, once per key;
 * a page and its translations have the same section ids in the same order, and cite the same
 * references in the same sections, so the language switch always lands on the same section
 * and a citation number means the same source everywhere.
 */
public final class TranslationChecks {

    private final SiteIndex site;
    private final Localization localization;
    private final TranslationStatus status;
    private Problems problems;

    public TranslationChecks(SiteIndex site, Localization localization, TranslationStatus status) {
        this.site = site;
        this.localization = localization;
        this.status = status;
    }

    public void check(Problems problems) {
        this.problems = problems;
        Map<String, Page> seen = new HashMap<>();
        for (Page page : site.all()) {
            checkFolder(page);
            String slot = page.lang() + "\0" + page.key();
            Page first = seen.putIfAbsent(slot, page);
            if (first != null) {
                problems.report(Rule.KEY_REPEATED, page.file(), page.frontMatter().lineOf("key"), 0, page.key(), first.sourcePath(),
                        page.lang());
            }
        }
        for (Map<String, Page> variants : site.byKey().values()) {
            Page any = variants.values().iterator().next();
            if (!variants.containsKey(localization.source().code())) {
                // a translation of nothing: no notice can say what it lags behind
                problems.report(Rule.PAGE_WITHOUT_SOURCE, any.file(), any.frontMatter().lineOf("key"), 0, any.key(),
                        localization.source().code(), localization.source().prefix());
            }
            Page source = variants.get(localization.source().code());
            if (source == null) {
                continue;
            }
            for (Page translation : variants.values()) {
                if (translation != source) {
                    TranslationStatus.Entry lag = status.ofTranslation(translation).orElseThrow();
                    compareSections(source, translation, lag);
                    compareCitations(source, translation, lag);
                    if (source.type() != translation.type()) {
                        problems.report(Rule.TYPE_DIFFERS, translation.file(), translation.frontMatter().lineOf("type"), 0,
                                translation.type().key(), source.type().key(), source.sourcePath());
                    }
                }
            }
        }
    }

    private void checkFolder(Page page) {
        localization.language(page.lang()).ifPresent(language -> {
            String folder = page.sourcePath().contains("/") ? page.sourcePath().substring(0, page.sourcePath().lastIndexOf('/')) : "";
            if (!folder.equals(language.folder())) {
                problems.report(Rule.PAGE_IN_WRONG_FOLDER, page.file(), page.frontMatter().lineOf("lang"), 0, page.lang(), language.prefix());
            }
        });
    }

    private void compareSections(Page source, Page translation, TranslationStatus.Entry lag) {
        List<String> sourceIds = ids(source);
        List<String> translationIds = ids(translation);
        // a missing top-level section is a lag (TranslationStatus); a subsection missing from a section that is
        // up to date is the translator's to add: the language switch from it would land nowhere
        String top = Sections.INTRO;
        for (Heading heading : source.sections()) {
            if (heading.level() == 2 && heading.id() != null) {
                top = heading.id();
            } else if (heading.id() != null && !translationIds.contains(heading.id()) && !lag.lags(top)) {
                problems.report(Rule.SECTION_NOT_TRANSLATED, translation.file(), lineOfSection(translation, top), 0, heading.id(),
                        source.sourcePath(), heading.line(), "#".repeat(heading.level()));
            }
        }
        for (Heading heading : translation.sections()) {
            if (heading.id() != null && !sourceIds.contains(heading.id())) {
                problems.report(Rule.SECTION_UNKNOWN, translation.file(), heading.line(), heading.column(), heading.id(), source.sourcePath());
            }
        }
        List<String> common = new ArrayList<>(sourceIds);
        common.retainAll(translationIds);
        List<String> commonInTranslation = new ArrayList<>(translationIds);
        commonInTranslation.retainAll(sourceIds);
        // when the source was reordered since the translation was marked, the order is a lag, reported as such
        if (!lag.reordered() && !common.equals(commonInTranslation)) {
            int first = 0;
            while (first < common.size() && common.get(first).equals(commonInTranslation.get(first))) {
                first++;
            }
            problems.report(Rule.SECTION_ORDER, translation.file(), lineOfSection(translation, commonInTranslation.get(first)), 0,
                    source.sourcePath(), String.join(", ", common));
        }
    }

    private void compareCitations(Page source, Page translation, TranslationStatus.Entry lag) {
        Map<String, List<String>> inSource = citationsBySection(source);
        Map<String, List<String>> inTranslation = citationsBySection(translation);
        // a section that lags behind its source is reported as lag: its citations follow when it is translated
        inSource.keySet().removeIf(lag::lags);
        inTranslation.keySet().removeIf(lag::lags);
        // a section missing on one side is reported already; its citations are not compared
        List<String> sourceIds = ids(source);
        List<String> translationIds = ids(translation);
        inSource.keySet().removeIf(s -> sourceIds.contains(s) && !translationIds.contains(s));
        inTranslation.keySet().removeIf(s -> translationIds.contains(s) && !sourceIds.contains(s));
        for (Map.Entry<String, List<String>> entry : inSource.entrySet()) {
            List<String> there = inTranslation.getOrDefault(entry.getKey(), List.of());
            for (String key : entry.getValue()) {
                if (!there.contains(key)) {
                    problems.report(Rule.CITATION_MISSING_IN_TRANSLATION, translation.file(), lineOfSection(translation, entry.getKey()), 0,
                            source.sourcePath(), key, where(entry.getKey()));
                }
            }
        }
        for (Map.Entry<String, List<String>> entry : inTranslation.entrySet()) {
            List<String> there = inSource.getOrDefault(entry.getKey(), List.of());
            for (String key : entry.getValue()) {
                if (!there.contains(key)) {
                    problems.report(Rule.CITATION_ONLY_IN_TRANSLATION, translation.file(), lineOfSection(translation, entry.getKey()), 0,
                            key, where(entry.getKey()), source.sourcePath());
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

    /** "the section 'ai'", "the introduction" or "the notes", as a message names a part of a page. */
    private static String where(String section) {
        return switch (section) {
            case Sections.INTRO -> "the introduction";
            case Sections.NOTES -> "the notes";
            default -> "the section '" + section + "'";
        };
    }

    /** The line of a section's heading; for the introduction and the notes, the line of the page's title. */
    private static int lineOfSection(Page page, String id) {
        return page.sections().stream().filter(h -> Objects.equals(h.id(), id)).map(Heading::line).findFirst()
                .orElseGet(() -> page.headings().stream().filter(h -> h.level() == 1).map(Heading::line).findFirst().orElse(0));
    }

    private static List<String> ids(Page page) {
        return page.sections().stream().map(Heading::id).filter(Objects::nonNull).distinct().toList();
    }
}
