/**
 * The pages: reading every Markdown file once (in parallel, through JBake's markup-engine seam),
 * its front matter and its Markdown tree, the checks of a page on its own, its sections and their
 * hashes, and the index of all pages ({@link org.nodevspython.content.SiteIndex}).
 */
package org.nodevspython.content;
