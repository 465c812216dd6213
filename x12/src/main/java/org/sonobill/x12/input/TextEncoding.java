package org.sonobill.x12.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How the bytes of an X12 file encode its characters, as detected from its first bytes. */
public enum TextEncoding {
    /** UTF-8 (or its ASCII subset) without a byte-order mark: the usual case. */
    UTF_8(StandardCharsets.UTF_8, 1, "UTF-8"),
    /** UTF-8 preceded by the byte-order mark EF BB BF, which is skipped (Windows editors add it). */
    UTF_8_BOM(StandardCharsets.UTF_8, 1, "UTF-8 with byte-order mark"),
    /** UTF-16 little-endian (with or without the mark FF FE), transcoded while streaming. */
    UTF_16LE(StandardCharsets.UTF_16LE, 2, "UTF-16 little-endian"),
    /** UTF-16 big-endian (with or without the mark FE FF), transcoded while streaming. */
    UTF_16BE(StandardCharsets.UTF_16BE, 2, "UTF-16 big-endian");

    private final Charset charset;
    private final int bytesPerAsciiCharacter;
    private final String label;

    TextEncoding(Charset charset, int bytesPerAsciiCharacter, String label) {
        this.charset = charset;
        this.bytesPerAsciiCharacter = bytesPerAsciiCharacter;
        this.label = label;
    }

    /** The charset that decodes the bytes after the byte-order mark. */
    public Charset charset() {
        return charset;
    }

    /** Bytes taken by one ASCII character (1 in UTF-8, 2 in UTF-16). */
    int bytesPerAsciiCharacter() {
        return bytesPerAsciiCharacter;
    }

    /** A short human name ("UTF-16 little-endian"). */
    public String label() {
        return label;
    }
}
