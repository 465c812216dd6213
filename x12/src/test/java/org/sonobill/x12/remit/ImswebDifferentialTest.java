package org.sonobill.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;

import com.imsweb.x12.Loop;
import com.imsweb.x12.Segment;
import com.imsweb.x12.reader.X12Reader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonobill.x12.input.SharedX12Data;
import org.sonobill.x12.input.X12Input;

/**
 * The shared 835 samples read by an independent reader, imsweb x12-parser 1.13 (test scope only): the claims
 * (patient control number, status, charge, paid) and service lines (code, charge, paid) must be the same as ours.
 */
class ImswebDifferentialTest {

    static Stream<SharedX12Data.Row> remittances() {
        return RemittanceConformanceTest.remittances()
                .filter(r -> !RemittanceConformanceTest.DEFECTIVE.containsKey(r.file()))
                .filter(r -> !r.noted("no-ISA-envelope"))
                .filter(r -> !RemittanceConformanceTest.SEPARATOR_MISMATCH.contains(r.file()))
                .filter(r -> !r.noted("newline-terminated"));
    }

    @Test
    void theDifferentialCoversTheWellFormedRemittances() {
        assertThat(remittances()).hasSizeGreaterThanOrEqualTo(9);
    }

    /** A disagreement: imsweb finds no claim in a file whose segment terminator is a line break; we read all 3. */
    @Test
    void imswebReadsNothingFromANewlineTerminatedRemittanceThatWeRead() throws IOException {
        SharedX12Data.Row row = RemittanceConformanceTest.remittances().filter(r -> r.noted("newline-terminated"))
                .findFirst().orElseThrow();
        List<String> theirs = new ArrayList<>();
        try (X12Input input = X12Input.open(row.path()); InputStream utf8 = input.utf8Stream()) {
            for (Loop interchange : new X12Reader(X12Reader.FileType.ANSI835_5010_X221, utf8).getLoops()) {
                collect(interchange, theirs);
            }
        }
        List<ClaimPayment> ours = new ArrayList<>();
        try (X12Input input = X12Input.open(row.path())) {
            RemittanceReader.read(input, ours::add);
        }
        assertThat(theirs).isEmpty();
        assertThat(ours).hasSize(row.clpCount()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("remittances")
    void imswebReadsTheSameClaimsAndLines(SharedX12Data.Row row) throws IOException {
        List<String> ours = new ArrayList<>();
        try (X12Input input = X12Input.open(row.path())) {
            RemittanceReader.read(input, claim -> {
                ours.add(claimKey(claim.patientControlNumber(), claim.status(), claim.charge(), claim.paid()));
                claim.lines().forEach(line -> ours.add(lineKey(line.procedure().code(), line.charge(), line.paid())));
            });
        }
        List<String> theirs = new ArrayList<>();
        try (X12Input input = X12Input.open(row.path()); InputStream utf8 = input.utf8Stream()) {
            X12Reader reader = new X12Reader(X12Reader.FileType.ANSI835_5010_X221, utf8);
            for (Loop interchange : reader.getLoops()) {
                collect(interchange, theirs);
            }
        }
        assertThat(theirs).isEqualTo(ours);
    }

    /** CLP and SVC segments in file order, wherever imsweb's loop tree puts them. */
    private static void collect(Loop loop, List<String> out) {
        for (Segment segment : loop.getSegments()) {
            if ("CLP".equals(segment.getId())) {
                out.add(claimKey(segment.getElementValue("CLP01"), segment.getElementValue("CLP02"),
                        new BigDecimal(segment.getElementValue("CLP03")),
                        new BigDecimal(segment.getElementValue("CLP04"))));
            } else if ("SVC".equals(segment.getId())) {
                String composite = segment.getElementValue("SVC01");
                String code = composite.split(Pattern.quote(
                        String.valueOf(segment.getSeparators().getCompositeElement())))[1];
                out.add(lineKey(code, new BigDecimal(segment.getElementValue("SVC02")),
                        new BigDecimal(segment.getElementValue("SVC03"))));
            }
        }
        for (Loop child : loop.getLoops()) {
            collect(child, out);
        }
    }

    private static String claimKey(String pcn, String status, BigDecimal charge, BigDecimal paid) {
        return "claim " + pcn + " " + status + " " + charge.stripTrailingZeros().toPlainString() + " "
                + paid.stripTrailingZeros().toPlainString();
    }

    private static String lineKey(String code, BigDecimal charge, BigDecimal paid) {
        return "  line " + code + " " + charge.stripTrailingZeros().toPlainString() + " "
                + paid.stripTrailingZeros().toPlainString();
    }
}
