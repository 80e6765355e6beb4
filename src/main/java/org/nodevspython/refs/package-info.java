/** The reference list ({@code data/references.yaml}) and where each reference is cited. */
package org.nodevspython.refs;
