package org.nodevspython.content;

/**
 * Runs of white space made one space, as {@code replaceAll("\\s+", " ")} does (the same ASCII white
 * space: space, tab, line feed, vertical tab, form feed, carriage return), in one pass without a
 * regular expression: the section hashes and the search index do it for every page.
 */
public final class Whitespace {

    private Whitespace() {
    }

    public static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }
}
