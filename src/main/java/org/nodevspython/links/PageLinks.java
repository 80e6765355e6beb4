package org.nodevspython.links;

import java.util.Optional;

import org.nodevspython.content.Page;
import org.nodevspython.content.SiteIndex;

/**
 * The links of the generated pages: a link written in Markdown names the other Markdown file
 * ({@code python.md#ai}, which also works in a code host's preview); the page gets a relative
 * link to the generated file ({@code python.html#ai}), so the site works under any base path
 * and from {@code file://}.
 */
public final class PageLinks {

    private final SiteIndex site;

    public PageLinks(SiteIndex site) {
        this.site = site;
    }

    /** The page a Markdown address of {@code from} names, if it names one. */
    public Optional<Page> target(Page from, Address address) {
        if (!address.inTree() || !address.path().endsWith(".md")) {
            return Optional.empty();
        }
        return site.bySource(address.path());
    }

    /** The address to write in the HTML of {@code from} for {@code url} written in its Markdown. */
    public String href(Page from, String url) {
        Address address = Address.resolve(from.sourcePath(), url);
        Optional<Page> page = target(from, address);
        if (page.isEmpty()) {
            return url;
        }
        String fragment = address.fragment() == null ? "" : "#" + address.fragment();
        if (page.get() == from && !fragment.isEmpty()) {
            return fragment;
        }
        return Address.relative(from.outputPath(), page.get().outputPath()) + fragment;
    }
}
