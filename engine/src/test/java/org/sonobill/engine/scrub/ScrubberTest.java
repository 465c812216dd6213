package org.sonobill.engine.scrub;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;

/**
 * Each claim edit against the CMS tables shipped (2024 Q3 NCCI and MUE, June 2024 add-on edits) and the rules
 * cited in its source. Expectations come from the tables' rows, quoted in each test.
 */
class ScrubberTest {
    static final Scrubber SCRUBBER = new Scrubber(ReferenceLibrary.bundled(), Catalogue.bundled());
    static final LocalDate DOS = LocalDate.of(2024, 8, 15);
    static final ScrubContext CTX = new ScrubContext(LocalDate.of(2024, 9, 1), List.of());

    static ClaimLine line(int n, String code, String... mods) {
        return new ClaimLine(n, code, Arrays.asList(mods), 1, new BigDecimal("100.00"), List.of(1), DOS, "L" + n);
    }

    static Claim claim(List<ClaimLine> lines) {
        return claim("C1", "P1", lines, "1", null, List.of("R10.11"));
    }

    static Claim claim(String id, String patient, List<ClaimLine> lines, String frequency, String original,
                       List<String> dx) {
        return new Claim(id, ClaimType.PROFESSIONAL, "medicare", patient, new Patient(Sex.F, LocalDate.of(1970, 1, 1)),
                "1245319599", "1234567893", "1245319599", "22", frequency, original, dx, lines);
    }

    static List<String> codes(ScrubResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    @Test
    void aCleanAbdomenClaimPasses() {
        ScrubResult r = SCRUBBER.scrub(claim(List.of(line(1, "76700", "26"))), CTX);
        assertThat(r.status()).as(r.findings().toString()).isEqualTo(ScrubStatus.CLEAN);
    }

    @Test
    void deniesTheColumn2CodeOfAnIndicator1PairWithoutAModifier() {
        // PTP practitioner 2024Q3: 76700 / 76705, deletion *, modifier indicator 1
        ScrubResult r = SCRUBBER.scrub(claim(List.of(line(1, "76700", "26"), line(2, "76705", "26"))), CTX);
        assertThat(codes(r)).containsExactly("SB-CLM-002");
        assertThat(r.findings().get(0).lineCode()).isEqualTo("76705");
    }

    @Test
    void acceptsAnIndicator1PairWithADistinctServiceModifier() {
        ScrubResult r = SCRUBBER.scrub(claim(List.of(line(1, "76700", "26"), line(2, "76705", "26", "XS"))), CTX);
        assertThat(codes(r)).doesNotContain("SB-CLM-002");
    }

    @Test
    void neverBypassesAnIndicator0PairEvenWithXs() {
        // PTP 2024Q3: 93880 / 93882, modifier indicator 0
        ScrubResult r = SCRUBBER.scrub(claim(List.of(line(1, "93880", "26"), line(2, "93882", "26", "XS"))), CTX);
        assertThat(codes(r)).contains("SB-CLM-001");
        assertThat(r.status()).isEqualTo(ScrubStatus.BLOCKED);
    }

    @Test
    void appliesAPairOnlyUpToItsDeletionDate() {
        // PTP 2024Q3: 76856 / 76830, deletion date 20040331, indicator 1
        List<ClaimLine> on = List.of(dated(1, "76856", LocalDate.of(2004, 3, 31)), dated(2, "76830", LocalDate.of(2004, 3, 31)));
        List<ClaimLine> after = List.of(dated(1, "76856", LocalDate.of(2004, 4, 1)), dated(2, "76830", LocalDate.of(2004, 4, 1)));
        ScrubContext then = new ScrubContext(LocalDate.of(2004, 5, 1), List.of());
        assertThat(codes(SCRUBBER.scrub(claim(on), then))).contains("SB-CLM-002");
        assertThat(codes(SCRUBBER.scrub(claim(after), then))).doesNotContain("SB-CLM-002");
    }

    @Test
    void sumsMaiTwoUnitsAcrossTheClaimsLines() {
        // MUE practitioner 2024-07-01: 76641, 1, "2 Date of Service Edit: Policy"
        ScrubResult r = SCRUBBER.scrub(claim(List.of(line(1, "76641", "26", "RT"), line(2, "76641", "26", "LT"))), CTX);
        assertThat(codes(r)).contains("SB-CLM-010");
    }

    @Test
    void sumsMaiTwoUnitsWithEarlierClaimsOfThePatientProviderAndDate() {
        Claim earlier = claim("C0", "P1", List.of(line(1, "76641", "26", "RT")), "1", null, List.of("R10.11"));
        Claim other = claim("C9", "P2", List.of(line(1, "76641", "26", "RT")), "1", null, List.of("R10.11"));
        Claim now = claim(List.of(line(1, "76641", "26", "LT")));
        assertThat(codes(SCRUBBER.scrub(now, new ScrubContext(CTX.asOf(), List.of(earlier))))).contains("SB-CLM-010");
        assertThat(codes(SCRUBBER.scrub(now, new ScrubContext(CTX.asOf(), List.of(other))))).doesNotContain("SB-CLM-010");
    }

    @Test
    void inABatchEachClaimCountsOnlyTheEarlierClaimsOfItsPatientProviderAndDate() {
        Claim first = claim("C0", "P1", List.of(line(1, "76641", "26", "RT")), "1", null, List.of("R10.11"));
        Claim second = claim("C1", "P1", List.of(line(1, "76641", "26", "LT")), "1", null, List.of("R10.11"));
        Claim alone = claim("C2", "P2", List.of(line(1, "76641", "26", "RT")), "1", null, List.of("R10.11"));
        ScrubContext batch = new ScrubContext(CTX.asOf(), List.of(first, second, alone));
        // MUE 76641 is 1 a day (MAI 2): the second claim of P1 exceeds it, the first and P2's do not
        assertThat(codes(SCRUBBER.scrub(first, batch))).doesNotContain("SB-CLM-010");
        assertThat(codes(SCRUBBER.scrub(second, batch))).contains("SB-CLM-010");
        assertThat(codes(SCRUBBER.scrub(alone, batch))).doesNotContain("SB-CLM-010");
        // a claim under a history claim's id but for another patient is looked up by its own patient and date, in
        // that claim's place: C1 of P2 comes before P2's C2, C3 (not in the batch) after it
        Claim c1OfP2 = claim("C1", "P2", List.of(line(1, "76641", "26", "LT")), "1", null, List.of("R10.11"));
        Claim c3OfP2 = claim("C3", "P2", List.of(line(1, "76641", "26", "LT")), "1", null, List.of("R10.11"));
        assertThat(codes(SCRUBBER.scrub(c1OfP2, batch))).doesNotContain("SB-CLM-010");
        assertThat(codes(SCRUBBER.scrub(c3OfP2, batch))).contains("SB-CLM-010");
        // and a history claim scrubbed on a date it has no line on sees that day's claims
        Claim laterDay = claim("C1", "P1", List.of(new ClaimLine(1, "76641", List.of("26"), 1,
                new BigDecimal("100.00"), List.of(1), DOS.plusDays(1), "L1")), "1", null, List.of("R10.11"));
        assertThat(codes(SCRUBBER.scrub(laterDay, batch))).doesNotContain("SB-CLM-010");
    }

    @Test
    void warnsOnAMaiThreeDateTotal() {
        // MUE practitioner 2024-07-01: 76700, 1, "3 Date of Service Edit: Clinical"
        ScrubResult r = SCRUBBER.scrub(claim(List.of(line(1, "76700", "26"), line(2, "76700", "26", "76"))), CTX);
        assertThat(codes(r)).contains("SB-CLM-011").doesNotContain("SB-CLM-010");
    }

    @Test
    void checksAMaiOneValuePerLine() {
        // MUE practitioner 2024-07-01: 99486, 4, "1 Line Edit"
        ClaimLine five = new ClaimLine(1, "99486", List.of(), 5, BigDecimal.TEN, List.of(1), DOS, "L1");
        ClaimLine four = new ClaimLine(1, "99486", List.of(), 4, BigDecimal.TEN, List.of(1), DOS, "L1");
        assertThat(codes(SCRUBBER.scrub(claim(List.of(five)), CTX))).contains("SB-CLM-010");
        assertThat(codes(SCRUBBER.scrub(claim(List.of(four)), CTX))).doesNotContain("SB-CLM-010");
    }

    @Test
    void anAddOnNeedsAnEligiblePrimaryOnTheSameDate() {
        // AOC 2024-06: 76802, primary 76801, type 1; 93321 primaries do not include 93306
        assertThat(codes(SCRUBBER.scrub(claim(List.of(line(1, "76802"))), CTX))).contains("SB-CLM-020");
        assertThat(codes(SCRUBBER.scrub(claim(List.of(line(1, "76801"), line(2, "76802"))), CTX))).doesNotContain("SB-CLM-020");
        assertThat(codes(SCRUBBER.scrub(claim(List.of(line(1, "93306", "26"), line(2, "93321", "26"))), CTX)))
                .contains("SB-CLM-020");
    }

    @Test
    void claimChecksNameEachProblem() {
        ClaimLine tc = line(1, "76700", "TC");
        Claim bad = new Claim("C2", ClaimType.PROFESSIONAL, "medicare", "P1", Patient.UNKNOWN, "1234567890", null, null,
                "22", "7", null, List.of("R10.1", "R10.99"), List.of(tc, line(2, "76700", "TC"),
                new ClaimLine(3, "76705", List.of(), 1, BigDecimal.ONE, List.of(5), LocalDate.of(2024, 10, 2), "L3")));
        List<String> c = codes(SCRUBBER.scrub(bad, CTX));
        assertThat(c).contains("SB-CLM-030", "SB-CLM-031", "SB-CLM-033", "SB-CLM-034", "SB-CLM-036", "SB-CLM-037",
                "SB-CLM-038", "SB-CLM-039");
    }

    @Test
    void medicareTimelyFilingIsTwelveMonths() {
        ScrubResult late = SCRUBBER.scrub(claim(List.of(line(1, "76700", "26"))), new ScrubContext(LocalDate.of(2025, 8, 16), List.of()));
        ScrubResult inTime = SCRUBBER.scrub(claim(List.of(line(1, "76700", "26"))), new ScrubContext(LocalDate.of(2025, 8, 15), List.of()));
        assertThat(codes(late)).contains("SB-CLM-035");
        assertThat(codes(inTime)).doesNotContain("SB-CLM-035");
    }

    @Test
    void moreThanTwelveDiagnosesAreRefused() {
        List<String> dx = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            dx.add("R10.11");
        }
        assertThat(codes(SCRUBBER.scrub(claim("C3", "P1", List.of(line(1, "76700", "26")), "1", null, dx), CTX)))
                .contains("SB-CLM-040");
    }

    @Test
    void aReplacementWithTheOriginalNumberPassesTheFrequencyCheck() {
        Claim c = claim("C4", "P1", List.of(line(1, "76700", "26")), "7", "ICN-2024-0001", List.of("R10.11"));
        assertThat(codes(SCRUBBER.scrub(c, CTX))).doesNotContain("SB-CLM-039");
    }

    static ClaimLine dated(int n, String code, LocalDate dos) {
        return new ClaimLine(n, code, List.of(), 1, BigDecimal.TEN, List.of(1), dos, "L" + n);
    }

    @Test
    void obstetricCodesAndPregnancyDiagnosesDoNotFitAMalePatient() {
        Claim male = new Claim("C5", ClaimType.PROFESSIONAL, "medicare", "P5", new Patient(Sex.M, LocalDate.of(1980, 1, 1)),
                "1245319599", null, "1245319599", "11", "1", null, List.of("Z34.82"), List.of(line(1, "76805")));
        List<String> c = codes(SCRUBBER.scrub(male, CTX));
        assertThat(c.stream().filter("SB-CLM-041"::equals)).hasSize(2);
        Claim female = new Claim("C6", ClaimType.PROFESSIONAL, "medicare", "P6", new Patient(Sex.F, LocalDate.of(1990, 1, 1)),
                "1245319599", null, "1245319599", "11", "1", null, List.of("Z34.82"), List.of(line(1, "76805")));
        assertThat(codes(SCRUBBER.scrub(female, CTX))).doesNotContain("SB-CLM-041");
    }

    @Test
    void anOverriddenFindingNoLongerBlocksButStaysOnRecordWithWhoWhenAndWhy() {
        Claim c = claim(List.of(line(1, "76700", "26"), line(2, "76705", "26")));
        assertThat(SCRUBBER.scrub(c, CTX).status()).isEqualTo(ScrubStatus.BLOCKED);
        Claim overridden = c.withOverride(new org.sonobill.engine.claim.Override("SB-CLM-002", "76705",
                "separate encounter: follow-up RUQ study after the drain was placed", "j.coder",
                java.time.LocalDateTime.of(2024, 8, 20, 9, 30)));
        ScrubResult r = SCRUBBER.scrub(overridden, CTX);
        assertThat(r.status()).isEqualTo(ScrubStatus.CLEAN);
        Finding f = r.findings().stream().filter(x -> x.code().equals("SB-CLM-002")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(org.sonobill.engine.finding.Severity.INFO);
        assertThat(f.message()).contains("Overridden by j.coder on 2024-08-20T09:30: separate encounter");
    }

    @Test
    void anOverrideOfAnotherCodeOrLineChangesNothing() {
        Claim c = claim(List.of(line(1, "76700", "26"), line(2, "76705", "26")))
                .withOverride(new org.sonobill.engine.claim.Override("SB-CLM-002", "76700", "wrong line", "x",
                        java.time.LocalDateTime.of(2024, 8, 20, 9, 30)));
        assertThat(SCRUBBER.scrub(c, CTX).status()).isEqualTo(ScrubStatus.BLOCKED);
    }
}
