package org.sonobill.server.hl7;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.sonobill.fhir.hl7.Hl7Acks;

/**
 * The fhir module's acknowledgement builder per organisation (MSH-4 is the organisation's code), all numbering their
 * MSH-10 from one counter so no two acknowledgements of the process share a control id.
 */
final class Acknowledgements {
    static final String APPLICATION = "SONOBILL";
    private final Map<String, Hl7Acks> byOrganisation = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong(System.currentTimeMillis() % 10_000_000_000L * 100);
    private final Supplier<String> controlIds = () -> "SB" + next.getAndIncrement();

    Hl7Acks forOrganisation(String code) {
        return byOrganisation.computeIfAbsent(code, c -> new Hl7Acks(APPLICATION, c, Clock.systemUTC(), controlIds));
    }

    /**
     * The acknowledgement with MSA-3 (text message) set: an AA says what was taken, or that the message was a
     * duplicate, which {@link Hl7Acks#accept} has no place for. The text is escaped with the ACK's own delimiters
     * (HL7 v2.5.1 §2.7.4: \F\ \S\ \R\ \T\ \E\).
     */
    static String withText(String ack, String text) {
        String[] segments = ack.split("\r", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("MSA|")) {
                String[] f = segments[i].split("\\|", -1);
                StringBuilder sb = new StringBuilder("MSA|").append(f.length > 1 ? f[1] : "").append('|')
                        .append(f.length > 2 ? f[2] : "").append('|').append(escape(text));
                for (int k = 4; k < f.length; k++) {
                    sb.append('|').append(f[k]);
                }
                segments[i] = sb.toString();
            }
        }
        return String.join("\r", segments);
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\E\\");
                case '|' -> sb.append("\\F\\");
                case '^' -> sb.append("\\S\\");
                case '~' -> sb.append("\\R\\");
                case '&' -> sb.append("\\T\\");
                case '\r', '\n' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
