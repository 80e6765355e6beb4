package org.nodevspython.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The contents' page numbers take the room of their placeholder: the same characters' count, the
 * same kinds of characters where a line could break (a no-break space first), digits or figure spaces after.
 */
class PageNumberFieldTest {

    private static String shape(String field) {
        return field.replaceAll("[0-9\u2007]", "d");
    }

    @Test
    void aNumberFillsTheFieldOfItsPlaceholder() {
        PageNumberField field = PageNumberField.upTo(1234);
        assertEquals(4, field.digits());
        assertEquals("\u00A00000", field.placeholder());
        assertEquals("\u00A0\u2007\u2007\u20077", field.of(7));
        assertEquals("\u00A01234", field.of(1234));
        assertEquals("\u00A0\u2007\u2007\u2007\u2007", field.of(0), "a target without a page: an empty field");
        for (int n : new int[] {0, 7, 42, 999, 1234}) {
            assertEquals(shape(field.placeholder()), shape(field.of(n)));
        }
    }

    @Test
    void aWiderNumberDoesNotFit() {
        PageNumberField field = new PageNumberField(2);
        assertTrue(field.fits(99));
        assertFalse(field.fits(100));
        assertThrows(IllegalArgumentException.class, () -> field.of(100));
    }
}
