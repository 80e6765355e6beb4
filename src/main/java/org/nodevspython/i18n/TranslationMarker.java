package org.nodevspython.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Marks a translation as up to date: rewrites the {@code translated_from} block of its front
 * matter with the current section hashes of its source page, leaving every other line as the
 * translator wrote it.
 */
public final class TranslationMarker {

    private TranslationMarker() {
    }

    public static void mark(Path translation, Map<String, String> sourceHashes) throws IOException {
        List<String> lines = new ArrayList<>(List.of(Files.readString(translation, StandardCharsets.UTF_8).split("\n", -1)));
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new IOException(translation + " has no front matter");
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new IOException(translation + ": the front matter is not closed");
        }
        List<String> front = new ArrayList<>();
        boolean inBlock = false;
        for (String line : lines.subList(1, end)) {
            if (line.startsWith("translated_from:")) {
                inBlock = true;
                continue;
            }
            if (inBlock && (line.startsWith(" ") || line.startsWith("\t") || line.isBlank())) {
                continue;
            }
            inBlock = false;
            front.add(line);
        }
        front.add("translated_from:  # section hashes of the source page this translation matches; written by 'translations --mark'");
        sourceHashes.forEach((section, hash) -> front.add("  " + section + ": \"" + hash + "\""));
        List<String> result = new ArrayList<>();
        result.add("---");
        result.addAll(front);
        result.addAll(lines.subList(end, lines.size()));
        Files.writeString(translation, String.join("\n", result), StandardCharsets.UTF_8);
    }
}
