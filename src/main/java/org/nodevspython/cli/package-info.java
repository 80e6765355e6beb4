/**
 * The command line ({@link org.nodevspython.cli.SiteCommand}, picocli): the bake, and the
 * {@code translations}, {@code rules} and {@code preview} subcommands.
 */
package org.nodevspython.cli;
