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

    static Claim anInstitutionalClaim(String id) {
        return new Claim(id, ClaimType.INSTITUTIONAL, "medicare", "PAT-2002",
                new Patient(Sex.M, LocalDate.of(1958, 11, 23)), "1245319599", "1234567893", "1003000126", "22", "1",
                null, "AUTH778", "OH", null, List.of("I82.401", "R60.0", "Z86.718"),
                List.of(line(1, "93970", List.of(), "780.00", List.of(), id + "-1"),
                        line(2, "93971", List.of("59"), "410.00", List.of(), id + "-2")), List.of());
    }

    static ClaimSubmission anInstitutionalSubmission(String id) {
        Institutional inst = new Institutional("13", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 10), null, null,
                List.of("0921", "0921"));
        return new ClaimSubmission(anInstitutionalClaim(id), BILLING, new Subscriber(Name.person("ROE", "RICHARD"),
                "2AB3CD4EF56", new Address("4 OAK AVE", "APT 2", "DAYTON", "OH", "45402"), LocalDate.of(1958, 11, 23),
                Sex.M, null, "P", "MA", "18"), MEDICARE, null, RENDERING, ORDERING, inst, List.of());
    }

    /** A claim to the secondary payer after Medicare paid part of it, with line-level adjudication. */
    static ClaimSubmission aSecondarySubmission(String id) {
        Subscriber secondary = new Subscriber(Name.person("DOE", "JANE"), "MS998877", new Address("12 ELM ST", null,
                "COLUMBUS", "OH", "43215"), LocalDate.of(1971, 6, 2), Sex.F, "GRP-42", "S", "CI", "18");
        Subscriber medicareSubscriber = new Subscriber(Name.person("DOE", "JANE"), "1EG4TE5MK73", null, null, Sex.U,
                null, "P", null, "18");
        PriorPayerAdjudication medicare = new PriorPayerAdjudication(MEDICARE, "P", "MB", medicareSubscriber,
                List.of(), new BigDecimal("300.00"), new BigDecimal("45.00"), null, "MCR-CLAIM-77",
                List.of(new LineAdjudication(1, "76700", List.of("26"), new BigDecimal("200.00"), BigDecimal.ONE,
                                List.of(new Adjustment("CO", "45", new BigDecimal("10.00"), null),
                                        new Adjustment("PR", "2", new BigDecimal("30.00"), null)),
                                LocalDate.of(2026, 2, 25)),
                        new LineAdjudication(2, "76705", List.of("26", "59"), new BigDecimal("100.00"), BigDecimal.ONE,
                                List.of(new Adjustment("CO", "45", new BigDecimal("35.00"), null),
                                        new Adjustment("PR", "1", new BigDecimal("15.00"), null)),
                                LocalDate.of(2026, 2, 25))));
        Claim claim = aProfessionalClaim(id);
        claim = new Claim(claim.id(), claim.claimType(), "commercial", claim.patientId(), claim.patient(),
                claim.billingNpi(), claim.renderingNpi(), claim.orderingNpi(), claim.placeOfService(), claim.frequency(),
                null, null, "OH", null, claim.diagnoses(), claim.lines(), List.of());
        return new ClaimSubmission(claim, BILLING, secondary, new Payer("ACME HEALTH", "ACME1", null), null, RENDERING,
                ORDERING, null, List.of(medicare));
    }

    /** A replacement claim (frequency 7) for a dependent child, with its payer's original claim number. */
    static ClaimSubmission aReplacementForADependent(String id) {
        Claim base = aProfessionalClaim(id);
        Claim claim = new Claim(id, base.claimType(), "commercial", "PAT-3003", new Patient(Sex.M,
                LocalDate.of(2015, 4, 9)), base.billingNpi(), null, null, "11", "7", "PAYER-ORIG-1", "PA-55", "OH", null,
                List.of("R10.9"), List.of(line(1, "76705", List.of(), "180.00", List.of(1), id + "-1")), List.of());
        Subscriber parent = new Subscriber(Name.person("SMITH", "ALEX"), "XYZ123456", new Address("9 PINE RD", null,
                "AKRON", "OH", "44301"), null, Sex.U, "G-100", "P", "CI", "19");
        return new ClaimSubmission(claim, BILLING, parent, new Payer("ACME HEALTH", "ACME1", null),
                new PatientParty(new Name("SMITH", "SAM", "J"), new Address("9 PINE RD", null, "AKRON", "OH", "44301")),
                null, null, null, List.of());
    }

    static ClaimSubmission aProfessionalSubmission(String id) {
        return new ClaimSubmission(aProfessionalClaim(id), BILLING, self(), MEDICARE, null, RENDERING, ORDERING, null,
                List.of());
    }
}
