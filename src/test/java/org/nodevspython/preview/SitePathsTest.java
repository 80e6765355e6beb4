package org.nodevspython.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The mapping of request paths to files: inside the site folder, or nothing. */
class SitePathsTest {

    private static final Path ROOT = Path.of("/project/target/site").toAbsolutePath();
    private final SitePaths paths = new SitePaths(ROOT);

    @ParameterizedTest
    @CsvSource({
            "/, ''",
            "/index.html, index.html",
            "/en/, en",
            "/en/nodejs.html, en/nodejs.html",
            "/en/../nodejs.html, nodejs.html",
            "/./css//site.css, css/site.css",
            "/%6Eodejs.html, nodejs.html",
            "/p%C3%A1gina.html, página.html",
            "//nodejs.html, nodejs.html",
    })
    void resolvesInsideTheSite(String rawPath, String relative) {
        assertEquals(Optional.of(ROOT.resolve(relative).normalize()), paths.resolve(decoded(rawPath)), rawPath);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..", "/../pom.xml", "/../../pom.xml", "/%2e%2e/%2e%2e/pom.xml", "/%2E%2E/pom.xml", "/en/../../pom.xml",
            "/en/%2e%2e/%2e%2e/pom.xml", "/..%2fpom.xml", "/..%2F..%2Fpom.xml", "/..%5cpom.xml", "/en%5c..%5c..%5cpom.xml",
            "/C:/Windows/win.ini", "/c:%5cwindows", "/index.html%00.txt", "/a/b/../../../pom.xml"})
    void refusesWhatLeavesTheSiteOrCannotBeAName(String rawPath) {
        assertEquals(Optional.empty(), paths.resolve(decoded(rawPath)), rawPath);
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative.html", ""})
    void refusesPathsThatDoNotStartAtTheRoot(String path) {
        assertTrue(paths.resolve(path).isEmpty());
    }

    /** What the server hands over: the decoded path of the request URI. */
    private static String decoded(String rawPath) {
        return URI.create("http://localhost" + rawPath).getPath();
    }
}
