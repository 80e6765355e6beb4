/**
 * The languages and their interface strings ({@code data/i18n.yaml}), and everything about
 * translations: the parity checks, which sections of a translation lag behind, and marking one
 * up to date.
 */
package org.nodevspython.i18n;
