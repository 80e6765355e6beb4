package org.nodevspython.i18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nodevspython.content.Heading;
import org.nodevspython.content.Page;
import org.nodevspython.content.Sections;

/**
 * What the readers of a translation are told about its lag, section by section: a notice at the
 * top of each outdated section (since when, from the git history of the source) and a placeholder
 * where a section is missing, each linking to the section of the original. With {@code diffs}
 * (the preview), an outdated section's notice also carries the word diff of the source since the
 * version translated.
 */
public final class Notices {

    /**
     * One notice.
     *
     * @param section     the section's id ({@link Sections#INTRO} for the text before the first section)
     * @param sourceTitle the section's title in the original
     * @param date        the commit date of the change, empty when unknown (no history) or not committed yet
     * @param diff        the word diff, empty unless asked for and known
     */
    public record Notice(String section, boolean missing, String sourceTitle, Optional<String> date, List<WordDiff.Segment> diff) {
    }

    private Notices() {
    }

    /**
     * The notices of each translation that lags, by the translation's source path; in the source's order of sections.
     * A shallow history, which cannot tell when the outdated sections changed, is reported once.
     */
    public static Map<String, List<Notice>> of(TranslationStatus status, java.util.function.Supplier<SourceHistory> histories,
                                               boolean diffs, java.nio.file.Path project, org.nodevspython.rules.Problems problems) {
        // git is asked only when a section is outdated: a site whose translations keep up starts no process
        SourceHistory[] read = new SourceHistory[1];
        java.util.function.Supplier<SourceHistory> history = () -> read[0] != null ? read[0] : (read[0] = histories.get());
        Map<String, List<Notice>> notices = new LinkedHashMap<>();
        for (TranslationStatus.Entry entry : status.entries()) {
            if (entry.translation() == null || entry.state() == TranslationStatus.State.UP_TO_DATE) {
                continue;
            }
            List<Notice> page = new ArrayList<>();
            for (String section : entry.source().sectionHashes().keySet()) {
                boolean missing = entry.missing().contains(section);
                if (!missing && !entry.outdated().contains(section)) {
                    continue;
                }
                Optional<Notice> notice = missing ? Optional.of(new Notice(section, true, title(entry.source(), section), Optional.empty(),
                        List.of())) : outdated(entry, section, history.get(), diffs);
                notice.ifPresent(page::add);
            }
            if (!page.isEmpty()) {
                notices.put(entry.translation().sourcePath(), page);
            }
        }
        long undated = notices.values().stream().flatMap(List::stream).filter(n -> !n.missing() && n.date().isEmpty()).count();
        if (undated > 0 && history.get().shallow()) {
            problems.report(org.nodevspython.rules.Rule.HISTORY_SHALLOW, project.resolve(".git"), 0, 0, undated);
        }
        return notices;
    }

    private static Optional<Notice> outdated(TranslationStatus.Entry entry, String section, SourceHistory history, boolean diffs) {
        String recorded = entry.translation().frontMatter().translatedFrom().get(section);
        Optional<SourceHistory.Change> change = history.change(entry.source().file(), section, recorded);
        Optional<String> date = change.flatMap(SourceHistory.Change::changed).map(SourceHistory.Version::date);
        List<WordDiff.Segment> diff = List.of();
        if (diffs && change.isPresent()) {
            String now = Sections.of(entry.source().document()).getOrDefault(section, "");
            diff = WordDiff.of(change.get().oldText(section), now);
        }
        return Optional.of(new Notice(section, false, title(entry.source(), section), date, diff));
    }

    private static String title(Page source, String section) {
        return source.sections().stream().filter(h -> section.equals(h.id())).map(Heading::text).findFirst().orElse(source.title());
    }
}
