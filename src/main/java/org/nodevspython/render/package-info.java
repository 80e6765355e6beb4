/**
 * The templates: the Freemarker set-up behind JBake's template seam, the model every template
 * reads (documented in docs/TEMPLATES.md), the pages written through JBake's renderer, and
 * template errors turned into one line each.
 */
package org.nodevspython.render;
