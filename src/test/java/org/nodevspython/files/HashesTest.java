package org.nodevspython.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The one digest of the build, SHA-256, checked against known test vectors in each of its forms. */
class HashesTest {

    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String FOX = "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592";

    @Test
    void knownVectors() {
        assertEquals(EMPTY, HexFormat.of().formatHex(Hashes.sha256("")));
        assertEquals(ABC, HexFormat.of().formatHex(Hashes.sha256("abc")));
        assertEquals(FOX, HexFormat.of().formatHex(Hashes.sha256("The quick brown fox jumps over the lazy dog")));
    }

    @Test
    void textIsHashedAsUtf8() {
        assertArrayEquals(Hashes.sha256("ação".getBytes(StandardCharsets.UTF_8)), Hashes.sha256("ação"));
        assertNotEquals(HexFormat.of().formatHex(Hashes.sha256("ação".getBytes(StandardCharsets.ISO_8859_1))),
                HexFormat.of().formatHex(Hashes.sha256("ação")));
    }

    @Test
    void hexIsThePrefixOfTheDigest() {
        assertEquals("ba7816bf", Hashes.hex("abc", 4));
        assertEquals(ABC, Hashes.hex("abc", 32));
        assertEquals("", Hashes.hex("abc", 0));
    }

    @Test
    void idIsTheFirstEightBytes() {
        assertEquals(0xba7816bf8f01cfeaL, Hashes.id("abc"));
        assertEquals(0xe3b0c44298fc1c14L, Hashes.id(""));
        assertEquals(Hashes.id("abc"), Hashes.idOfDigest(Hashes.sha256("abc")));
    }

    @Test
    void base64AsAContentSecurityPolicySourceNamesIt() {
        assertEquals("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", Hashes.base64("abc"));
        assertEquals("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", Hashes.base64(""));
    }
}
