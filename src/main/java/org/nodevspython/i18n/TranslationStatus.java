package org.nodevspython.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nodevspython.content.Heading;
import org.nodevspython.content.Page;
import org.nodevspython.content.Sections;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * Whether each translation is up to date with its source-language page. A translation records,
 * in its front matter ({@code translated_from}), the hash of every section of the source page
 * as it was when the translation was last brought up to date; a section whose hash changed since,
 * or that is new, has fallen behind. The build names those sections (a warning, or an error
 * under {@code --strict}); {@code translations} prints the table for every page.
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
     * The state of one translation.
     *
     * @param outdated the sections of the source that changed, or are new, since the translation was marked
     */
    public record Entry(String key, Page source, String lang, Page translation, State state, List<String> outdated) {
    }

    private final SiteIndex site;
    private final Localization localization;

    public TranslationStatus(SiteIndex site, Localization localization) {
        this.site = site;
        this.localization = localization;
    }

    /** One entry per source page and translation language, in navigation order. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Page source : site.inLanguage(localization.source().code())) {
            for (Language language : localization.languages().subList(1, localization.languages().size())) {
                Optional<Page> translation = site.translation(source, language.code());
                if (translation.isEmpty()) {
                    entries.add(new Entry(source.key(), source, language.code(), null, State.MISSING, List.of()));
                    continue;
                }
                List<String> outdated = outdatedSections(source, translation.get());
                entries.add(new Entry(source.key(), source, language.code(), translation.get(),
                        outdated.isEmpty() ? State.UP_TO_DATE : State.OUTDATED, outdated));
            }
        }
        return entries;
    }

    /** Reports every outdated translation: a warning, or an error in a strict build. */
    public void report(Problems problems) {
        for (Entry entry : entries()) {
            if (entry.state() != State.OUTDATED) {
                continue;
            }
            Page translation = entry.translation();
            int line = translation.frontMatter().lines().getOrDefault("translated_from", translation.frontMatter().lineOf("key"));
            if (translation.frontMatter().translatedFrom().isEmpty()) {
                problems.report(Rule.TRANSLATION_NEVER_MARKED, translation.file(), line, 0, entry.source().sourcePath(),
                        translation.sourcePath());
            } else {
                problems.report(Rule.TRANSLATION_BEHIND, translation.file(), line, 0, entry.source().sourcePath(),
                        describe(entry.outdated()), translation.sourcePath());
            }
        }
    }

    private static List<String> outdatedSections(Page source, Page translation) {
        Map<String, String> recorded = translation.frontMatter().translatedFrom();
        List<String> outdated = new ArrayList<>();
        source.sectionHashes().forEach((section, hash) -> {
            if (!hash.equals(recorded.get(section))) {
                outdated.add(section);
            }
        });
        return outdated;
    }

    /** "the sections #scalability, #ai" with the source's own titles left to the table. */
    public static String describe(List<String> sections) {
        List<String> names = sections.stream().map(TranslationStatus::sectionName).toList();
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
