package org.sonobill.x12.segment;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.sonobill.x12.input.Delimiters;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
import org.sonobill.x12.input.X12Location;

/**
 * Splits an X12 character stream into segments, reusing one buffer and one {@link Segment} view, so scanning costs
 * no memory per segment beyond what the caller keeps. Each ISA re-reads the delimiters (a file may concatenate
 * interchanges written with different delimiters), and whitespace before a segment identifier is skipped.
 */
public final class SegmentScanner implements SegmentSource {
    /** No X12 segment in the guides SonoBill reads comes near this; longer means a missing terminator. */
    static final int MAX_SEGMENT = 1 << 20;
    private static final int ISA_LENGTH = 106;

    private final Reader reader;
    private final String source;
    private final Segment segment;
    private final String[] identifiers = new String[256];
    private final int[] identifierKeys = new int[256];
    private char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean endOfInput;
    private char element;
    private char terminator;
    private long number;
    private long inTransaction;

    private SegmentScanner(Reader reader, String source, Delimiters delimiters) {
        this.reader = reader;
        this.source = source;
        this.segment = new Segment(source);
        this.element = delimiters.element();
        this.terminator = delimiters.segment();
        segment.componentSeparator = delimiters.component();
        segment.repetitionSeparator = delimiters.repetition();
    }

    /** Scans the content of an opened input (which is taken: read it only through this scanner). */
    public static SegmentScanner of(X12Input input) {
        return new SegmentScanner(input.reader(), input.source(), input.delimiters());
    }

    @Override
    public String source() {
        return source;
    }

    /**
     * The next segment, or null at the end of the file. The returned view is overwritten by the next call.
     *
     * @throws X12InputException when the stream cannot be read or a segment is malformed
     */
    @Override
    public Segment next() {
        try {
            return advance();
        } catch (IOException e) {
            throw new X12InputException(X12Location.atSegment(source, number + 1, ""),
                    "the file could not be read further: " + e.getMessage(), e);
        }
    }

    private Segment advance() throws IOException {
        while (true) {
            if (!skipWhitespace()) {
                return null;
            }
            if (startsInterchange()) {
                return interchangeHeader();
            }
            int end = findTerminator();
            if (end == position) {
                position++;
                continue;
            }
            return split(position, end, end == limit ? end : end + 1);
        }
    }

    private boolean skipWhitespace() throws IOException {
        while (true) {
            while (position < limit) {
                char c = buffer[position];
                if (c != '\n' && c != '\r' && c != ' ' && c != '\t' || c == terminator) {
                    return true;
                }
                position++;
            }
            if (!fill()) {
                return false;
            }
        }
    }

    private boolean startsInterchange() throws IOException {
        ensure(4);
        return limit - position >= 4 && buffer[position] == 'I' && buffer[position + 1] == 'S'
                && buffer[position + 2] == 'A' && !Character.isLetterOrDigit(buffer[position + 3]);
    }

    /** The ISA is fixed-length (X12.5): its delimiters are read by position before it is split. */
    private Segment interchangeHeader() throws IOException {
        ensure(ISA_LENGTH);
        if (limit - position < ISA_LENGTH) {
            throw new X12InputException(X12Location.atSegment(source, number + 1, "ISA"),
                    "the interchange header (ISA) is truncated: the file ends after " + (limit - position)
                            + " of its " + ISA_LENGTH + " characters");
        }
        char separator = buffer[position + 3];
        int at = position + 3;
        for (int width : new int[] {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1}) {
            if (buffer[at] != separator) {
                throw new X12InputException(X12Location.atSegment(source, number + 1, "ISA"),
                        "the interchange header (ISA) is garbled: its elements do not have the fixed widths "
                                + "X12 requires (" + ISA_LENGTH + " characters in all), so its delimiters cannot "
                                + "be trusted");
            }
            at += width + 1;
        }
        element = separator;
        segment.componentSeparator = buffer[position + 104];
        terminator = buffer[position + 105];
        char isa11 = buffer[position + 82];
        String version = new String(buffer, position + 84, 5);
        segment.repetitionSeparator = !Character.isLetterOrDigit(isa11) && version.compareTo("00402") >= 0
                ? isa11 : 0;
        return split(position, position + 105, position + 106);
    }

    private int findTerminator() throws IOException {
        int scanFrom = position;
        while (true) {
            for (int i = scanFrom; i < limit; i++) {
                if (buffer[i] == terminator) {
                    return i;
                }
            }
            scanFrom = limit;
            int before = position;
            if (!fill()) {
                return limit;
            }
            scanFrom -= before - position;
        }
    }

    private Segment split(int start, int end, int next) {
        int count = 0;
        int elementStart = start;
        int[] starts = segment.starts;
        int[] ends = segment.ends;
        for (int i = start; i <= end; i++) {
            if (i == end || buffer[i] == element) {
                if (count == starts.length) {
                    starts = segment.starts = Arrays.copyOf(starts, count * 2);
                    ends = segment.ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = elementStart;
                ends[count] = i;
                count++;
                elementStart = i + 1;
            }
        }
        segment.buffer = buffer;
        segment.elementCount = count - 1;
        segment.number = ++number;
        segment.id = identifier(starts[0], ends[0]);
        trackTransaction();
        position = next;
        return segment;
    }

    /**
     * The segment identifier, from a small cache keyed by its (at most three) characters: a file uses a few dozen
     * identifiers millions of times, so each is validated and allocated once.
     */
    private String identifier(int start, int end) {
        int length = end - start;
        if (length >= 2 && length <= 3) {
            int key = length << 24 | buffer[start] << 16 & 0xff0000 | buffer[start + 1] << 8 & 0xff00
                    | (length == 3 ? buffer[start + 2] & 0xff : 0);
            int slot = key * 0x9E3779B1 >>> 24;
            String cached = identifiers[slot];
            if (cached != null && identifierKeys[slot] == key && matches(cached, start, length)) {
                return cached;
            }
            String id = validIdentifier(start, end);
            identifiers[slot] = id;
            identifierKeys[slot] = key;
            return id;
        }
        return validIdentifier(start, end);
    }

    private boolean matches(String id, int start, int length) {
        if (id.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (id.charAt(i) != buffer[start + i]) {
                return false;
            }
        }
        return true;
    }

    private String validIdentifier(int start, int end) {
        int length = end - start;
        boolean valid = length >= 2 && length <= 3 && Character.isUpperCase(buffer[start]);
        for (int i = start; valid && i < end; i++) {
            valid = Character.isUpperCase(buffer[i]) || Character.isDigit(buffer[i]);
        }
        String id = new String(buffer, start, Math.min(length, 20));
        if (!valid) {
            throw new X12InputException(X12Location.atSegment(source, number, ""), "segment " + number
                    + " starts with '" + id + "', which is not a segment identifier (two or three capital "
                    + "letters or digits); the file's delimiters may be wrong or the file damaged");
        }
        return id;
    }

    private void trackTransaction() {
        if ("ST".equals(segment.id)) {
            inTransaction = 1;
        } else if (inTransaction > 0) {
            inTransaction++;
        }
        segment.positionInTransaction = inTransaction;
        if ("SE".equals(segment.id)) {
            inTransaction = 0;
        }
    }

    private String terminatorName() {
        return terminator == '\n' ? "(line feed)" : terminator == '\r' ? "(carriage return)" : "'" + terminator + "'";
    }

    /** Makes at least {@code count} characters available from the position, unless the file ends first. */
    private void ensure(int count) throws IOException {
        while (limit - position < count && fill()) {
            // fill until enough or end of input
        }
    }

    /** Moves the unread characters to the front, growing the buffer for a long segment, and reads more. */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            if (buffer.length >= MAX_SEGMENT) {
                throw new X12InputException(X12Location.atSegment(source, number + 1, ""), "segment "
                        + (number + 1) + " runs for more than " + MAX_SEGMENT + " characters without the segment "
                        + "terminator " + terminatorName() + "; the file's delimiters may be wrong or the file "
                        + "damaged");
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = reader.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        limit += n;
        return true;
    }
}
