package org.nodevspython.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The generated HTML files of one bake, each parsed once: the search index, the books and the
 * output link check all read the rendered pages, and parsing is most of their cost.
 * Readers must not change a document they get: clone what they change.
 */
public final class RenderedPages {

    private final Map<Path, Document> parsed = new HashMap<>();

    public Document get(Path file) {
        return parsed.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return Jsoup.parse(f.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
