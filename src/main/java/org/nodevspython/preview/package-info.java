/**
 * The live preview: watches the sources, bakes again on every save (incrementally: only what the
 * save changed), serves the site on this computer only and reloads the open pages (or shows the
 * problems of a failed bake).
 */
package org.nodevspython.preview;
