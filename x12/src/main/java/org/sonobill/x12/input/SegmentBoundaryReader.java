package org.sonobill.x12.input;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Drops line breaks, spaces and tabs that follow a segment terminator, so that files written one segment per line
 * (CR LF or LF after {@code ~}) or indented for reading reach the parsers as plain X12. A segment identifier never
 * starts with whitespace, so nothing of the data is lost; a terminator that is itself a line break is kept.
 */
final class SegmentBoundaryReader extends FilterReader {
    private final char terminator;
    private boolean afterTerminator = true;

    SegmentBoundaryReader(Reader in, char terminator) {
        super(in);
        this.terminator = terminator;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n;
        do {
            n = read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (true) {
            int n = in.read(buffer, offset, length);
            if (n <= 0) {
                return n;
            }
            int kept = compact(buffer, offset, n);
            if (kept > 0) {
                return kept;
            }
        }
    }

    private int compact(char[] buffer, int offset, int n) {
        int write = offset;
        boolean after = afterTerminator;
        char term = terminator;
        for (int read = offset, end = offset + n; read < end; read++) {
            char c = buffer[read];
            if (after && c != term && (c == '\n' || c == '\r' || c == ' ' || c == '\t')) {
                continue;
            }
            after = c == term;
            buffer[write++] = c;
        }
        afterTerminator = after;
        return write - offset;
    }

    @Override
    public long skip(long n) throws IOException {
        char[] scratch = new char[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
