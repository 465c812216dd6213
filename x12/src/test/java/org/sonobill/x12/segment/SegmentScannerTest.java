package org.sonobill.x12.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonobill.x12.input.InputOptions;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;

class SegmentScannerTest {
    static final String ISA = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*"
            + "00501*000000001*0*P*:~";

    static SegmentScanner scan(String text) {
        return SegmentScanner.of(X12Input.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "scan.x12", InputOptions.strict()));
    }

    static List<String> segments(String text) {
        SegmentScanner scanner = scan(text);
        List<String> out = new ArrayList<>();
        for (Segment s = scanner.next(); s != null; s = scanner.next()) {
            out.add(s.number() + ":" + s);
        }
        return out;
    }

    @Test
    void elementsComponentsAndRepetitionsAreSplitByTheInterchangesDelimiters() {
        SegmentScanner scanner = scan(ISA + "GS*HP*A*B*20240101*1200*1*X*005010X221A1~ST*835*0001~"
                + "SVC*HC:76856:26:RT*200*80**1~REF*XX*A^B^C~");
        Segment svc;
        do {
            svc = scanner.next();
        } while (!"SVC".equals(svc.id()));
        assertThat(svc.components(1)).containsExactly("HC", "76856", "26", "RT");
        assertThat(svc.decimal(2, "SVC02")).isEqualByComparingTo(new BigDecimal("200"));
        assertThat(svc.has(4)).isFalse();
        assertThat(svc.text(9)).isEmpty();
        assertThat(svc.positionInTransaction()).isEqualTo(2);
        Segment ref = scanner.next();
        assertThat(ref.repetitions(2)).containsExactly("A", "B", "C");
    }

    @Test
    void aSecondInterchangeWithOtherDelimitersIsSplitByItsOwn() {
        String second = ISA.replace('*', '|').replace(":~", ">!") + "GS|HP|A|B|20240101|1200|2|X|005010X221A1!"
                + "SVC|HC>76700|10|5!";
        List<String> all = segments(ISA + "GS*HP*A*B*20240101*1200*1*X*005010X221A1~SVC*HC:76705*10*5~" + second);
        assertThat(all).hasSize(6);
        assertThat(all.get(5)).isEqualTo("6:SVC*HC>76700*10*5");
        SegmentScanner scanner = scan(ISA + second);
        Segment svc;
        do {
            svc = scanner.next();
        } while (!"SVC".equals(svc.id()));
        assertThat(svc.components(1)).containsExactly("HC", "76700");
    }

    @Test
    void datesAreReadAsCalendarDates() {
        SegmentScanner scanner = scan(ISA + "DTM*472*20240229~DTM*472*20240230~");
        scanner.next();
        assertThat(scanner.next().dateOrNull(2, "DTM02 (date)")).isEqualTo(LocalDate.of(2024, 2, 29));
        Segment bad = scanner.next();
        assertThatThrownBy(() -> bad.dateOrNull(2, "DTM02 (date)")).isInstanceOf(X12InputException.class)
                .hasMessage("scan.x12, segment 3 (DTM), element DTM02: DTM02 (date) is '20240230', which is not a "
                        + "calendar date");
    }

    @Test
    void somethingThatIsNotASegmentIdentifierIsRefused() {
        SegmentScanner scanner = scan(ISA + "clp*1~");
        scanner.next();
        assertThatThrownBy(scanner::next).hasMessage("scan.x12, segment 2: segment 2 starts with 'clp', which is not a "
                + "segment identifier (two or three capital letters or digits); the file's delimiters may be wrong "
                + "or the file damaged");
    }

    @Test
    void aSegmentLongerThanAnyGuideAllowsMeansAMissingTerminator() {
        String endless = ISA + "NTE*" + "A".repeat(SegmentScanner.MAX_SEGMENT + 10);
        SegmentScanner scanner = scan(endless);
        scanner.next();
        assertThatThrownBy(scanner::next).isInstanceOf(X12InputException.class)
                .hasMessageContaining("runs for more than 1048576 characters without the segment terminator '~'");
    }

    @Test
    void segmentsThatCrossTheBufferAreReadWhole() {
        String longNote = "NTE*ADD*" + "x".repeat(70_000) + "~";
        List<String> all = segments(ISA + longNote + "LX*1~");
        assertThat(all).hasSize(3);
        assertThat(all.get(1)).hasSize(2 + longNote.length() - 1);
        assertThat(all.get(2)).isEqualTo("3:LX*1");
    }
}
