/**
 * What the project's git history says about its files: the date each page last changed ("last updated", the
 * sitemap's {@code lastmod}). Read with the {@code git} command, once per bake; outside a checkout there is no
 * history and nothing is dated, and the build still works.
 */
package org.nodevspython.history;
