package org.sonobill.engine.scrub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.coverage.CoverageLibrary;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.Severity;
import org.sonobill.engine.payer.InvalidPackException;
import org.sonobill.engine.payer.PayerPack;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.payer.PayerRule;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.InputProblem;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;

/** The rules of the shipped payer packs, each action of the rules engine, and the pack reader's errors. */
class PayerRulesTest {
    static final ReferenceLibrary LIB = ReferenceLibrary.bundled();
    static final Scrubber SCRUBBER = new Scrubber(LIB, Catalogue.bundled());
    static final LocalDate DOS = LocalDate.of(2024, 8, 15);
    static final ScrubContext CTX = new ScrubContext(LocalDate.of(2024, 9, 1), List.of());

    @TempDir
    Path dir;

    static ClaimLine line(int n, String code, String... mods) {
        return new ClaimLine(n, code, Arrays.asList(mods), 1, new BigDecimal("200.00"), List.of(1), DOS, "L" + n);
    }

    static Claim claim(String id, String payer, String pos, String priorAuth, Patient patient, List<String> dx,
                       ClaimLine... lines) {
        return new Claim(id, ClaimType.PROFESSIONAL, payer, "P1", patient, "1245319599", "1234567893", "1245319599", pos,
                "1", null, priorAuth, null, null, dx, List.of(lines), List.of());
    }

    static Claim claim(String payer, String pos, List<String> dx, ClaimLine... lines) {
        return claim("C1", payer, pos, null, new Patient(Sex.F, LocalDate.of(1960, 5, 1)), dx, lines);
    }

    static List<String> codes(ScrubResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    static Finding first(ScrubResult r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(
                () -> new AssertionError(code + " not raised: " + r.findings()));
    }

    // ---------------------------------------------------------------- medicare

    @Test
    void medicarePaysOneAaaScreeningPerLifetime() {
        Claim earlier = claim("C0", "medicare", "11", null, new Patient(Sex.M, LocalDate.of(1955, 1, 1)), List.of("Z13.6"),
                new ClaimLine(1, "76706", List.of(), 1, BigDecimal.TEN, List.of(1), LocalDate.of(2021, 3, 1), "X"));
        Claim now = claim("C1", "medicare", "11", null, new Patient(Sex.M, LocalDate.of(1955, 1, 1)), List.of("Z13.6"),
                line(1, "76706"));
        assertThat(codes(SCRUBBER.scrub(now, CTX))).doesNotContain("SB-PAY-012");
        ScrubResult r = SCRUBBER.scrub(now, new ScrubContext(CTX.asOf(), List.of(earlier, now)));
        Finding f = first(r, "SB-PAY-012");
        assertThat(f.message()).contains("per lifetime").contains("1 on earlier claims");
        assertThat(f.rule()).isEqualTo("PayerRule:MCR-AAA-ONCE");
        assertThat(f.source()).contains("42 CFR 410.19");
    }

    @Test
    void screeningBreastUltrasoundForMedicareNeedsGy() {
        assertThat(codes(SCRUBBER.scrub(claim("medicare", "11", List.of("Z12.39"), line(1, "76641", "RT")), CTX)))
                .contains("SB-PAY-010");
        assertThat(codes(SCRUBBER.scrub(claim("medicare", "11", List.of("Z12.39"), line(1, "76641", "RT", "GY")), CTX)))
                .doesNotContain("SB-PAY-010");
        Claim lump = claim("medicare", "11", List.of("N63.10", "Z12.39"), new ClaimLine(1, "76641", List.of("RT"), 1,
                BigDecimal.TEN, List.of(1, 2), DOS, "L1"));
        assertThat(codes(SCRUBBER.scrub(lump, CTX))).doesNotContain("SB-PAY-010");
    }

    @Test
    void medicareTimelyFilingIsOneCalendarYearAndTheHmosIsNinetyDays() {
        ClaimLine may = new ClaimLine(1, "76700", List.of("26"), 1, BigDecimal.TEN, List.of(1), LocalDate.of(2024, 5, 1), "L1");
        assertThat(codes(SCRUBBER.scrub(claim("medicare", "22", List.of("R10.11"), may), CTX))).doesNotContain("SB-CLM-035");
        ScrubResult hmo = SCRUBBER.scrub(claim("commercial-hmo", "22", List.of("R10.11"), may), CTX);
        assertThat(first(hmo, "SB-CLM-035").message()).contains("90 days");
    }

    // ---------------------------------------------------------------- commercial PPO

    @Test
    void theCommercialPpoWantsRtAndLtLinesInsteadOfModifier50() {
        ScrubResult r = SCRUBBER.scrub(claim("commercial", "11", List.of("N63.10"), line(1, "76641", "50")), CTX);
        Finding f = first(r, "SB-PAY-013");
        assertThat(f.message()).contains("76641-RT").contains("76641-LT");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void theCommercialPpoRefusesXModifiers() {
        ScrubResult r = SCRUBBER.scrub(claim("commercial", "22", List.of("R10.11"), line(1, "76700", "26"),
                line(2, "76705", "26", "XS")), CTX);
        assertThat(first(r, "SB-PAY-001").message()).contains("XE/XS/XP/XU");
    }

    @Test
    void outpatientEchoNeedsPriorAuthorisationButNotInTheEmergencyDepartment() {
        assertThat(codes(SCRUBBER.scrub(claim("commercial", "11", List.of("R01.1"), line(1, "93306")), CTX)))
                .contains("SB-PAY-011");
        Claim authorised = claim("C1", "commercial", "11", "AUTH-123", Patient.UNKNOWN, List.of("R01.1"), line(1, "93306"));
        assertThat(codes(SCRUBBER.scrub(authorised, CTX))).doesNotContain("SB-PAY-011");
        assertThat(codes(SCRUBBER.scrub(claim("commercial", "23", List.of("R01.1"), line(1, "93306", "26")), CTX)))
                .doesNotContain("SB-PAY-011");
    }

    @Test
    void aDetailedFetalExamWithoutARiskDiagnosisIsHeldForACoder() {
        ScrubResult r = SCRUBBER.scrub(claim("commercial", "11", List.of("Z3A.20"), line(1, "76811")), CTX);
        Finding f = first(r, "SB-PAY-003");
        assertThat(f.message()).contains("coder queue");
        assertThat(r.status()).isIn(ScrubStatus.HELD, ScrubStatus.BLOCKED);
        assertThat(codes(SCRUBBER.scrub(claim("commercial", "11", List.of("O09.522"), line(1, "76811")), CTX)))
                .doesNotContain("SB-PAY-003");
    }

    // ---------------------------------------------------------------- commercial HMO

    @Test
    void theHmoWantsOneLineWith50InsteadOfRtAndLtLines() {
        ScrubResult r = SCRUBBER.scrub(claim("C1", "commercial-hmo", "22", null, Patient.UNKNOWN, List.of("N63.10"),
                line(1, "76641", "26", "RT"), line(2, "76641", "26", "LT")), CTX);
        Finding f = first(r, "SB-PAY-013");
        assertThat(f.lineNumber()).isEqualTo(2);
        assertThat(f.message()).contains("76641-50");
    }

    @Test
    void theHmoCountsEchoesOverTwelveMonthsAcrossClaims() {
        Claim spring = claim("C0", "commercial-hmo", "21", null, Patient.UNKNOWN, List.of("I50.9"),
                new ClaimLine(1, "93306", List.of("26"), 1, BigDecimal.TEN, List.of(1), LocalDate.of(2024, 3, 1), "X"));
        Claim now = claim("C1", "commercial-hmo", "21", null, Patient.UNKNOWN, List.of("I50.9"), line(1, "93306", "26"));
        assertThat(codes(SCRUBBER.scrub(now, new ScrubContext(CTX.asOf(), List.of(spring, now))))).contains("SB-PAY-012");
        Claim longAgo = claim("C0", "commercial-hmo", "21", null, Patient.UNKNOWN, List.of("I50.9"),
                new ClaimLine(1, "93306", List.of("26"), 1, BigDecimal.TEN, List.of(1), LocalDate.of(2023, 8, 1), "X"));
        assertThat(codes(SCRUBBER.scrub(now, new ScrubContext(CTX.asOf(), List.of(longAgo, now))))).doesNotContain("SB-PAY-012");
    }

    @Test
    void theHmoCoversInfantHipUltrasoundOnlyInTheFirstYear() {
        Patient toddler = new Patient(Sex.F, LocalDate.of(2022, 6, 1));
        Patient infant = new Patient(Sex.F, LocalDate.of(2024, 5, 1));
        assertThat(codes(SCRUBBER.scrub(claim("C1", "commercial-hmo", "21", null, toddler, List.of("Q65.89"),
                line(1, "76885", "26")), CTX))).contains("SB-PAY-001");
        assertThat(codes(SCRUBBER.scrub(claim("C1", "commercial-hmo", "21", null, infant, List.of("Q65.89"),
                line(1, "76885", "26")), CTX))).doesNotContain("SB-PAY-001");
    }

    // ---------------------------------------------------------------- dry run and reader

    @Test
    void rulesTriedOnAClaimApplyWithoutChangingTheInstalledPack() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.json"), """
                {"rules": [{"id": "TRY-1", "description": "Abdomen needs a hold", "when": {"codes": ["76700-76705"]},
                            "then": {"action": "hold", "queue": "manager"}, "source": "trial policy"}]}""");
        List<PayerRule> extra = PayerPacks.readRules(rules);
        PayerPacks packs = PayerPacks.bundled();
        PayerPack tried = packs.get("medicare").withExtraRules(extra);
        Scrubber trial = new Scrubber(LIB, Catalogue.bundled(), packs.with(tried, "trial"), CoverageLibrary.bundled());
        Claim c = claim("medicare", "22", List.of("R10.11"), line(1, "76700", "26"));
        assertThat(first(trial.scrub(c, CTX), "SB-PAY-003").message()).contains("manager queue");
        assertThat(codes(SCRUBBER.scrub(c, CTX))).doesNotContain("SB-PAY-003");
        assertThat(packs.get("medicare").rules()).noneMatch(r -> r.id().equals("TRY-1"));
    }

    @Test
    void aBrokenPackNamesEveryProblemWithItsLineAndField() throws Exception {
        Path pack = Files.writeString(dir.resolve("bad.json"), """
                {
                  "id": "acme",
                  "name": "Acme",
                  "colour": "red",
                  "rules": [
                    {"id": "R1", "when": {"codes": ["76700 or 76705"]}, "then": {"action": "deny"}, "source": "x"},
                    {"id": "R1", "when": {"modifiers": ["RIGHT"]}, "then": {"action": "frequency-limit"}, "source": "x"},
                    {"id": "R3", "then": {"action": "require-modifier"}}
                  ]
                }""");
        assertThatThrownBy(() -> PayerPacks.read(pack)).isInstanceOfSatisfying(InvalidPackException.class, e -> {
            List<String> d = e.problems().stream().map(InputProblem::describe).toList();
            assertThat(d).anySatisfy(s -> assertThat(s).contains("bad.json:4").contains("unknown field \"colour\""));
            assertThat(d).anySatisfy(s -> assertThat(s).contains(":6").contains("/rules/0/when/codes/0").contains("is not a code"));
            assertThat(d).anySatisfy(s -> assertThat(s).contains("/rules/0/then/action").contains("\"deny\""));
            assertThat(d).anySatisfy(s -> assertThat(s).contains("/rules/1/id").contains("used twice"));
            assertThat(d).anySatisfy(s -> assertThat(s).contains("/rules/1/when/modifiers").contains("RIGHT"));
            assertThat(d).anySatisfy(s -> assertThat(s).contains("/rules/1/then").contains("max"));
            assertThat(d).anySatisfy(s -> assertThat(s).contains("/rules/2/source").contains("required"));
            assertThat(d).anySatisfy(s -> assertThat(s).contains("/rules/2/then/modifiers"));
        });
    }

    @Test
    void everyShippedPackReadsAndDiffersFromTheOthers() {
        PayerPacks packs = PayerPacks.bundled();
        assertThat(packs.ids()).containsExactlyInAnyOrder("medicare", "commercial", "commercial-hmo");
        assertThat(packs.get("medicare").medicareCoverage()).isTrue();
        assertThat(packs.get("commercial").timelyFilingDays()).isNotEqualTo(packs.get("commercial-hmo").timelyFilingDays());
        assertThat(packs.get("commercial").bilateralStyle()).isNotEqualTo(packs.get("commercial-hmo").bilateralStyle());
        assertThat(packs.get("commercial").pricingPercent()).isNotEqualByComparingTo(packs.get("commercial-hmo").pricingPercent());
        for (String id : packs.ids()) {
            assertThat(packs.get(id).rules()).as(id).isNotEmpty().allSatisfy(r -> assertThat(r.source()).isNotBlank());
        }
    }

    @Test
    void modifier50OnACodeWhoseBilateralIndicatorIs0IsAnError() {
        // RVU24C: 76881 BILAT SURG 0 (one side paid)
        ScrubResult r = SCRUBBER.scrub(claim("medicare", "11", List.of("M25.561"), line(1, "76881", "50")), CTX);
        assertThat(first(r, "SB-CLM-042").message()).contains("bilateral indicator 0");
        assertThat(codes(SCRUBBER.scrub(claim("medicare", "11", List.of("N63.10"), line(1, "76641", "50")), CTX)))
                .doesNotContain("SB-CLM-042");
    }

    @Test
    void rtAndLtLinesCountAsOneBilateralUnitForAPayerThatWantsThem() {
        // MUE practitioner 2024-07-01: 76641 1 per date (MAI 2); the PPO wants RT and LT lines
        ClaimLine rt = line(1, "76641", "RT");
        ClaimLine lt = line(2, "76641", "LT");
        assertThat(codes(SCRUBBER.scrub(claim("commercial", "11", List.of("N63.10"), rt, lt), CTX))).doesNotContain("SB-CLM-010");
        assertThat(codes(SCRUBBER.scrub(claim("medicare", "11", List.of("N63.10"), rt, lt), CTX))).contains("SB-CLM-010");
    }

    @Test
    void aFrequencyLimitCountsOnlyEarlierLinesThatMeetTheRulesWholeCondition() {
        // COM-OB-ANATOMY-ONCE applies without 59/XS: an earlier 76805-59 does not count
        Claim earlier = claim("C0", "commercial", "11", null, new Patient(Sex.F, LocalDate.of(1990, 1, 1)), List.of("Z34.82"),
                new ClaimLine(1, "76805", List.of("59"), 1, BigDecimal.TEN, List.of(1), LocalDate.of(2024, 6, 1), "X"));
        Claim now = claim("C1", "commercial", "11", null, new Patient(Sex.F, LocalDate.of(1990, 1, 1)), List.of("Z34.82"),
                line(1, "76805"));
        assertThat(codes(SCRUBBER.scrub(now, new ScrubContext(CTX.asOf(), List.of(earlier, now))))).doesNotContain("SB-PAY-012");
        Claim plain = claim("C0", "commercial", "11", null, new Patient(Sex.F, LocalDate.of(1990, 1, 1)), List.of("Z34.82"),
                new ClaimLine(1, "76805", List.of(), 1, BigDecimal.TEN, List.of(1), LocalDate.of(2024, 6, 1), "X"));
        assertThat(codes(SCRUBBER.scrub(now, new ScrubContext(CTX.asOf(), List.of(plain, now))))).contains("SB-PAY-012");
        // a claim placed before the earlier one in the history is not held for it
        assertThat(codes(SCRUBBER.scrub(now, new ScrubContext(CTX.asOf(), List.of(now, plain))))).doesNotContain("SB-PAY-012");
    }
}
