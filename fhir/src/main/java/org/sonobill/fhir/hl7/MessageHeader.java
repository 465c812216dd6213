package org.sonobill.fhir.hl7;

/**
 * The MSH fields an acknowledgement echoes, read by splitting the first segment on its field separator, so they are
 * known even when the rest of the message cannot be parsed. Every field is null when absent.
 *
 * @param sendingApplication MSH-3.1
 * @param sendingFacility MSH-4.1
 * @param receivingApplication MSH-5.1
 * @param receivingFacility MSH-6.1
 * @param messageType MSH-9.1 (ORU, ORM...)
 * @param triggerEvent MSH-9.2 (R01, O01...)
 * @param controlId MSH-10
 * @param processingId MSH-11.1 (P, T, D)
 * @param version MSH-12.1 (2.3, 2.5.1...)
 */
record MessageHeader(String sendingApplication, String sendingFacility, String receivingApplication,
                     String receivingFacility, String messageType, String triggerEvent, String controlId,
                     String processingId, String version) {

    static final MessageHeader NONE = new MessageHeader(null, null, null, null, null, null, null, null, null);

    /** The header of a message in any segment-separator convention; {@link #NONE} when it does not start with MSH. */
    static MessageHeader read(String message) {
        String s = message == null ? "" : Hl7Text.withoutByteOrderMark(message).stripLeading();
        if (!s.startsWith("MSH") || s.length() < 8) {
            return NONE;
        }
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\r' || s.charAt(i) == '\n') {
                end = i;
                break;
            }
        }
        String segment = s.substring(0, end);
        char fieldSep = segment.charAt(3);
        char componentSep = segment.charAt(4);
        // MSH-1 is the separator itself, so split index n holds MSH-(n+1)
        String[] f = segment.split(java.util.regex.Pattern.quote(String.valueOf(fieldSep)), -1);
        return new MessageHeader(component(f, 2, componentSep, 0), component(f, 3, componentSep, 0),
                component(f, 4, componentSep, 0), component(f, 5, componentSep, 0), component(f, 8, componentSep, 0),
                component(f, 8, componentSep, 1), component(f, 9, componentSep, 0), component(f, 10, componentSep, 0),
                component(f, 11, componentSep, 0));
    }

    private static String component(String[] fields, int index, char sep, int component) {
        if (index >= fields.length) {
            return null;
        }
        String[] parts = fields[index].split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
        return component < parts.length ? Hl7Text.blankToNull(parts[component]) : null;
    }
}
