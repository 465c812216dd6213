package org.sonobill.fhir.hl7;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

class MllpTest {
    private static final String MESSAGE =
            "MSH|^~\\&|RIS|MERCY|SONOBILL|BILLING|20250314||ORU^R01|1|P|2.5.1\rPID|1||X\r";

    private static byte[] framed(String payload) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Mllp.write(out, payload.getBytes(US_ASCII));
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** A stream that hands out its bytes in the given chunk sizes, as TCP may, then times out or ends. */
    private static final class Chunked extends InputStream {
        private final Deque<byte[]> chunks = new ArrayDeque<>();
        private final boolean timeOutAtEnd;
        private byte[] current = new byte[0];
        private int pos;

        Chunked(byte[] data, int chunk, boolean timeOutAtEnd) {
            for (int i = 0; i < data.length; i += chunk) {
                chunks.add(java.util.Arrays.copyOfRange(data, i, Math.min(data.length, i + chunk)));
            }
            this.timeOutAtEnd = timeOutAtEnd;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pos == current.length) {
                if (chunks.isEmpty()) {
                    if (timeOutAtEnd) {
                        throw new SocketTimeoutException("Read timed out");
                    }
                    return -1;
                }
                current = chunks.poll();
                pos = 0;
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    @Test
    void writesStartBlockPayloadEndBlockAndCarriageReturn() throws IOException {
        byte[] frame = framed("MSH|x");

        assertThat(frame).containsExactly(0x0B, 'M', 'S', 'H', '|', 'x', 0x1C, 0x0D);
    }

    @Test
    void readsAFrameDeliveredInThreeByteChunks() throws IOException {
        InputStream in = new BufferedInputStream(new Chunked(framed(MESSAGE), 3, false));

        assertThat(new String(Mllp.read(in, 1024), US_ASCII)).isEqualTo(MESSAGE);
        assertThat(Mllp.read(in, 1024)).as("a clean end between frames").isNull();
    }

    @Test
    void readsTwoFramesArrivingInOnePacketOneAtATime() throws IOException {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(concat(framed("first"), framed("second"))));

        assertThat(Mllp.read(in, 1024)).asString(US_ASCII).isEqualTo("first");
        assertThat(Mllp.read(in, 1024)).asString(US_ASCII).isEqualTo("second");
        assertThat(Mllp.read(in, 1024)).isNull();
    }

    @Test
    void skipsNoiseBeforeTheStartBlock() throws IOException {
        InputStream in = new ByteArrayInputStream(concat("\r\n  junk".getBytes(US_ASCII), framed(MESSAGE)));

        assertThat(Mllp.read(in, 1024)).asString(US_ASCII).isEqualTo(MESSAGE);
    }

    @Test
    void refusesAFrameLargerThanTheLimit() throws IOException {
        InputStream in = new ByteArrayInputStream(framed(MESSAGE));

        assertThatThrownBy(() -> Mllp.read(in, 20)).isInstanceOf(MllpException.class)
                .hasMessage("MLLP: frame larger than the limit of 20 bytes");
    }

    @Test
    void acceptsAFrameOfExactlyTheLimit() throws IOException {
        InputStream in = new ByteArrayInputStream(framed("12345"));

        assertThat(Mllp.read(in, 5)).asString(US_ASCII).isEqualTo("12345");
    }

    @Test
    void refusesEndlessNoiseWithoutAStartBlock() {
        InputStream in = new ByteArrayInputStream("x".repeat(100).getBytes(US_ASCII));

        assertThatThrownBy(() -> Mllp.read(in, 50)).isInstanceOf(MllpException.class)
                .hasMessage("MLLP: more than 50 bytes without a start block (0x0B)");
    }

    @Test
    void reportsAStreamThatEndsInsideAFrame() throws IOException {
        byte[] frame = framed(MESSAGE);
        InputStream in = new ByteArrayInputStream(java.util.Arrays.copyOf(frame, 10));

        assertThatThrownBy(() -> Mllp.read(in, 1024)).isInstanceOf(MllpException.class)
                .hasMessage("MLLP: the stream ended inside a frame after 9 bytes");
    }

    @Test
    void reportsATimeoutInsideAFrame() throws IOException {
        byte[] frame = framed(MESSAGE);
        InputStream in = new Chunked(java.util.Arrays.copyOf(frame, 10), 4, true);

        assertThatThrownBy(() -> Mllp.read(in, 1024)).isInstanceOf(MllpException.class)
                .hasMessage("MLLP: timed out inside a frame after 9 bytes");
    }

    @Test
    void refusesAFrameTrickledInSlowerThanItsTimeLimit() throws IOException {
        InputStream slow = new java.io.FilterInputStream(new ByteArrayInputStream(framed(MESSAGE))) {
            @Override
            public int read() throws IOException {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.read();
            }
        };

        assertThatThrownBy(() -> Mllp.read(slow, 1024, java.time.Duration.ofMillis(50)))
                .isInstanceOf(MllpException.class).hasMessageStartingWith("MLLP: frame not complete within 50 ms");
    }

    @Test
    void readsAFrameWithinItsTimeLimit() throws IOException {
        InputStream in = new ByteArrayInputStream(framed(MESSAGE));

        assertThat(Mllp.read(in, 1024, java.time.Duration.ofSeconds(5))).asString(US_ASCII).isEqualTo(MESSAGE);
    }

    @Test
    void passesOnATimeoutBeforeAnyFrameStarts() {
        InputStream in = new Chunked(new byte[0], 1, true);

        assertThatThrownBy(() -> Mllp.read(in, 1024)).isExactlyInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void refusesAnEndBlockWithoutCarriageReturn() {
        InputStream in = new ByteArrayInputStream(new byte[] {0x0B, 'a', 'b', 0x1C, 'c'});

        assertThatThrownBy(() -> Mllp.read(in, 1024)).isInstanceOf(MllpException.class)
                .hasMessage("MLLP: expected a carriage return (0x0D) after the end block (0x1C) of a 2-byte frame, "
                        + "got 0x63");
    }

    @Test
    void refusesAStartBlockInsideAFrame() {
        InputStream in = new ByteArrayInputStream(new byte[] {0x0B, 'a', 0x0B, 'b', 0x1C, 0x0D});

        assertThatThrownBy(() -> Mllp.read(in, 1024)).isInstanceOf(MllpException.class)
                .hasMessageStartingWith("MLLP: a start block (0x0B) inside a frame after 1 bytes");
    }

    @Test
    void refusesToFrameAPayloadHoldingAFramingByte() {
        assertThatThrownBy(() -> Mllp.write(new ByteArrayOutputStream(), new byte[] {'a', 0x1C}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodesTheCharacterSetMsh18Names() {
        byte[] latin1 = "MSH|^~\\&|A|B|C|D|2025||ORU^R01|1|P|2.5.1||||||8859/1\rOBX|1|TX|||Caf\u00e9\r"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] utf8 = "MSH|^~\\&|A|B|C|D|2025||ORU^R01|1|P|2.5.1\rOBX|1|TX|||Caf\u00e9\r"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] unlabelledLatin1 = "MSH|^~\\&|A|B|C|D|2025||ORU^R01|1|P|2.5.1\rOBX|1|TX|||Caf\u00e9\r"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(Hl7Charset.decode(latin1)).contains("Caf\u00e9");
        assertThat(Hl7Charset.decode(utf8)).contains("Caf\u00e9");
        assertThat(Hl7Charset.decode(unlabelledLatin1)).contains("Caf\u00e9");
    }
}
