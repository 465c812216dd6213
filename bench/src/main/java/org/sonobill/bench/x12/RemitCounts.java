package org.sonobill.bench.x12;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Properties;

/**
 * What every reader of the peer benchmark must agree on for one 835 file: claim payments (CLP, 005010X221A1 loop
 * 2100), service payments (SVC, loop 2110), adjustments (CAS, loops 2100 and 2110: each reason code of a CAS
 * segment, CAS02/05/08/11/14/17, is one adjustment, so a segment carries one to six) and the sum of the claim payment
 * amounts (CLP04).
 */
public record RemitCounts(long claims, long serviceLines, long adjustments, BigDecimal paid) {

    /** Nothing read yet. */
    public static final RemitCounts NONE = new RemitCounts(0, 0, 0, BigDecimal.ZERO);

    public RemitCounts {
        paid = paid.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** A difference with {@code expected}, in words, or "" when both agree. */
    public String differenceFrom(RemitCounts expected) {
        StringBuilder b = new StringBuilder();
        differ(b, "CLP", claims, expected.claims);
        differ(b, "SVC", serviceLines, expected.serviceLines);
        differ(b, "CAS adjustments", adjustments, expected.adjustments);
        if (paid.compareTo(expected.paid) != 0) {
            b.append(b.isEmpty() ? "" : ", ").append("ΣCLP04 ").append(paid.toPlainString()).append(" ≠ ")
                    .append(expected.paid.toPlainString());
        }
        return b.toString();
    }

    private static void differ(StringBuilder b, String what, long actual, long expected) {
        if (actual != expected) {
            b.append(b.isEmpty() ? "" : ", ").append(what).append(' ').append(actual).append(" ≠ ").append(expected);
        }
    }

    /** Writes the counts as the properties the harness exchanges between processes. */
    public void store(Writer out) throws IOException {
        out.write("claims=" + claims + "\n");
        out.write("serviceLines=" + serviceLines + "\n");
        out.write("adjustments=" + adjustments + "\n");
        out.write("paid=" + paid.toPlainString() + "\n");
    }

    /** The counts from properties written by {@link #store} (or by the npm readers' script, in the same keys). */
    public static RemitCounts from(Properties p, String source) {
        try {
            return new RemitCounts(Long.parseLong(required(p, "claims", source)),
                    Long.parseLong(required(p, "serviceLines", source)),
                    Long.parseLong(required(p, "adjustments", source)), new BigDecimal(required(p, "paid", source)));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(source + ": expected whole counts and a paid amount with at most 2 "
                    + "decimals in claims, serviceLines, adjustments and paid (" + e.getMessage() + ")");
        }
    }

    /** Reads counts from a properties file. */
    public static RemitCounts load(Reader in, String source) throws IOException {
        Properties p = new Properties();
        p.load(in);
        return from(p, source);
    }

    private static String required(Properties p, String key, String source) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(source + ": has no '" + key + "'; expected the counts of a reader run");
        }
        return v.strip();
    }
}
