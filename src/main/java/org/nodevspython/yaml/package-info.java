/** YAML read as a node tree, so that every value can be checked and reported at its line. */
package org.nodevspython.yaml;
