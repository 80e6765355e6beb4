package org.nodevspython.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void collapsesEveryRunOfAsciiWhiteSpaceToOneSpace() {
        assertEquals(" a b c d ", Whitespace.collapse("\t a\n\r\nb\u000Bc\f  d \n"));
    }

    @Test
    void leavesOtherSpacesAsTheRegularExpressionDid() {
        String text = "a\u00A0\u00A0b\u2003 c";
        assertEquals(text.replaceAll("\\s+", " "), Whitespace.collapse(text));
        assertEquals("a\u00A0\u00A0b\u2003 c", Whitespace.collapse(text));
    }

    @Test
    void anEmptyTextStaysEmpty() {
        assertEquals("", Whitespace.collapse(""));
    }
}
