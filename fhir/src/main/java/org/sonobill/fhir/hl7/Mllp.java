package org.sonobill.fhir.hl7;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;

/**
 * Minimal Lower Layer Protocol framing (HL7 v2.5.1 Appendix C, MLLP release 2 block format): a message travels as
 * {@code 0x0B message 0x1C 0x0D}. Bytes before the start block are skipped (noise on a fresh connection, a
 * keep-alive newline). Reading goes one byte at a time through {@link InputStream#read()}, so wrap a socket's stream
 * in a {@link java.io.BufferedInputStream}: then a frame split across TCP packets, or several frames in one packet,
 * are read exactly, and the bytes after one frame stay in the buffer for the next call.
 *
 * <p>Timeouts come from the stream (a socket's {@code SO_TIMEOUT}): a timeout while waiting for a frame to start is
 * passed on as the {@link SocketTimeoutException} it is (an idle connection, the caller decides); a timeout inside a
 * frame is an {@link MllpException}.
 */
public final class Mllp {
    /** Start block, vertical tab. */
    public static final int START_BLOCK = 0x0B;
    /** End block, file separator. */
    public static final int END_BLOCK = 0x1C;
    /** The carriage return after the end block. */
    public static final int CARRIAGE_RETURN = 0x0D;

    private Mllp() {
    }

    /**
     * Reads the next frame's payload, without its framing bytes.
     *
     * @param in the connection's stream, buffered
     * @param maxBytes the largest payload accepted; also the most noise skipped before a start block
     * @return the payload, or null when the stream ends cleanly between frames
     * @throws MllpException when the stream ends or times out inside a frame, the payload exceeds {@code maxBytes},
     *     too much noise comes before a start block, or the end block is not followed by a carriage return
     * @throws SocketTimeoutException when no frame starts within the stream's timeout
     */
    public static byte[] read(InputStream in, int maxBytes) throws IOException {
        return read(in, maxBytes, null);
    }

    /**
     * Reads the next frame's payload, which must be complete within {@code frameTime} of its start block: the
     * stream's timeout bounds each read, this bounds the whole frame (a sender trickling one byte per timeout).
     *
     * @param frameTime the most a frame may take from start block to end, or null for no limit
     * @throws MllpException also when the frame takes longer than {@code frameTime}
     * @see #read(InputStream, int)
     */
    public static byte[] read(InputStream in, int maxBytes, Duration frameTime) throws IOException {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (!skipToStart(in, maxBytes)) {
            return null;
        }
        long deadline = frameTime == null ? 0 : System.nanoTime() + frameTime.toNanos();
        byte[] buf = new byte[Math.min(maxBytes, 8192)];
        int len = 0;
        while (true) {
            int b = readInside(in, len);
            if (frameTime != null && System.nanoTime() - deadline > 0) {
                throw new MllpException("MLLP: frame not complete within " + frameTime.toMillis() + " ms after "
                        + len + " bytes");
            }
            if (b == END_BLOCK) {
                int cr = readInside(in, len);
                if (cr != CARRIAGE_RETURN) {
                    throw new MllpException("MLLP: expected a carriage return (0x0D) after the end block (0x1C) of a "
                            + len + "-byte frame, got 0x" + Integer.toHexString(cr));
                }
                return Arrays.copyOf(buf, len);
            }
            if (b == START_BLOCK) {
                throw new MllpException("MLLP: a start block (0x0B) inside a frame after " + len
                        + " bytes: the previous frame was not ended");
            }
            if (len == maxBytes) {
                throw new MllpException("MLLP: frame larger than the limit of " + maxBytes + " bytes");
            }
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxBytes));
            }
            buf[len++] = (byte) b;
        }
    }

    /** Skips to just after a start block; false when the stream ends first. */
    private static boolean skipToStart(InputStream in, int maxBytes) throws IOException {
        int skipped = 0;
        while (true) {
            int b = in.read();
            if (b == -1) {
                return false;
            }
            if (b == START_BLOCK) {
                return true;
            }
            if (++skipped > maxBytes) {
                throw new MllpException("MLLP: more than " + maxBytes + " bytes without a start block (0x0B)");
            }
        }
    }

    private static int readInside(InputStream in, int len) throws IOException {
        int b;
        try {
            b = in.read();
        } catch (InterruptedIOException e) {
            throw new MllpException("MLLP: timed out inside a frame after " + len + " bytes");
        }
        if (b == -1) {
            throw new MllpException("MLLP: the stream ended inside a frame after " + len + " bytes");
        }
        return b;
    }

    /**
     * Writes one frame and flushes.
     *
     * @throws IllegalArgumentException when the payload holds a start or end block byte, which would break the frame
     */
    public static void write(OutputStream out, byte[] payload) throws IOException {
        for (byte b : payload) {
            if (b == START_BLOCK || b == END_BLOCK) {
                throw new IllegalArgumentException("an MLLP payload cannot contain 0x0B or 0x1C");
            }
        }
        out.write(START_BLOCK);
        out.write(payload);
        out.write(END_BLOCK);
        out.write(CARRIAGE_RETURN);
        out.flush();
    }
}
