/** The search index, built from the rendered articles of every listed page of every language. */
package org.nodevspython.search;
