package org.sonobill.x12.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * What the first functional group and transaction set say about the file, found in the look-ahead buffer.
 *
 * @param functionalIdentifier GS01, or ""
 * @param version GS08, or ""
 * @param groupSegment ordinal of that GS segment in the file, or 0
 * @param transactionType ST01, or ""
 * @param implementationReference ST03, or ""
 * @param transactionSegment ordinal of that ST segment in the file, or 0
 */
record EnvelopeSummary(String functionalIdentifier, String version, long groupSegment, String transactionType,
                       String implementationReference, long transactionSegment) {

    /**
     * Scans the first {@link X12Input#LOOK_AHEAD} characters for the first GS and ST, leaving the reader where it
     * was. Segments are numbered from 1, the first segment of the file (ISA, or GS/ST without an envelope).
     */
    static EnvelopeSummary peek(BufferedReader content, Delimiters delimiters) throws IOException {
        content.mark(X12Input.LOOK_AHEAD);
        char[] buffer = new char[X12Input.LOOK_AHEAD - 1];
        int length = 0;
        while (length < buffer.length) {
            int n = content.read(buffer, length, buffer.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
        content.reset();
        return scan(new String(buffer, 0, length), delimiters);
    }

    private static EnvelopeSummary scan(String text, Delimiters delimiters) {
        String gs01 = "";
        String gs08 = "";
        long gsAt = 0;
        String st01 = "";
        String st03 = "";
        long stAt = 0;
        long number = 1;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(delimiters.segment(), start);
            if (end < 0) {
                end = text.length();
            }
            String[] elements = split(text.substring(start, end), delimiters.element());
            if (gsAt == 0 && "GS".equals(elements[0])) {
                gs01 = element(elements, 1);
                gs08 = element(elements, 8);
                gsAt = number;
            } else if ("ST".equals(elements[0])) {
                st01 = element(elements, 1);
                st03 = element(elements, 3);
                stAt = number;
                break;
            }
            number++;
            start = end + 1;
        }
        return new EnvelopeSummary(gs01, gs08, gsAt, st01, st03, stAt);
    }

    private static String[] split(String segment, char separator) {
        return segment.split(Pattern.quote(String.valueOf(separator)), -1);
    }

    private static String element(String[] elements, int position) {
        return position < elements.length ? elements[position].trim() : "";
    }
}
