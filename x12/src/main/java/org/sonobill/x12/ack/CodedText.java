package org.sonobill.x12.ack;

/**
 * A code as sent, with SonoBill's text for it.
 *
 * @param code the code
 * @param text what X12 says it means
 */
public record CodedText(String code, String text) {

    static CodedText of(String element, String code) {
        return new CodedText(code, AckCodes.text(element, code));
    }

    @Override
    public String toString() {
        return code + " (" + text + ")";
    }
}
