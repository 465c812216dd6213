package org.sonobill.fhir.hl7;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text rules of HL7 v2 (v2.5.1 ch. 2.7): segment separators, formatted-text commands, dates. */
final class Hl7Text {
    private static final Pattern FORMATTING = Pattern.compile("\\\\(\\.br|\\.sp[+-]?\\d*|\\.(?:fi|nf|in[+-]?\\d*"
            + "|ti[+-]?\\d*|sk[+-]?\\d*|ce)|H|N|X[0-9A-Fa-f]*|Z[^\\\\]*)\\\\");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2}).*");

    private Hl7Text() {
    }

    /** The text without the byte order mark some editors put at the start of a file. */
    static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The message with every segment ending in a carriage return, whether the file used \r, \n or \r\n. */
    static String normaliseSegments(String message) {
        String s = withoutByteOrderMark(message).replace("\r\n", "\r").replace('\n', '\r');
        int start = 0;
        while (start < s.length() && (s.charAt(start) == '\r' || Character.isWhitespace(s.charAt(start)))) {
            start++;
        }
        int end = s.length();
        while (end > start && (s.charAt(end - 1) == '\r' || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end).replaceAll("\r+", "\r");
    }

    /**
     * Formatted text (FT) with its commands applied: {@code \.br\} starts a new line, {@code \.sp n\} ends the
     * line and skips n lines, highlighting ({@code \H\}, {@code \N\}) and layout commands (indent, centre, fill)
     * are dropped, {@code \Xhh\} becomes its characters. The parser has already turned the delimiter escapes
     * ({@code \F\ \S\ \T\ \R\ \E\}) into characters.
     */
    static String decodeFormatted(String value) {
        Matcher m = FORMATTING.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replacement(String command) {
        if (command.equals(".br")) {
            return "\n";
        }
        if (command.startsWith(".sp")) {
            // end the line, then skip n blank lines (one when no number is given)
            String n = command.substring(3).replace("+", "");
            int skip = n.isEmpty() || n.startsWith("-") ? 1 : Math.min(Integer.parseInt(n), 10);
            return "\n".repeat(skip + 1);
        }
        if (command.startsWith("X")) {
            return hex(command.substring(1));
        }
        return "";
    }

    private static String hex(String digits) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i + 1 < digits.length(); i += 2) {
            s.append((char) Integer.parseInt(digits.substring(i, i + 2), 16));
        }
        return s.toString().replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The date part of a DTM/TS value (YYYYMMDD[HHMM[SS]][+ZZZZ]), or null when the value is empty. */
    static LocalDate date(String value, Hl7Location where, String what, String controlId) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = DATE.matcher(value.trim());
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            // an impossible date such as 20250231 falls through to the same message as a malformed one
        }
        throw Hl7Exception.invalid(where, controlId,
                "expected " + what + " as YYYYMMDD[HHMM[SS]]");
    }

    /** True when the segment or group holds no value (HAPI creates an empty one on first access). */
    static boolean absent(ca.uhn.hl7v2.model.Structure structure) {
        try {
            return structure.isEmpty();
        } catch (ca.uhn.hl7v2.HL7Exception e) {
            return true;
        }
    }

    /** The trimmed value, or null when it is null or blank. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
