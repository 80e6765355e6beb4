package org.nodevspython.preview;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.nodevspython.i18n.Language;
import org.nodevspython.i18n.Localization;
import org.nodevspython.rules.Problems;

/**
 * The strings of the preview's error overlay, from {@code data/i18n.yaml} like every string of the
 * site, as the JSON the live-reload script reads: {@code {"pt-BR": {"title": ..., "hint": ..., "close": ...}, ...}}.
 */
final class PreviewStrings {

    /** Until data/i18n.yaml could be read once: the overlay still lists the problems. */
    static final String NONE = "{}";

    private static final Map<String, String> KEYS = Map.of("title", "preview_failed_title", "hint", "preview_failed_hint",
            "close", "preview_dismiss");

    private PreviewStrings() {
    }

    /** The strings of the project's data/i18n.yaml, or empty when it cannot be read (the bake reports why). */
    static java.util.Optional<String> read(Path project) {
        return Localization.load(project.resolve("data/i18n.yaml"), new Problems(project)).map(PreviewStrings::json);
    }

    static String json(Localization localization) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            for (Language language : localization.languages()) {
                Map<String, String> ui = localization.strings(language.code());
                json.writeObjectFieldStart(language.code());
                for (String field : new java.util.TreeSet<>(KEYS.keySet())) {
                    json.writeStringField(field, ui.getOrDefault(KEYS.get(field), ""));
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
