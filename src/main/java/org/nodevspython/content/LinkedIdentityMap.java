package org.nodevspython.content;

import java.util.LinkedHashMap;

import com.vladsch.flexmark.util.ast.Node;

/**
 * A map keyed by flexmark nodes that keeps insertion (document) order. flexmark's
 * {@code Node} does not override {@code equals}, so identity is what a plain map uses.
 */
final class LinkedIdentityMap<V> extends LinkedHashMap<Node, V> {
    private static final long serialVersionUID = 1L;
}
