package org.nodevspython.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The versions of the libraries that print the PDFs, read from the {@code pom.properties} Maven
 * writes into each jar: part of the key of a cached PDF, so that upgrading one of them prints the
 * books again instead of reusing PDFs the old version made.
 */
final class LibraryVersions {

    private static final List<String> PRINTERS = List.of("io.github.openhtmltopdf:openhtmltopdf-core",
            "io.github.openhtmltopdf:openhtmltopdf-pdfbox", "org.apache.pdfbox:pdfbox", "net.sf.jasperreports:jasperreports-fonts");

    private LibraryVersions() {
    }

    /** e.g. {@code openhtmltopdf-core 1.1.31, openhtmltopdf-pdfbox 1.1.31, pdfbox 3.0.3, jasperreports-fonts 6.20.0}. */
    static String ofPrinters() {
        StringBuilder versions = new StringBuilder();
        for (String library : PRINTERS) {
            String[] coordinates = library.split(":");
            versions.append(versions.isEmpty() ? "" : ", ").append(coordinates[1]).append(' ').append(version(coordinates[0], coordinates[1]));
        }
        return versions.toString();
    }

    static String version(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = LibraryVersions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(group + ":" + artifact + " is not on the class path (or its jar has no " + resource + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
