/**
 * What a bake reads before the pages: {@code jbake.properties} through jbake-core's configuration,
 * the languages and interface strings, and the reference list ({@link org.nodevspython.config.Sources}).
 */
package org.nodevspython.config;
