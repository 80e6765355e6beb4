package org.nodevspython.history;

import java.util.Optional;

import org.nodevspython.content.Page;

/**
 * Where a page comes from, as its footer tells the reader: the date it was last updated, and the address that edits
 * its Markdown file on the code host. A stand-in shows its original's words, so it tells the original's.
 *
 * @param changes       the last commit date of each file
 * @param editBase      the code host's editor address, which the file's path follows ({@code site.edit_base})
 * @param contentFolder the content folder's path in the project, e.g. {@code content}
 */
public record PageSources(LastChanges changes, Optional<String> editBase, String contentFolder) {

    /** No history and no code host: no page is dated (but by its front matter) or linked to its source. */
    public static final PageSources NONE = new PageSources(LastChanges.none(), Optional.empty(), "content");

    /** The day the page last changed: its front matter's {@code date}, else its file's last commit; YYYY-MM-DD. */
    public Optional<String> updated(Page page) {
        Page source = page.original().orElse(page);
        return Optional.ofNullable(source.frontMatter().date()).or(() -> changes.of(path(source)));
    }

    /** The address that opens the page's Markdown file in the code host's editor. */
    public Optional<String> editUrl(Page page) {
        return editBase.map(base -> base + path(page.original().orElse(page)));
    }

    private String path(Page page) {
        return (contentFolder.isEmpty() ? "" : contentFolder + "/") + page.sourcePath();
    }
}
