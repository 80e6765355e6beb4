/**
 * Every rule of the strict build in one registry ({@link org.nodevspython.rules.Rule}), the problems
 * a bake collects (all of them, sorted, as {@code file:line:column: error: ...}) and the table of
 * rules the README shows.
 */
package org.nodevspython.rules;
