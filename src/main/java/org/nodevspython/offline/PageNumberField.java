package org.nodevspython.offline;

/**
 * The page numbers of the contents, each set in a field of the same width, so that the contents
 * take the same pages whatever the numbers: they are laid out once with placeholders, to know how
 * many pages the chapters after them start at, and printed once the chapters tell their pages.
 * The field is as many digits as the widest number, narrower numbers padded on the left with figure
 * spaces (U+2007, as wide as a digit in the book's fonts), so they stay right-aligned as in a printed
 * book's contents. It starts with a no-break space: Java's line breaking allows a break before
 * digits but not before a figure space, and the space makes both alike, so a placeholder and a
 * number of the same field break lines in the same places. (Not a zero-width joiner: U+FEFF has no
 * glyph in the fonts, and a search or a copy of the PDF's text would find it before the number.)
 */
final class PageNumberField {

    private static final char FIGURE_SPACE = '\u2007';
    private static final char NO_BREAK = '\u00A0';

    private final int digits;

    /** @param digits how many digits the widest number of the book may have */
    PageNumberField(int digits) {
        this.digits = Math.max(1, digits);
    }

    /** A field for numbers up to this one. */
    static PageNumberField upTo(int largest) {
        return new PageNumberField(Integer.toString(Math.max(0, largest)).length());
    }

    int digits() {
        return digits;
    }

    /** What the contents are laid out with before the pages are known. */
    String placeholder() {
        return NO_BREAK + "0".repeat(digits);
    }

    /** The field holding a number, or an empty field for a target without a page. */
    String of(int number) {
        String text = number > 0 ? Integer.toString(number) : "";
        if (text.length() > digits) {
            throw new IllegalArgumentException("page " + number + " is wider than a field of " + digits + " digits");
        }
        return NO_BREAK + String.valueOf(FIGURE_SPACE).repeat(digits - text.length()) + text;
    }

    boolean fits(int number) {
        return Integer.toString(number).length() <= digits;
    }
}
