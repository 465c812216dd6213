package org.sonobill.x12.input;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An X12 file opened for reading: its encoding, delimiters, interchange header and the version and type of its
 * first transaction set, checked before any transaction is parsed. The content is then read once, as characters
 * ({@link #reader()}) or as UTF-8 bytes ({@link #utf8Stream()}), starting at the ISA segment, with any byte-order
 * mark removed, UTF-16 transcoded and line breaks between segments dropped. Only a 64 KB look-ahead is held, so
 * files of any size can be opened.
 *
 * <p>Refused, with an {@link X12InputException} naming the file and place: a file without an ISA header (unless
 * {@link InputOptions#acceptMissingEnvelope()}), a truncated or garbled ISA (with the byte offset), and any
 * version other than 5010 in the first GS08/ST03 (or ISA12 when the interchange has no functional group).
 */
public final class X12Input implements Closeable {
    static final int LOOK_AHEAD = 1 << 16;
    private static final int BYTE_BUFFER = 1 << 16;

    private final String source;
    private final TextEncoding encoding;
    private final Delimiters delimiters;
    private final InterchangeHeader interchange;
    private final EnvelopeSummary summary;
    private final List<String> notices;
    private final BufferedReader content;
    private boolean taken;

    private X12Input(String source, TextEncoding encoding, Delimiters delimiters, InterchangeHeader interchange,
                     EnvelopeSummary summary, List<String> notices, BufferedReader content) {
        this.source = source;
        this.encoding = encoding;
        this.delimiters = delimiters;
        this.interchange = interchange;
        this.summary = summary;
        this.notices = List.copyOf(notices);
        this.content = content;
    }

    /** Opens a file, refusing files without an ISA header. */
    public static X12Input open(Path file) {
        return open(file, InputOptions.strict());
    }

    /** Opens a file; the file name in messages is the path as given. */
    public static X12Input open(Path file, InputOptions options) {
        String source = file.toString();
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new X12InputException(X12Location.of(source), "no such file");
        } catch (AccessDeniedException e) {
            throw new X12InputException(X12Location.of(source), "the file cannot be read (permission denied)");
        } catch (IOException e) {
            throw new X12InputException(X12Location.of(source), "the file cannot be opened: " + e.getMessage(), e);
        }
        try {
            return of(in, source, options);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /** Opens a stream (an upload, say) under a name used in messages; closing the input closes the stream. */
    public static X12Input of(InputStream in, String sourceName, InputOptions options) {
        try {
            return new Opener(sourceName, options).open(in);
        } catch (IOException e) {
            throw new X12InputException(X12Location.of(sourceName), "the file cannot be read: " + e.getMessage(),
                    e);
        }
    }

    /** The file name (or stream name) used in messages. */
    public String source() {
        return source;
    }

    /** The encoding detected from the first bytes. */
    public TextEncoding encoding() {
        return encoding;
    }

    /** The interchange's delimiters (from the ISA, or inferred when the envelope is missing and accepted). */
    public Delimiters delimiters() {
        return delimiters;
    }

    /** The ISA header, or empty when the file has none and that was accepted. */
    public Optional<InterchangeHeader> interchange() {
        return Optional.ofNullable(interchange);
    }

    /** GS01 of the first functional group ({@code HP} for 835, {@code FA} for 999, {@code HN} for 277), or "". */
    public String functionalIdentifier() {
        return summary.functionalIdentifier();
    }

    /** GS08 of the first functional group (005010X221A1, ...), or "" when the file has no GS. */
    public String version() {
        return summary.version();
    }

    /** ST01 of the first transaction set (835, 999, 277, 837, ...), or "" when the interchange has none. */
    public String transactionType() {
        return summary.transactionType();
    }

    /** ST03 of the first transaction set (implementation convention reference), or "" when absent. */
    public String implementationReference() {
        return summary.implementationReference();
    }

    /** What was done to the file to read it (byte-order mark skipped, UTF-16 transcoded, assumptions made). */
    public List<String> notices() {
        return notices;
    }

    /**
     * The content as characters from the ISA segment (or the first segment when the envelope is missing), with
     * line breaks and indentation after segment terminators removed. May be taken once.
     */
    public Reader reader() {
        if (taken) {
            throw new IllegalStateException("the content of " + source + " has already been taken");
        }
        taken = true;
        return content;
    }

    /** The same content as {@link #reader()}, encoded as UTF-8 bytes (for byte-oriented parsers). */
    public InputStream utf8Stream() {
        return new Utf8InputStream(reader());
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // the refusal being thrown says more than a failure to close
        }
    }

    /** One use: detects the encoding, reads the header, checks the version. */
    private static final class Opener {
        private final String source;
        private final InputOptions options;
        private final List<String> notices = new ArrayList<>();
        private TextEncoding encoding;
        private int markBytes;

        Opener(String source, InputOptions options) {
            this.source = source;
            this.options = options;
        }

        X12Input open(InputStream raw) throws IOException {
            BufferedInputStream bytes = new BufferedInputStream(raw, BYTE_BUFFER);
            detectEncoding(bytes);
            BufferedReader decoded = new BufferedReader(new InputStreamReader(bytes, encoding.charset()),
                    LOOK_AHEAD);
            decoded.mark(LOOK_AHEAD);
            char[] head = new char[4096];
            int length = readFully(decoded, head);
            decoded.reset();
            String text = new String(head, 0, Math.max(length, 0));
            int start = leadingWhitespace(text);
            if (start > 0) {
                decoded.skip(start);
                notices.add(start + " blank character(s) before the first segment skipped");
            }
            String body = text.substring(start);
            boolean hasIsa = body.startsWith("ISA");
            InterchangeHeader header = null;
            Delimiters delimiters;
            if (hasIsa) {
                IsaParser.Parsed parsed = new IsaParser(source, i -> byteOffset(text, start + i)).parse(body);
                header = parsed.header();
                delimiters = parsed.delimiters();
                noteLineBreaks(body, delimiters);
            } else {
                delimiters = missingEnvelope(body, start, text);
            }
            BufferedReader content = new BufferedReader(new SegmentBoundaryReader(decoded, delimiters.segment()),
                    LOOK_AHEAD);
            EnvelopeSummary summary = EnvelopeSummary.peek(content, delimiters);
            checkVersion(summary, header);
            return new X12Input(source, encoding, delimiters, header, summary, notices, content);
        }

        private void detectEncoding(BufferedInputStream bytes) throws IOException {
            bytes.mark(4);
            byte[] first = new byte[4];
            int n = bytes.readNBytes(first, 0, 4);
            bytes.reset();
            int b0 = n > 0 ? first[0] & 0xff : -1;
            int b1 = n > 1 ? first[1] & 0xff : -1;
            int b2 = n > 2 ? first[2] & 0xff : -1;
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                encoding = TextEncoding.UTF_8_BOM;
                markBytes = 3;
                notices.add("UTF-8 byte-order mark skipped");
            } else if (b0 == 0xFF && b1 == 0xFE) {
                encoding = TextEncoding.UTF_16LE;
                markBytes = 2;
            } else if (b0 == 0xFE && b1 == 0xFF) {
                encoding = TextEncoding.UTF_16BE;
                markBytes = 2;
            } else if (n >= 2 && b0 != 0 && b1 == 0) {
                encoding = TextEncoding.UTF_16LE;
            } else if (n >= 2 && b0 == 0 && b1 != 0) {
                encoding = TextEncoding.UTF_16BE;
            } else {
                encoding = TextEncoding.UTF_8;
            }
            if (encoding == TextEncoding.UTF_16LE || encoding == TextEncoding.UTF_16BE) {
                notices.add("transcoded from " + encoding.label() + (markBytes > 0 ? " (byte-order mark skipped)"
                        : " (detected from the zero bytes, no byte-order mark)"));
            }
            bytes.skipNBytes(markBytes);
        }

        private long byteOffset(String text, int characterIndex) {
            int end = Math.min(characterIndex, text.length());
            return markBytes + text.substring(0, end).getBytes(encoding.charset()).length
                    + (long) (characterIndex - end) * encoding.bytesPerAsciiCharacter();
        }

        private void noteLineBreaks(String body, Delimiters delimiters) {
            if (delimiters.segment() == '\n' || delimiters.segment() == '\r') {
                notices.add("segments are terminated by a line break");
            } else if (body.length() > IsaParser.LENGTH && isBreak(body.charAt(IsaParser.LENGTH))) {
                notices.add("line breaks after segment terminators ignored");
            }
        }

        private Delimiters missingEnvelope(String body, int start, String text) {
            boolean segmentFirst = body.length() > 3 && (body.startsWith("GS") || body.startsWith("ST"))
                    && !Character.isLetterOrDigit(body.charAt(2));
            if (body.isEmpty()) {
                throw new X12InputException(X12Location.atByte(source, byteOffset(text, start)),
                        "the file is empty: expected an X12 interchange starting with an ISA segment");
            }
            if (!segmentFirst) {
                throw new X12InputException(X12Location.atByte(source, byteOffset(text, start)),
                        "not an X12 file: expected an interchange header starting with 'ISA', found '"
                                + printable(body.substring(0, Math.min(20, body.length()))) + "'");
            }
            String first = body.substring(0, 2);
            if (!options.acceptMissingEnvelope()) {
                throw new X12InputException(X12Location.atElement(source, byteOffset(text, start), 1, first, 0),
                        "the file has no interchange header (ISA): it starts with the " + first + " segment. "
                                + "SonoBill needs the ISA header to know the delimiters and to answer the "
                                + "interchange; ask the sender for the complete file, or read it anyway with "
                                + "the delimiters inferred from its first segment (--accept-missing-envelope)");
            }
            return MissingEnvelope.inferDelimiters(body, source, notices);
        }

        private void checkVersion(EnvelopeSummary summary, InterchangeHeader header) {
            if (!summary.version().isEmpty()) {
                X12Versions.requireSupported(summary.version(),
                        X12Location.atElement(source, -1, summary.groupSegment(), "GS", 8));
            }
            if (!summary.implementationReference().isEmpty()) {
                X12Versions.requireSupported(summary.implementationReference(),
                        X12Location.atElement(source, -1, summary.transactionSegment(), "ST", 3));
            }
            if (summary.version().isEmpty() && header != null && !"00501".equals(header.version())) {
                throw new X12InputException(X12Location.atElement(source, -1, 1, "ISA", 12),
                        X12Versions.unsupported(header.version(), "ISA12"));
            }
            if (header != null && !summary.version().isEmpty() && !"00501".equals(header.version())) {
                notices.add("interchange header version ISA12 = " + header.version() + " around 5010 "
                        + "transactions (GS08 = " + summary.version() + "); read as 5010");
            }
            if (header == null && summary.version().isEmpty() && summary.implementationReference().isEmpty()) {
                notices.add("no GS08 or ST03 states the version: read as 5010");
            }
        }

        private static int readFully(Reader reader, char[] into) throws IOException {
            int total = 0;
            while (total < into.length) {
                int n = reader.read(into, total, into.length - total);
                if (n < 0) {
                    break;
                }
                total += n;
            }
            return total;
        }

        private static int leadingWhitespace(String text) {
            int i = 0;
            while (i < text.length() && (isBreak(text.charAt(i)) || text.charAt(i) == ' '
                    || text.charAt(i) == '\t' || text.charAt(i) == '\uFEFF')) {
                i++;
            }
            return i;
        }

        private static boolean isBreak(char c) {
            return c == '\n' || c == '\r';
        }

        private static String printable(String s) {
            StringBuilder out = new StringBuilder();
            for (char c : s.toCharArray()) {
                out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04X", (int) c));
            }
            return out.toString();
        }
    }
}
