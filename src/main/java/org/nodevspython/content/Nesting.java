package org.nodevspython.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Node;

/**
 * How deeply a page's Markdown nests block quotes and lists. flexmark parses and renders nesting
 * by recursion: a page nested a few thousand levels deep overflows the stack, and the build would
 * die with a stack trace naming no file. Real pages nest a handful of levels; past
 * {@link #LIMIT} the page is refused at the line where it goes too deep, before flexmark sees it.
 */
final class Nesting {

    /** Far above what any real page uses, far below what overflows the stack (about 500 levels of lists). */
    static final int LIMIT = 64;

    /** Where a page nests too deep: its 1-based line and column in the Markdown, and how deep. */
    record TooDeep(int line, int column, int depth) {
    }

    private Nesting() {
    }

    /**
     * The first line of the Markdown whose containers go deeper than the limit, read from the text alone:
     * the quote marks and list markers at the start of the line, and its indentation (two columns a level,
     * as nested lists are written).
     */
    static Optional<TooDeep> inText(String markdown) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int at = 0;
            int columns = 0;
            int depth = 0;
            boolean leading = true;
            while (at < line.length()) {
                char c = line.charAt(at);
                if (c == ' ' || c == '\t') {
                    if (leading) {
                        columns += c == '\t' ? 4 : 1;
                    }
                    at++;
                } else if (c == '>') {
                    depth++;
                    leading = false;
                    at++;
                } else if ((c == '-' || c == '+' || c == '*') && at + 1 < line.length() && line.charAt(at + 1) == ' ') {
                    depth++;
                    leading = false;
                    at += 2;
                } else {
                    int digits = at;
                    while (digits < line.length() && digits - at < 9 && Character.isDigit(line.charAt(digits))) {
                        digits++;
                    }
                    if (digits > at && digits + 1 < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
                            && line.charAt(digits + 1) == ' ') {
                        depth++;
                        leading = false;
                        at = digits + 2;
                    } else {
                        break;
                    }
                }
            }
            int levels = depth + columns / 2;
            if (levels > LIMIT) {
                return Optional.of(new TooDeep(i + 1, 1, levels));
            }
        }
        return Optional.empty();
    }

    /** Where a parsed tree goes deeper than the limit: the first container past it, and the depth the tree reaches. */
    record DeepNode(Node node, int depth) {
    }

    /** Where a parsed tree goes past the limit, if it does: walked without recursion. */
    static Optional<DeepNode> inTree(Node root) {
        Node first = null;
        int deepest = 0;
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop() + (node instanceof BlockQuote || node instanceof ListItem ? 1 : 0);
            if (depth > LIMIT && first == null) {
                first = node;
            }
            deepest = Math.max(deepest, depth);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth);
            }
        }
        return first == null ? Optional.empty() : Optional.of(new DeepNode(first, deepest));
    }
}
