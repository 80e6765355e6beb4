package org.nodevspython.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * A content file read strictly as UTF-8: a byte-order mark dropped, CRLF and CR made LF, and a
 * byte that is not UTF-8 reported at its line and column (counted in characters, as an editor
 * shows them), with its value; an empty or unreadable file is an error too.
 */
class SourceTextTest {

    @TempDir
    Path tmp;

    private final Problems problems = new Problems(Path.of("/"));

    private Optional<String> read(byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        Path file = tmp.resolve("page.md");
        Files.write(file, bytes.toByteArray());
        return SourceText.read(file, problems);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** The one problem found, as {@code line:column rule message}. */
    private String problem() {
        assertEquals(1, problems.all().size(), problems.all().toString());
        Problem p = problems.all().get(0);
        return p.line() + ":" + p.column() + " " + p.rule() + " " + p.message();
    }

    @Test
    void utf8IsReadAsItIs() throws IOException {
        assertEquals("---\ntítulo: ação\n", read(utf8("---\ntítulo: ação\n")).orElseThrow());
        assertEquals(List.of(), problems.all());
    }

    @Test
    void theByteOrderMarkIsDropped() throws IOException {
        assertEquals("---\nx\n", read(bytes(0xEF, 0xBB, 0xBF), utf8("---\nx\n")).orElseThrow());
    }

    @Test
    void lineEndingsBecomeLf() throws IOException {
        assertEquals("a\nb\nc\n\nd", read(utf8("a\r\nb\rc\r\n\r\nd")).orElseThrow());
    }

    @Test
    void aLatin1ByteIsReportedAtItsLineAndColumn() throws IOException {
        // "café" saved as Latin-1 by an old editor, on the third line
        assertTrue(read(utf8("---\ntitle: x\ncaf"), bytes(0xE9), utf8("\n")).isEmpty());
        assertEquals("3:4 NOT_UTF8 the file is not valid UTF-8 (byte 0xE9)", problem());
    }

    @Test
    void theColumnCountsCharactersNotBytes() throws IOException {
        // "ção" is five bytes and three characters: the bad byte is the fourth character of its line
        assertTrue(read(utf8("x\nção"), bytes(0xFF)).isEmpty());
        assertEquals("2:4 NOT_UTF8 the file is not valid UTF-8 (byte 0xFF)", problem());
    }

    @Test
    void aCarriageReturnLineIsStillLineTwo() throws IOException {
        assertTrue(read(utf8("a\r\nb"), bytes(0xC3, 0x28)).isEmpty());
        assertEquals("2:2 NOT_UTF8 the file is not valid UTF-8 (byte 0xC3)", problem());
    }

    @Test
    void aBadFirstByte() throws IOException {
        assertTrue(read(bytes(0x80), utf8("abc")).isEmpty());
        assertEquals("1:1 NOT_UTF8 the file is not valid UTF-8 (byte 0x80)", problem());
    }

    /** The byte-order mark is dropped from the text and editors do not show it: it is no column either. */
    @Test
    void theByteOrderMarkIsNoColumn() throws IOException {
        assertTrue(read(bytes(0xEF, 0xBB, 0xBF), utf8("ab"), bytes(0xFF)).isEmpty());
        assertEquals("1:3 NOT_UTF8 the file is not valid UTF-8 (byte 0xFF)", problem());
    }

    @Test
    void anEmptyFile() throws IOException {
        assertTrue(read(utf8(" \n\r\n\t")).isEmpty());
        assertEquals("1:0 PAGE_EMPTY the page is empty", problem());
    }

    @Test
    void aFileWithOnlyAByteOrderMarkIsEmpty() throws IOException {
        assertTrue(read(bytes(0xEF, 0xBB, 0xBF)).isEmpty());
        assertEquals(Rule.PAGE_EMPTY, problems.all().get(0).rule());
    }

    @Test
    void anUnreadableFile() {
        assertTrue(SourceText.read(tmp.resolve("missing.md"), problems).isEmpty());
        assertEquals(1, problems.all().size());
        Problem p = problems.all().get(0);
        assertEquals(Rule.FILE_UNREADABLE, p.rule());
        assertEquals(0, p.line());
        assertTrue(p.message().startsWith("cannot read the file: "), p.message());
        assertTrue(p.message().contains("missing.md"), p.message());
    }
}
