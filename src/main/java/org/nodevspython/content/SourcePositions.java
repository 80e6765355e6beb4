package org.nodevspython.content;

import com.vladsch.flexmark.util.ast.Node;

/**
 * Turns a Markdown node's offset in a page's body into the line and column of the whole file,
 * front matter included, which is what a contributor sees in an editor or a pull request.
 *
 * @param bodyLine the 1-based line of the file where the body starts
 */
public record SourcePositions(String body, int bodyLine) {

    public int line(Node node) {
        return bodyLine + node.getStartLineNumber();
    }

    public int column(Node node) {
        int offset = node.getStartOffset();
        int lineStart = offset == 0 ? 0 : body.lastIndexOf('\n', offset - 1) + 1;
        return offset - lineStart + 1;
    }
}
