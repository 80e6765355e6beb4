package org.nodevspython.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text, the one digest of the build: section hashes, cache keys and document ids. */
public final class Hashes {

    private Hashes() {
    }

    public static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The first {@code bytes} bytes of the digest, in lowercase hex. */
    public static String hex(String text, int bytes) {
        return HexFormat.of().formatHex(sha256(text), 0, bytes);
    }

    /** The first eight bytes of the digest as a number: an id that only this text gives. */
    public static long id(String text) {
        return idOfDigest(sha256(text));
    }

    /** The id {@link #id(String)} gives, from a digest already made (of bytes too long to hash twice). */
    public static long idOfDigest(byte[] digest) {
        long id = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            id = (id << 8) | (digest[i] & 0xFF);
        }
        return id;
    }

    /** The digest in base64, as a Content-Security-Policy source ({@code 'sha256-...'}) names it. */
    public static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(sha256(text));
    }
}
