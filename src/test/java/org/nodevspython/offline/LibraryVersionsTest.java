package org.nodevspython.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The versions of the PDF printing libraries, part of a cached PDF's key: read from the jars on the
 * class path (the versions pom.xml pins), and a library that is not there is an error, not a blank.
 */
class LibraryVersionsTest {

    @Test
    void theVersionsOfTheJarsOnTheClassPath() {
        assertEquals("1.1.31", LibraryVersions.version("io.github.openhtmltopdf", "openhtmltopdf-core"));
        assertEquals("6.20.0", LibraryVersions.version("net.sf.jasperreports", "jasperreports-fonts"));
        assertEquals("1.21.2", LibraryVersions.version("org.jsoup", "jsoup"));
    }

    @Test
    void everyPrinterWithItsVersion() throws IOException {
        assertEquals("openhtmltopdf-core 1.1.31, openhtmltopdf-pdfbox 1.1.31, pdfbox " + pdfbox() + ", jasperreports-fonts 6.20.0",
                LibraryVersions.ofPrinters());
        assertTrue(pdfbox().matches("\\d+\\.\\d+\\.\\d+"), pdfbox());
    }

    /** PDFBox comes with openhtmltopdf: its version is the one Maven resolved, read here another way (its jar's name). */
    private static String pdfbox() throws IOException {
        try {
            String jar = Path.of(org.apache.pdfbox.pdmodel.PDDocument.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getFileName().toString();
            assertTrue(jar.startsWith("pdfbox-") && jar.endsWith(".jar"), jar);
            return jar.substring("pdfbox-".length(), jar.length() - ".jar".length());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    @Test
    void aLibraryThatIsNotThereIsAnError() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> LibraryVersions.version("org.example", "nothing"));
        assertEquals("org.example:nothing is not on the class path (or its jar has no /META-INF/maven/org.example/nothing/pom.properties)",
                error.getMessage());
    }
}
