package org.sonobill.x12.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Encodes a character stream as UTF-8 bytes in small chunks, so a UTF-16 file can be handed to a byte-oriented
 * parser (StAEDI) without ever being held in memory whole.
 */
final class Utf8InputStream extends InputStream {
    private static final int CHARS = 8192;

    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(CHARS);
    /** Large enough for any chunk of chars, so one encode call never overflows. */
    private final ByteBuffer bytes = ByteBuffer.allocate(CHARS * 3 + 4).flip();
    private boolean endOfInput;
    private boolean flushed;

    Utf8InputStream(Reader reader) {
        this.reader = reader;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, bytes.remaining());
        bytes.get(target, offset, n);
        return n;
    }

    private boolean fill() throws IOException {
        if (flushed) {
            return false;
        }
        bytes.clear();
        if (!endOfInput) {
            int n = reader.read(chars.array(), chars.position(), chars.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                chars.position(chars.position() + n);
            }
        }
        chars.flip();
        encoder.encode(chars, bytes, endOfInput);
        if (endOfInput) {
            encoder.flush(bytes);
            flushed = chars.remaining() == 0;
        }
        chars.compact();
        bytes.flip();
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
