package org.nodevspython.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.nodevspython.files.Hashes;

/**
 * A page cut into its top-level sections, the unit a translation follows: the text before the
 * first section ({@link #INTRO}), each {@code ## ... {#id}} section, and the footnotes
 * ({@link #NOTES}). Each section's Markdown has a short hash, blind to changes of white space,
 * which a translation records to tell whether its source changed since.
 */
public final class Sections {

    public static final String INTRO = "_intro";
    public static final String NOTES = "_notes";

    private Sections() {
    }

    /** The Markdown of each section, in the order of the page. */
    public static Map<String, String> of(Document document) {
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        String section = INTRO;
        for (Node block : document.getChildren()) {
            if (block instanceof Heading heading && heading.getLevel() == 2) {
                section = idOf(heading).orElse(section);
            }
            String owner = block instanceof FootnoteBlock ? NOTES : section;
            sections.computeIfAbsent(owner, s -> new StringBuilder()).append(block.getChars()).append('\n');
        }
        Map<String, String> text = new LinkedHashMap<>();
        sections.forEach((id, markdown) -> text.put(id, markdown.toString()));
        return text;
    }

    /** The hash of each section, in the order of the page. */
    public static Map<String, String> hashes(Document document) {
        Map<String, String> hashes = new LinkedHashMap<>();
        of(document).forEach((id, markdown) -> hashes.put(id, hash(markdown)));
        return hashes;
    }

    /** Short hash of a section's Markdown, blind to changes of white space only. */
    public static String hash(String markdown) {
        return Hashes.hex(Whitespace.collapse(markdown.strip()), 4);
    }

    /** The explicit id of a heading, {@code {#id}} at its end. */
    static Optional<String> idOf(Heading heading) {
        for (Node child : heading.getChildren()) {
            if (child instanceof AttributesNode attributes) {
                for (Node attribute : attributes.getChildren()) {
                    if (attribute instanceof AttributeNode a && a.isId()) {
                        return Optional.of(a.getValue().toString());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
