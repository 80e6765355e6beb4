/** The file and hash helpers every step shares: one way to delete a folder, one digest. */
package org.nodevspython.files;
