package org.nodevspython.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.nodevspython.bake.Bakery;
import org.nodevspython.config.SiteConfig;
import org.nodevspython.content.Page;
import org.nodevspython.content.Sections;
import org.nodevspython.i18n.SourceHistory;
import org.nodevspython.i18n.TranslationMarker;
import org.nodevspython.i18n.TranslationStatus;
import org.nodevspython.i18n.WordDiff;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code translations}: how far each translation lags behind its original, section by section
 * (outdated, missing, since which commit and when); {@code --diff} what changed in the original
 * since the version translated, word by word; {@code --mark} records that a translation was
 * brought up to date; {@code --format json} gives the same to tools.
 */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = {"Prints how far each translation lags behind its original: its outdated and missing sections, since which",
                "commit and date. --diff shows what changed in the original since it was translated; --mark records that a",
                "translation was brought up to date."})
final class TranslationsCommand implements Callable<Integer> {

    @ParentCommand
    SiteCommand site;

    @Option(names = "--mark", paramLabel = "PAGE", split = ",",
            description = "Translations brought up to date, e.g. en/nodejs.md (path below content/).")
    List<String> mark = new ArrayList<>();

    @Option(names = "--mark-all", description = "Mark every existing translation as up to date.")
    boolean markAll;

    @Option(names = "--check", description = "Exit with 1 when a translation lags (an outdated or missing section, a missing page).")
    boolean check;

    @Option(names = "--diff", description = "For each outdated section, what changed in the original since the version translated,"
            + " word by word ([-removed-]{+added+}), and the commits that changed it.")
    boolean diff;

    @Option(names = "--format", defaultValue = "text", description = "text (the default) or json, for tools.")
    String format;

    @Parameters(arity = "0..*", paramLabel = "PAGE", description = "Only these pages (below content/, either language), e.g. en/python.md.")
    List<String> pages = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        if (!format.equals("text") && !format.equals("json")) {
            err.println("--format is text or json, not " + format);
            return 2;
        }
        Path project = site.project();
        Bakery.Parsed parsed;
        try {
            parsed = read(project);
        } catch (BuildFailedException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        int marked = 0;
        for (TranslationStatus.Entry entry : parsed.status().entries()) {
            if (entry.translation() != null && (markAll || named(mark, entry))) {
                TranslationMarker.mark(entry.translation().file(), entry.source().sectionHashes());
                out.println("marked content/" + entry.translation().sourcePath() + " as up to date with content/" + entry.source().sourcePath());
                marked++;
            }
        }
        if (marked < mark.size()) {
            err.println("some pages given to --mark are not translations of this site: " + mark
                    + " (give paths below content/, e.g. en/nodejs.md)");
            return 1;
        }
        if (marked > 0) {
            // the marked pages now read as up to date: the same pages, their front matter re-read
            parsed = read(project);
        }
        List<TranslationStatus.Entry> entries = parsed.status().entries().stream().filter(e -> pages.isEmpty() || named(pages, e)).toList();
        if (!pages.isEmpty() && entries.isEmpty()) {
            err.println("no page " + pages + " in this site (give paths below content/, e.g. en/nodejs.md or nodejs.md)");
            return 1;
        }
        SourceHistory history = SourceHistory.of(project);
        if (format.equals("json")) {
            out.println(json(entries, history));
        } else {
            print(entries, parsed.sources().localization().source().code(), history, out);
            if (diff) {
                printDiffs(entries, history, out);
            }
        }
        boolean behind = entries.stream().anyMatch(e -> e.state() != TranslationStatus.State.UP_TO_DATE);
        return check && behind ? 1 : 0;
    }

    private static Bakery.Parsed read(Path project) {
        return new Bakery(project, false).parse(new Problems(project), project.resolve(SiteConfig.OUTPUT));
    }

    /** Whether a page given on the command line is this entry's translation or its original. */
    private static boolean named(List<String> given, TranslationStatus.Entry entry) {
        return given.stream().map(m -> m.replace('\\', '/').replaceFirst("^content/", ""))
                .anyMatch(m -> m.equals(entry.source().sourcePath()) || (entry.translation() != null && m.equals(entry.translation().sourcePath())));
    }

    private static void print(List<TranslationStatus.Entry> entries, String sourceLanguage, SourceHistory history, PrintWriter out) {
        String format = "%-12s %-24s %-4s %s%n";
        out.printf(Locale.ROOT, format, "key", "title (" + sourceLanguage + ")", "lang", "status");
        for (TranslationStatus.Entry entry : entries) {
            StringBuilder state = new StringBuilder(entry.state().label());
            if (entry.translation() == null) {
                state.append(": not translated yet (the original is published in its place, with a notice)");
            } else if (entry.state() == TranslationStatus.State.OUTDATED) {
                List<String> parts = new ArrayList<>();
                if (entry.translation().frontMatter().translatedFrom().isEmpty()) {
                    parts.add("never marked");
                }
                for (String section : entry.outdated()) {
                    parts.add("outdated " + name(entry.source(), section) + since(entry, section, history));
                }
                for (String section : entry.missing()) {
                    parts.add("missing " + name(entry.source(), section));
                }
                if (entry.reordered()) {
                    parts.add("the original's sections were reordered");
                }
                state.append(": ").append(String.join("; ", parts));
            }
            out.printf(Locale.ROOT, format, entry.key(), Optional.ofNullable(entry.source().frontMatter().title()).orElse(""),
                    entry.lang(), state);
        }
        if (!history.available()) {
            out.println("(no git history here: the dates of the changes are unknown)");
        } else if (history.shallow()) {
            out.println("(the git history is shallow: dates and diffs may be missing; fetch it all with: git fetch --unshallow)");
        }
    }

    private static String name(Page source, String section) {
        String name = TranslationStatus.sectionName(section);
        String title = TranslationStatus.title(source, section);
        return title.equals(name) ? name : name + " (" + title + ")";
    }

    /** ", changed on 2026-12-01 in a1b2c3d" when the history tells. */
    private static String since(TranslationStatus.Entry entry, String section, SourceHistory history) {
        return change(entry, section, history).flatMap(SourceHistory.Change::changed)
                .map(v -> ", changed on " + v.date() + " in " + v.shortCommit() + " \"" + v.subject() + "\"")
                .orElse("");
    }

    private static Optional<SourceHistory.Change> change(TranslationStatus.Entry entry, String section, SourceHistory history) {
        return history.change(entry.source().file(), section, entry.translation().frontMatter().translatedFrom().get(section));
    }

    private static void printDiffs(List<TranslationStatus.Entry> entries, SourceHistory history, PrintWriter out) {
        for (TranslationStatus.Entry entry : entries) {
            if (entry.translation() == null || entry.outdated().isEmpty()) {
                continue;
            }
            for (String section : entry.outdated()) {
                out.println();
                out.println("=== content/" + entry.translation().sourcePath() + " " + name(entry.source(), section)
                        + ": what changed in content/" + entry.source().sourcePath());
                String now = Sections.of(entry.source().document()).getOrDefault(section, "").strip();
                Optional<SourceHistory.Change> change = change(entry, section, history);
                if (change.isEmpty()) {
                    out.println(!history.available()
                            ? "(no git history here, so the version translated is unknown; the section as it is now:)"
                            : history.shallow()
                            ? "(the version translated is not in this shallow git history: fetch it all with git fetch --unshallow;"
                            + " the section as it is now:)"
                            : "(the version translated was never committed; the section as it is now:)");
                    out.println(now);
                    continue;
                }
                for (SourceHistory.Version commit : change.get().commits()) {
                    out.println("commit " + commit.shortCommit() + " " + commit.date() + " " + commit.subject());
                }
                if (change.get().changed().isEmpty()) {
                    out.println("(changed since the last commit, not committed yet)");
                }
                out.println("translated from " + change.get().translated().shortCommit() + " " + change.get().translated().date() + ":");
                out.println(WordDiff.inline(WordDiff.of(change.get().oldText(section), now)));
            }
        }
    }

    private static String json(List<TranslationStatus.Entry> entries, SourceHistory history) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeBooleanField("history", history.available());
            json.writeBooleanField("shallow", history.shallow());
            json.writeArrayFieldStart("translations");
            for (TranslationStatus.Entry entry : entries) {
                json.writeStartObject();
                json.writeStringField("key", entry.key());
                json.writeStringField("lang", entry.lang());
                json.writeStringField("source", "content/" + entry.source().sourcePath());
                json.writeStringField("translation", entry.translation() == null ? null : "content/" + entry.translation().sourcePath());
                json.writeStringField("state", entry.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                json.writeBooleanField("reordered", entry.reordered());
                json.writeArrayFieldStart("sections");
                for (String section : entry.source().sectionHashes().keySet()) {
                    String state = entry.translation() == null || entry.missing().contains(section) ? "missing"
                            : entry.outdated().contains(section) ? "outdated" : "up-to-date";
                    json.writeStartObject();
                    json.writeStringField("section", section);
                    json.writeStringField("title", TranslationStatus.title(entry.source(), section));
                    json.writeStringField("state", state);
                    if (state.equals("outdated")) {
                        Optional<SourceHistory.Change> change = change(entry, section, history);
                        Optional<SourceHistory.Version> changed = change.flatMap(SourceHistory.Change::changed);
                        json.writeStringField("translatedFrom", change.map(c -> c.translated().commit()).orElse(null));
                        json.writeStringField("changedIn", changed.map(SourceHistory.Version::commit).orElse(null));
                        json.writeStringField("changedOn", changed.map(SourceHistory.Version::date).orElse(null));
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
