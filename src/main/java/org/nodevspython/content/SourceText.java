package org.nodevspython.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * Reads a content file strictly as UTF-8: a file saved in another encoding (Latin-1 by an
 * old editor, say) is an error at the line of its first bad byte, never mojibake on the site.
 * Line endings are normalised to LF and a byte-order mark is dropped.
 */
public final class SourceText {

    private SourceText() {
    }

    public static Optional<String> read(Path file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.report(Rule.FILE_UNREADABLE, file, 0, 0, e.getMessage());
            return Optional.empty();
        }
        return decode(file, bytes, problems);
    }

    /** The text of {@code bytes}, read from {@code file} already (the incremental preview reads each file once, to hash it). */
    public static Optional<String> decode(Path file, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int column = 1;
            // the byte-order mark is no character of the text an editor shows: columns count from after it
            boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
            for (int i = bom && bad >= 3 ? 3 : 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            problems.report(Rule.NOT_UTF8, file, line, column, String.format("%02X", bytes[bad] & 0xFF));
            return Optional.empty();
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            // flush after a complete decode cannot fail; nothing to report
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            problems.report(Rule.PAGE_EMPTY, file, 1, 0);
            return Optional.empty();
        }
        return Optional.of(text);
    }

}
