package org.nodevspython.links;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.nodevspython.content.LinkUse;
import org.nodevspython.content.Page;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.policy.ContentPolicy;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * Checks every link and image of every page before anything is rendered, and reports a
 * broken one at the line of the Markdown where it is written (not in the generated HTML):
 * the page it names must exist, so must the section id after {@code #}, and so must any
 * image or file it points to.
 */
public final class LinkChecker {

    private static final ContentPolicy POLICY = new ContentPolicy();

    private final SiteIndex site;
    private final PageLinks links;
    private final Path contentDir;
    private final Path assetDir;
    private final Function<Page, Set<String>> anchors;

    /** @param anchors the ids a page will have once rendered: its own, plus those the templates add */
    public LinkChecker(SiteIndex site, Path contentDir, Path assetDir, Function<Page, Set<String>> anchors) {
        this.site = site;
        this.links = new PageLinks(site);
        this.contentDir = contentDir;
        this.assetDir = assetDir;
        this.anchors = anchors;
    }

    public void check(Problems problems) {
        for (Page page : site.all()) {
            for (LinkUse link : page.links()) {
                check(page, link, problems);
            }
        }
    }

    private void check(Page page, LinkUse link, Problems problems) {
        if (POLICY.address(link.url(), link.image()).isPresent()) {
            return; // an address no page may hold: the content policy refuses it where the page is rendered
        }
        Address address = Address.resolve(page.sourcePath(), link.url());
        String what = link.image() ? "image" : "link";
        Rule broken = null;
        Object[] args = {what, link.url()};
        switch (address.kind()) {
            case EXTERNAL -> {
                return;
            }
            case INVALID -> broken = Rule.LINK_INVALID;
            case ROOT_RELATIVE -> broken = Rule.LINK_ABSOLUTE;
            case OUTSIDE -> broken = Rule.LINK_OUTSIDE;
            default -> {
                if (address.path().endsWith(".md")) {
                    Optional<Page> to = links.target(page, address);
                    if (to.isEmpty()) {
                        broken = Rule.LINK_PAGE_UNKNOWN;
                        args = new Object[] {link.url(), address.path()};
                    } else if (address.fragment() != null && !anchors.apply(to.get()).contains(address.fragment())) {
                        broken = Rule.LINK_SECTION_UNKNOWN;
                        args = new Object[] {link.url(), address.fragment(), to.get().sourcePath(),
                                String.join(", ", to.get().sections().stream().map(h -> h.id()).filter(Objects::nonNull).toList())};
                    }
                } else if (address.path().endsWith(".html")) {
                    broken = Rule.LINK_TO_HTML;
                    args = new Object[] {link.url(), link.url().replaceFirst("\\.html", ".md")};
                } else if (!Files.isRegularFile(contentDir.resolve(address.path()))
                        && !Files.isRegularFile(assetDir.resolve(address.path()))) {
                    broken = Rule.LINK_FILE_MISSING;
                }
            }
        }
        if (broken != null) {
            problems.report(broken, page.file(), link.line(), link.column(), args);
        }
    }
}
