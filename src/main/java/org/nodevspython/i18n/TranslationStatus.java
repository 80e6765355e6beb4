package org.nodevspython.i18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.nodevspython.content.Heading;
import org.nodevspython.content.Page;
import org.nodevspython.content.Sections;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * How far each translation lags behind its source-language page, section by section. A translation
 * records, in its front matter ({@code translated_from}), the hash of every section of the source
 * page as it was when it was last brought up to date. A section of the source whose hash changed
 * since is <em>outdated</em> in the translation; a section the translation does not have is
 * <em>missing</em>; a page with no translation is missing as a whole. None of this stops a bake:
 * the site is published with notices, and each lag is a warning (an error with {@code --strict}).
 */
public final class TranslationStatus {

    public enum State {
        UP_TO_DATE("up to date"), OUTDATED("outdated"), MISSING("missing");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The state of one translation of one source page.
     *
     * @param translation null when the page has no translation in {@code lang}
     * @param outdated    sections of the source that changed since the translation was marked, in the source's order
     * @param missing     sections of the source the translation does not have, in the source's order
     * @param reordered   whether the source's sections were reordered since the translation was marked
     */
    public record Entry(String key, Page source, String lang, Page translation, State state, List<String> outdated,
                        List<String> missing, boolean reordered) {

        /** Whether a part of the source page is not (or not yet) in the translation as it is now. */
        public boolean lags(String section) {
            return translation == null || outdated.contains(section) || missing.contains(section);
        }
    }

    private final SiteIndex site;
    private final Localization localization;
    private final Map<String, Entry> byTranslation = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    public TranslationStatus(SiteIndex site, Localization localization) {
        this.site = site;
        this.localization = localization;
        for (Page source : site.inLanguage(localization.source().code())) {
            for (Language language : localization.languages().subList(1, localization.languages().size())) {
                Entry entry = entry(source, language.code(), site.translation(source, language.code()).orElse(null));
                entries.add(entry);
                byTranslation.put(source.key() + "\0" + language.code(), entry);
            }
        }
    }

    /** One entry per source page and translation language, in navigation order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The entry of a source page in a translation language. */
    public Optional<Entry> of(Page source, String lang) {
        return Optional.ofNullable(byTranslation.get(source.key() + "\0" + lang));
    }

    /** The entry a translation belongs to. */
    public Optional<Entry> ofTranslation(Page translation) {
        return Optional.ofNullable(byTranslation.get(translation.key() + "\0" + translation.lang()));
    }

    private static Entry entry(Page source, String lang, Page translation) {
        if (translation == null) {
            return new Entry(source.key(), source, lang, null, State.MISSING, List.of(), List.of(), false);
        }
        Map<String, String> recorded = translation.frontMatter().translatedFrom();
        List<String> present = new ArrayList<>(List.of(Sections.INTRO));
        translation.sections().stream().filter(h -> h.level() == 2 && h.id() != null).forEach(h -> present.add(h.id()));
        if (translation.sectionHashes().containsKey(Sections.NOTES)) {
            present.add(Sections.NOTES);
        }
        List<String> outdated = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        source.sectionHashes().forEach((section, hash) -> {
            if (!present.contains(section)) {
                missing.add(section);
            } else if (!hash.equals(recorded.get(section))) {
                outdated.add(section);
            }
        });
        // the order of the source's sections when the translation was marked, against their order now
        List<String> then = recorded.keySet().stream().filter(source.sectionHashes()::containsKey).toList();
        List<String> now = source.sectionHashes().keySet().stream().filter(recorded::containsKey).toList();
        boolean reordered = !recorded.isEmpty() && !then.equals(now);
        boolean lags = !outdated.isEmpty() || !missing.isEmpty() || reordered;
        return new Entry(source.key(), source, lang, translation, lags ? State.OUTDATED : State.UP_TO_DATE, outdated, missing, reordered);
    }

    /** Reports every lag, one warning each (an error in a strict build), at the translation's file and line. */
    public void report(Problems problems) {
        for (Entry entry : entries) {
            Page translation = entry.translation();
            if (translation == null) {
                Language language = localization.language(entry.lang()).orElseThrow();
                problems.report(Rule.PAGE_NOT_TRANSLATED, entry.source().file(), entry.source().frontMatter().lineOf("key"), 0,
                        entry.key(), entry.lang(), language.prefix());
                continue;
            }
            String fix = translation.sourcePath();
            if (translation.frontMatter().translatedFrom().isEmpty()) {
                problems.report(Rule.TRANSLATION_NEVER_MARKED, translation.file(), translation.frontMatter().lineOf("key"), 0,
                        entry.source().sourcePath(), fix);
                continue;
            }
            for (String section : entry.outdated()) {
                problems.report(Rule.TRANSLATION_BEHIND, translation.file(), lineOf(translation, section), 0,
                        entry.source().sourcePath(), describe(List.of(section)), fix);
            }
            if (entry.reordered()) {
                problems.report(Rule.TRANSLATION_BEHIND, translation.file(), lineOf(translation, Sections.INTRO), 0,
                        entry.source().sourcePath(), "the order of its sections", fix);
            }
            for (String section : entry.missing()) {
                Heading heading = entry.source().sections().stream().filter(h -> section.equals(h.id())).findFirst().orElse(null);
                problems.report(Rule.SECTION_NOT_TRANSLATED, translation.file(), placeOfMissing(entry, section), 0, section,
                        entry.source().sourcePath(), heading == null ? 0 : heading.line(),
                        "#".repeat(heading == null ? 2 : heading.level()));
            }
        }
    }

    /**
     * Where a missing section would go in the translation: after the section that comes before it in the
     * source (the title, for the first).
     */
    private static int placeOfMissing(Entry entry, String section) {
        String previous = Sections.INTRO;
        for (String id : entry.source().sectionHashes().keySet()) {
            if (id.equals(section)) {
                break;
            }
            if (!entry.missing().contains(id) && !id.equals(Sections.NOTES)) {
                previous = id;
            }
        }
        return lineOf(entry.translation(), previous);
    }

    /** The line of a section's heading in a page; the title's for the introduction, the front matter's mark for the notes. */
    static int lineOf(Page page, String section) {
        if (section.equals(Sections.NOTES)) {
            return page.frontMatter().lines().getOrDefault("translated_from", page.frontMatter().lineOf("key"));
        }
        return page.sections().stream().filter(h -> Objects.equals(h.id(), section)).map(Heading::line).findFirst()
                .orElseGet(() -> page.headings().stream().filter(h -> h.level() == 1).map(Heading::line).findFirst()
                        .orElse(page.positions().bodyLine()));
    }

    /** "the section #scalability", "the sections #scalability, #ai", "the introduction". */
    public static String describe(List<String> sections) {
        List<String> names = sections.stream().map(TranslationStatus::sectionName).toList();
        if (names.size() == 1 && !names.get(0).startsWith("#")) {
            return "the " + names.get(0);
        }
        return (names.size() == 1 ? "the section " : "the sections ") + String.join(", ", names);
    }

    public static String sectionName(String section) {
        return switch (section) {
            case Sections.INTRO -> "introduction";
            case Sections.NOTES -> "notes";
            default -> "#" + section;
        };
    }

    /** The title of a source section, for the status table. */
    public static String title(Page source, String section) {
        return source.sections().stream().filter(h -> section.equals(h.id())).map(Heading::text).findFirst()
                .orElse(sectionName(section));
    }
}
