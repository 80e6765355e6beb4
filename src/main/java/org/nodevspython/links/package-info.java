/**
 * Addresses: the one resolver of an address written in a page ({@link org.nodevspython.links.Address}),
 * the links of the generated pages, the check of Markdown links at their lines, the check of every
 * link of the generated files, and the check that no two sources write the same file.
 */
package org.nodevspython.links;
