package org.nodevspython.preview;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The media type of each kind of file the site holds. Browsers refuse a style sheet or a
 * script served with the wrong type (the server also sends {@code nosniff}), so a preview
 * that guessed would hide exactly the mistakes it is meant to show.
 */
final class ContentTypes {

    private static final String UTF_8 = "; charset=utf-8";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html" + UTF_8),
            Map.entry("htm", "text/html" + UTF_8),
            Map.entry("css", "text/css" + UTF_8),
            Map.entry("js", "text/javascript" + UTF_8),
            Map.entry("mjs", "text/javascript" + UTF_8),
            Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("xml", "application/xml" + UTF_8),
            Map.entry("txt", "text/plain" + UTF_8),
            Map.entry("csv", "text/csv" + UTF_8),
            Map.entry("md", "text/markdown" + UTF_8),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"));

    private ContentTypes() {
    }

    static String of(Path file) {
        return BY_EXTENSION.getOrDefault(extension(file), "application/octet-stream");
    }

    /** HTML responses get the live-reload script. */
    static boolean isHtml(Path file) {
        String extension = extension(file);
        return extension.equals("html") || extension.equals("htm");
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
