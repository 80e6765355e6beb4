package org.nodevspython.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.nodevspython.bake.Bakery;
import org.nodevspython.config.SiteConfig;
import org.nodevspython.content.Page;
import org.nodevspython.i18n.SourceHistory;
import org.nodevspython.i18n.TranslationMarker;
import org.nodevspython.i18n.TranslationStatus;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code translations}: the status of every translation (up to date, outdated with the sections
 * that changed, missing), and {@code --mark} to record that a translation was brought up to date.
 */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = "Prints whether each translation is up to date with its source page; --mark records that it is.")
final class TranslationsCommand implements Callable<Integer> {

    @ParentCommand
    SiteCommand site;

    @Option(names = "--mark", paramLabel = "PAGE", split = ",",
            description = "Translations brought up to date, e.g. en/nodejs.md (path below content/).")
    List<String> mark = new ArrayList<>();

    @Option(names = "--mark-all", description = "Mark every existing translation as up to date.")
    boolean markAll;

    @Option(names = "--check", description = "Exit with 1 when a translation is outdated or missing.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Path project = site.project();
        Problems problems = new Problems(project);
        Bakery.Parsed parsed;
        try {
            parsed = new Bakery(project, false).parse(problems, project.resolve(SiteConfig.OUTPUT));
        } catch (BuildFailedException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        problems.errors().forEach(err::println);
        TranslationStatus status = new TranslationStatus(parsed.site().pages(), parsed.sources().localization());
        List<TranslationStatus.Entry> entries = status.entries();
        int marked = 0;
        for (TranslationStatus.Entry entry : entries) {
            if (entry.translation() != null && (markAll || wanted(entry.translation()))) {
                TranslationMarker.mark(entry.translation().file(), entry.source().sectionHashes());
                out.println("marked " + problems.relative(entry.translation().file()) + " as up to date with "
                        + problems.relative(entry.source().file()));
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
            entries = new TranslationStatus(new Bakery(project, false).parse(new Problems(project), project.resolve(SiteConfig.OUTPUT))
                    .site().pages(), parsed.sources().localization()).entries();
        }
        print(entries, parsed.sources().localization().source().code(), project, out);
        boolean behind = entries.stream().anyMatch(e -> e.state() != TranslationStatus.State.UP_TO_DATE);
        return check && behind ? 1 : 0;
    }

    private boolean wanted(Page translation) {
        return mark.stream().map(m -> m.replace('\\', '/').replaceFirst("^content/", ""))
                .anyMatch(m -> m.equals(translation.sourcePath()));
    }

    private static void print(List<TranslationStatus.Entry> entries, String sourceLanguage, Path project, PrintWriter out) {
        String format = "%-12s %-24s %-4s %s%n";
        out.printf(Locale.ROOT, format, "key", "title (" + sourceLanguage + ")", "lang", "status");
        for (TranslationStatus.Entry entry : entries) {
            String state = entry.state().label();
            if (entry.state() == TranslationStatus.State.OUTDATED) {
                List<String> sections = entry.outdated().stream()
                        .map(s -> {
                            String name = TranslationStatus.sectionName(s);
                            String title = TranslationStatus.title(entry.source(), s);
                            return title.equals(name) ? name : name + " (" + title + ")";
                        })
                        .toList();
                state += ": " + (entry.translation().frontMatter().translatedFrom().isEmpty()
                        ? "never marked" : "changed since marked: " + String.join(", ", sections))
                        + SourceHistory.lastChange(project, entry.source().file()).map(c -> "; source last changed in " + c).orElse("");
            }
            out.printf(Locale.ROOT, format, entry.key(), Optional.ofNullable(entry.source().frontMatter().title()).orElse(""),
                    entry.lang(), state);
        }
    }
}
