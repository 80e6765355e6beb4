package org.nodevspython.bake;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.nodevspython.config.Sources;
import org.nodevspython.content.Page;
import org.nodevspython.content.PageType;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.i18n.TranslationChecks;
import org.nodevspython.i18n.TranslationStatus;
import org.nodevspython.links.LinkChecker;
import org.nodevspython.links.OutputPaths;
import org.nodevspython.refs.CitationIndex;
import org.nodevspython.refs.Reference;
import org.nodevspython.rules.Problems;

/**
 * The rules about the pages together, once every page is read and before anything is
 * rendered: each check is a class of its own, and each reports at the line of the source to
 * change (see {@link org.nodevspython.rules.Rule}).
 */
final class CheckSite {

    private final List<Consumer<Problems>> checks;

    CheckSite(Sources sources, SiteIndex site, CitationIndex citations, TranslationStatus status) {
        Set<String> referenceAnchors = sources.references().all().stream().map(Reference::anchor)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.checks = List.of(
                new TranslationChecks(site, sources.localization(), status)::check,
                problems -> OutputPaths.check(site, sources.config().assetFolder(), problems),
                problems -> citations.checkEveryReferenceCited(sources.references(), sources.localization().source().code(),
                        (use, lang) -> status.of(use.page(), lang).map(lag -> lag.lags(use.citation().section())).orElse(false), problems),
                problems -> sources.references().checkPages(site.byKey().keySet(), problems),
                new LinkChecker(site, sources.config().contentFolder(), sources.config().assetFolder(), anchors(referenceAnchors))::check,
                status::report);
    }

    void run(Problems problems) {
        checks.forEach(check -> check.accept(problems));
    }

    /** {@link #anchors(Page, Set)}, worked out once per page (a site of thousands of pages has tens of thousands of links). */
    private static java.util.function.Function<Page, Set<String>> anchors(Set<String> referenceAnchors) {
        java.util.Map<Page, Set<String>> known = new java.util.concurrent.ConcurrentHashMap<>();
        return page -> known.computeIfAbsent(page, p -> anchors(p, referenceAnchors));
    }

    /** The ids a link may name on a page: its own, and on the reference list the entries the template adds. */
    private static Set<String> anchors(Page page, Set<String> referenceAnchors) {
        Set<String> anchors = new LinkedHashSet<>(page.anchors());
        if (page.type() == PageType.REFERENCES) {
            anchors.addAll(referenceAnchors);
        }
        return anchors;
    }
}
