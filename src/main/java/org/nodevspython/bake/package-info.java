/**
 * The bake, as a list of named steps ({@link org.nodevspython.bake.Bakery}): read the sources, read
 * the pages, check the site, render, index, make the books, check the output, publish. Each step
 * is a class of its own in the package of its feature; this package holds the list, the checks
 * of the pages together ({@link org.nodevspython.bake.CheckSite}), the atomic swap of the output
 * and the timings; and the preview's incremental bake ({@link org.nodevspython.bake.IncrementalBake}),
 * the same steps redoing only what a save changed, with what it keeps of the last bake.
 */
package org.nodevspython.bake;
