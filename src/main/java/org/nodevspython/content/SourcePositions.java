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
        return column(node.getStartOffset());
    }

    /** The line of the file at an offset into the body. */
    public int line(int offset) {
        int newlines = 0;
        for (int at = body.indexOf('\n'); at >= 0 && at < offset; at = body.indexOf('\n', at + 1)) {
            newlines++;
        }
        return bodyLine + newlines;
    }

    /** The 1-based column, in characters, at an offset into the body. */
    public int column(int offset) {
        int lineStart = offset == 0 ? 0 : body.lastIndexOf('\n', offset - 1) + 1;
        return offset - lineStart + 1;
    }
}
