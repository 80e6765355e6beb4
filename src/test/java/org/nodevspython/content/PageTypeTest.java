package org.nodevspython.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The page types: their names in front matter and jbake.properties, and which are listed. */
class PageTypeTest {

    @Test
    void keysAreTheLowercaseNames() {
        assertEquals(List.of("page", "home", "references", "error"), PageType.keys());
        assertEquals("references", PageType.REFERENCES.key());
    }

    @Test
    void ofReadsAKey() {
        for (PageType type : PageType.values()) {
            assertEquals(type, PageType.of(type.key()));
        }
        assertEquals(PageType.HOME, PageType.of("HOME"));
        assertThrows(IllegalArgumentException.class, () -> PageType.of("blog"));
    }

    @Test
    void onlyTheErrorPageIsNotListed() {
        assertTrue(PageType.PAGE.listed());
        assertTrue(PageType.HOME.listed());
        assertTrue(PageType.REFERENCES.listed());
        assertFalse(PageType.ERROR.listed());
    }
}
