package org.sonobill.x12.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;
import org.sonobill.x12.control.ControlNumbers;

/** Claims and parties for the 837 tests: an abdominal ultrasound billed to Medicare, and its variants. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T14:30:00Z"), ZoneOffset.UTC);
    static final Interchange INTERCHANGE = new Interchange("SONOBILLTEST", "CLEARINGHOUSE", false,
            new Interchange.Submitter("VALLEY IMAGING", "SUB1234", "ANNA BILLER", "5551234567"),
            new Interchange.Receiver("CLEARINGHOUSE INC", "CH0001"));
    static final BillingProvider BILLING = new BillingProvider(Name.organisation("VALLEY IMAGING LLC"), "1245319599",
            "123456789", "2085R0202X", new Address("100 MAIN ST", null, "COLUMBUS", "OH", "432150001"));
    static final Payer MEDICARE = new Payer("MEDICARE JURISDICTION 15", "15202", null);
    static final Provider RENDERING = new Provider(Name.person("RADIANT", "RITA"), "1234567893", "2085R0202X");
    static final Provider ORDERING = new Provider(Name.person("ORDER", "OLIVER"), "1003000126", null);

    private Fixtures() {
    }

    static ControlNumbers counter() {
        AtomicLong n = new AtomicLong();
        return n::incrementAndGet;
    }

    static Claim837Writer writer() {
        return new Claim837Writer(counter(), CLOCK);
    }

    static Claim aProfessionalClaim(String id) {
        return new Claim(id, ClaimType.PROFESSIONAL, "medicare", "PAT-1001",
                new Patient(Sex.F, LocalDate.of(1971, 6, 2)), "1245319599", "1234567893", "1003000126", "22", "1",
                null, null, "OH", null, List.of("R10.11", "K80.20"),
                List.of(line(1, "76700", List.of("26"), "240.00", List.of(1, 2), id + "-1"),
                        line(2, "76705", List.of("26", "59"), "150.00", List.of(1), id + "-2")), List.of());
    }

    static ClaimLine line(int n, String code, List<String> mods, String charge, List<Integer> pointers, String ctl) {
        return new ClaimLine(n, code, mods, 1, new BigDecimal(charge), pointers, LocalDate.of(2026, 2, 10), ctl);
    }

    static Subscriber self() {
        return new Subscriber(Name.person("DOE", "JANE"), "1EG4TE5MK73", new Address("12 ELM ST", null, "COLUMBUS",
                "OH", "43215"), LocalDate.of(1971, 6, 2), Sex.F, null, "P", "MB", "18");
    }

    static ClaimSubmission aProfessionalSubmission(String id) {
        return new ClaimSubmission(aProfessionalClaim(id), BILLING, self(), MEDICARE, null, RENDERING, ORDERING, null,
                List.of());
    }
}
