package org.nodevspython.links;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.nodevspython.content.LinkUse;
import org.nodevspython.content.Page;
import org.nodevspython.problems.Problems;

/**
 * Checks every link and image of every page before anything is rendered, and reports a
 * broken one at the line of the Markdown where it is written (not in the generated HTML):
 * the page it names must exist, so must the section id after {@code #}, and so must any
 * image or file it points to.
 */
public final class LinkChecker {

    private final SiteIndex site;
    private final Path contentDir;
    private final Path assetDir;
    private final AnchorSource anchors;
    private final Problems problems;

    /** The ids a page will have once rendered: its own, plus those the templates add. */
    public interface AnchorSource {
        Set<String> anchorsOf(Page page);
    }

    public LinkChecker(SiteIndex site, Path contentDir, Path assetDir, AnchorSource anchors, Problems problems) {
        this.site = site;
        this.contentDir = contentDir;
        this.assetDir = assetDir;
        this.anchors = anchors;
        this.problems = problems;
    }

    public void check() {
        for (Page page : site.all()) {
            for (LinkUse link : page.links()) {
                check(page, link);
            }
        }
    }

    private void check(Page page, LinkUse link) {
        Optional<SiteIndex.Target> found = SiteIndex.target(page, link.url());
        if (found.isEmpty()) {
            return;
        }
        SiteIndex.Target target = found.get();
        String what = link.image() ? "image" : "link";
        if (target.sourcePath().startsWith("\0")) {
            error(page, link, "the " + what + " address '" + link.url() + "' is not a valid address", "escape spaces as %20");
        } else if (target.sourcePath().startsWith("/")) {
            error(page, link, "the " + what + " '" + link.url() + "' starts with '/', which breaks under a base path and from disk",
                    "write a relative address, e.g. 'python.md#ai'");
        } else if (target.sourcePath().startsWith("..")) {
            error(page, link, "the " + what + " '" + link.url() + "' points outside the content folder",
                    "link to a page or a file inside content/ or assets/");
        } else if (target.sourcePath().endsWith(".md")) {
            Optional<Page> to = site.bySource(target.sourcePath());
            if (to.isEmpty()) {
                error(page, link, "the link '" + link.url() + "' names a page that does not exist (content/" + target.sourcePath() + ")",
                        "check the file name; links name the Markdown file, e.g. 'python.md'");
            } else if (target.fragment() != null && !anchors.anchorsOf(to.get()).contains(target.fragment())) {
                error(page, link, "the link '" + link.url() + "' names the section '#" + target.fragment()
                                + "', which does not exist on content/" + to.get().sourcePath(),
                        "use one of its ids: " + String.join(", ", to.get().sections().stream().map(h -> h.id()).filter(id -> id != null).toList()));
            }
        } else if (target.sourcePath().endsWith(".html")) {
            error(page, link, "the link '" + link.url() + "' names a generated HTML file",
                    "name the Markdown file instead, e.g. '" + link.url().replaceFirst("\\.html", ".md") + "': it keeps working in the code host's preview");
        } else if (!Files.isRegularFile(contentDir.resolve(target.sourcePath()))
                && !Files.isRegularFile(assetDir.resolve(target.sourcePath()))) {
            error(page, link, "the " + what + " '" + link.url() + "' points to a file that does not exist",
                    "add the file under content/ next to the page, or under assets/");
        }
    }

    private void error(Page page, LinkUse link, String message, String fix) {
        problems.error(page.file(), link.line(), link.column(), message, fix);
    }
}
