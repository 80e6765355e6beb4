package org.nodevspython.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Maps the path of a request to a file of the site folder, and never to anything outside it.
 * The path is decoded first ({@code %2e%2e} is {@code ..}) and its {@code ..} segments are
 * resolved here, on the text, so that {@code /en/../../pom.xml} is refused before the file
 * system is asked; the resolved file is checked once more against the real site folder, in
 * case a symbolic link points out of it.
 */
final class SitePaths {

    private final Path root;

    SitePaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /**
     * The file or folder that a decoded request path names inside the site, or empty when the
     * path is malformed or would leave the site folder.
     *
     * @param path the decoded path of the request URI, e.g. {@code /en/nodejs.html}
     */
    Optional<Path> resolve(String path) {
        // a backslash is a separator on Windows, a colon starts a drive (C:) or an alternate
        // data stream, NUL ends a string in native code: none belongs to a name of this site
        if (path == null || !path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf(':') >= 0
                || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        Path file = root;
        for (String segment : segments) {
            file = file.resolve(segment);
        }
        file = file.normalize();
        return file.startsWith(root) ? Optional.of(file) : Optional.empty();
    }

    /** Whether an existing file is inside the site once every symbolic link is followed. */
    boolean reallyInside(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * While a bake swaps its new site in, the site folder is missing for an instant (it is
     * renamed away, then the new one renamed in); a request landing then waits for it rather
     * than answering 404 to a page that exists.
     */
    void awaitRoot() {
        for (int i = 0; i < 20 && !Files.isDirectory(root); i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
