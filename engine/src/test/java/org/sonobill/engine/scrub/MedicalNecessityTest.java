package org.sonobill.engine.scrub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.coverage.CoverageLibrary;
import org.sonobill.engine.coverage.InvalidCoverageException;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.Severity;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.InputProblem;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;

/**
 * Medical necessity against coverage articles: a complete list (written here, shaped like a carotid duplex article)
 * and the partial lists shipped. The article's rules, not the bundled data, decide each expectation.
 */
class MedicalNecessityTest {
    static final LocalDate DOS = LocalDate.of(2024, 8, 15);
    static final ScrubContext CTX = new ScrubContext(LocalDate.of(2024, 9, 1), List.of());
    static final String ARTICLE = """
            {
              "id": "A99001", "lcd": "L99001", "title": "Billing and Coding: Test Carotid Studies",
              "contractor": "Test MAC", "states": ["OH", "KY"], "version": 3, "effective": "2024-01-01", "ending": null,
              "transcription": "complete",
              "groups": [{"name": "Group 1", "codes": ["93880", "93882"],
                          "covered": ["I65.21-I65.29", "G45*", "R09.89", "I63.231"]}],
              "frequency": [{"codes": ["93880", "93882"], "max": 2, "periodDays": 365, "note": "Follow-up of known stenosis at most twice a year.", "source": "LCD L99001, Limitations"}],
              "documentation": ["The order states the symptom or known stenosis."]
            }""";

    @TempDir
    Path dir;
    Scrubber scrubber;

    @BeforeEach
    void withTheTestArticle() throws Exception {
        Files.writeString(dir.resolve("A99001.json"), ARTICLE);
        scrubber = new Scrubber(ReferenceLibrary.bundled(), Catalogue.bundled(), PayerPacks.bundled(),
                CoverageLibrary.withUserArticles(dir));
    }

    static Claim claim(String id, String payer, String state, List<String> dx, List<Integer> pointers, LocalDate dos,
                       String... mods) {
        ClaimLine l = new ClaimLine(1, "93880", Arrays.asList(mods), 1, new BigDecimal("250"), pointers, dos, "L1");
        return new Claim(id, ClaimType.PROFESSIONAL, payer, "P1", new Patient(Sex.F, LocalDate.of(1950, 1, 1)),
                "1245319599", "1234567893", "1245319599", "11", "1", null, null, state, null, dx, List.of(l), List.of());
    }

    static Claim claim(List<String> dx, List<Integer> pointers, String... mods) {
        return claim("C1", "medicare", "OH", dx, pointers, DOS, mods);
    }

    static List<String> codes(ScrubResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    static Finding first(ScrubResult r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not raised: " + r.findings()));
    }

    @Test
    void aCoveredDiagnosisPasses() {
        assertThat(codes(scrubber.scrub(claim(List.of("I65.23"), List.of(1)), CTX))).noneMatch(c -> c.startsWith("SB-NEC"));
        assertThat(codes(scrubber.scrub(claim(List.of("G45.9"), List.of(1)), CTX))).noneMatch(c -> c.startsWith("SB-NEC"));
    }

    @Test
    void anUncoveredDiagnosisIsAnErrorThatSuggestsAnAbnAndPutsTheLineAtRisk() {
        ScrubResult r = scrubber.scrub(claim(List.of("R42"), List.of(1)), CTX);
        Finding f = first(r, "SB-NEC-001");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("R42").contains("A99001").contains("CO-50");
        assertThat(f.fix()).contains("ABN").contains("GA");
        assertThat(f.source()).contains("L99001").contains("Test MAC");
        assertThat(f.revenueImpact()).isPositive();
        assertThat(r.revenueAtRisk()).isEqualByComparingTo(f.revenueImpact());
    }

    @Test
    void aCoveredDiagnosisElsewhereOnTheClaimIsSuggested() {
        Finding f = first(scrubber.scrub(claim(List.of("R42", "R09.89"), List.of(1)), CTX), "SB-NEC-002");
        assertThat(f.message()).contains("R09.89 is covered");
        assertThat(f.fix()).contains("Point the line to R09.89");
    }

    @Test
    void gaOrGzOnTheLineSettlesTheLiability() {
        Finding ga = first(scrubber.scrub(claim(List.of("R42"), List.of(1), "GA"), CTX), "SB-NEC-004");
        assertThat(ga.severity()).isEqualTo(Severity.INFO);
        assertThat(ga.message()).contains("patient liable");
        assertThat(codes(scrubber.scrub(claim(List.of("R42"), List.of(1), "GZ"), CTX))).contains("SB-NEC-004")
                .doesNotContain("SB-NEC-001");
    }

    @Test
    void theArticleAppliesOnlyInItsContractorsStatesAndFromItsEffectiveDate() {
        assertThat(codes(scrubber.scrub(claim("C1", "medicare", "TX", List.of("R42"), List.of(1), DOS), CTX)))
                .doesNotContain("SB-NEC-001");
        assertThat(codes(scrubber.scrub(claim("C1", "medicare", "OH", List.of("R42"), List.of(1), LocalDate.of(2023, 12, 31)),
                new ScrubContext(LocalDate.of(2024, 9, 1), List.of())))).doesNotContain("SB-NEC-001");
    }

    @Test
    void commercialPayersAreNotHeldToMedicareArticles() {
        assertThat(codes(scrubber.scrub(claim("C1", "commercial", "OH", List.of("R42"), List.of(1), DOS), CTX)))
                .noneMatch(c -> c.startsWith("SB-NEC"));
    }

    @Test
    void theLcdFrequencyLimitCountsThePatientsEarlierClaims() {
        Claim a = claim("C0", "medicare", "OH", List.of("I65.23"), List.of(1), LocalDate.of(2024, 1, 10));
        Claim b = claim("C9", "medicare", "OH", List.of("I65.23"), List.of(1), LocalDate.of(2024, 5, 10));
        Claim now = claim(List.of("I65.23"), List.of(1));
        Finding f = first(scrubber.scrub(now, new ScrubContext(CTX.asOf(), List.of(a, b, now))), "SB-NEC-003");
        assertThat(f.message()).contains("3 of 93880/93882 in 365 days (2 on earlier claims)").contains("allows 2");
        assertThat(codes(scrubber.scrub(now, new ScrubContext(CTX.asOf(), List.of(a, now))))).doesNotContain("SB-NEC-003");
    }

    @Test
    void aPartialListNeverBlocksItAsksAPersonToCheck() throws Exception {
        Path partial = dir.resolve("partial");
        Files.createDirectories(partial);
        Files.writeString(partial.resolve("A99001.json"), ARTICLE.replace("\"complete\"", "\"partial\""));
        Scrubber s = new Scrubber(ReferenceLibrary.bundled(), Catalogue.bundled(), PayerPacks.bundled(),
                CoverageLibrary.withUserArticles(partial));
        Finding f = first(s.scrub(claim(List.of("R42"), List.of(1)), CTX), "SB-NEC-005");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("A99001").contains("part of");
    }

    @Test
    void theShippedTteArticleCoversHeartFailureButNotDizziness() {
        // NGS A56781 group 1 (93306-93308): I50.9 is listed, R42 is not
        Scrubber shipped = new Scrubber(ReferenceLibrary.bundled(), Catalogue.bundled());
        LocalDate dos2025 = LocalDate.of(2025, 3, 3); // version 34 of A56781 is effective from 2025-01-01
        ScrubContext ctx = new ScrubContext(LocalDate.of(2025, 4, 1), List.of());
        java.util.function.Function<String, Claim> echo = dx -> new Claim("C1", ClaimType.PROFESSIONAL, "medicare", "P1",
                Patient.UNKNOWN, "1245319599", "1234567893", "1245319599", "22", "1", null, null, "WI", null, List.of(dx),
                List.of(new ClaimLine(1, "93306", List.of("26"), 1, BigDecimal.TEN, List.of(1), dos2025, "L1")), List.of());
        Finding f = first(shipped.scrub(echo.apply("R42"), ctx), "SB-NEC-001");
        assertThat(f.message()).contains("A56781");
        assertThat(codes(shipped.scrub(echo.apply("I50.9"), ctx))).noneMatch(c -> c.startsWith("SB-NEC"));
    }

    @Test
    void aBrokenArticleFileIsRefusedWithItsLineAndField() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), ARTICLE.replace("\"I65.21-I65.29\"", "\"I65.29-I65.21\"")
                .replace("\"states\": [\"OH\", \"KY\"]", "\"states\": [\"Ohio\"]"));
        assertThatThrownBy(() -> CoverageLibrary.read(bad)).isInstanceOfSatisfying(InvalidCoverageException.class, e -> {
            List<String> d = e.problems().stream().map(InputProblem::describe).toList();
            assertThat(d).anySatisfy(s -> assertThat(s).contains("bad.json:").contains("/states/0").contains("Ohio"));
            assertThat(d).anySatisfy(s -> assertThat(s).contains("/groups/0/covered/0").contains("backwards"));
        });
    }

    @Test
    void everyShippedArticleReadsAndNamesItsSource() {
        CoverageLibrary lib = CoverageLibrary.bundled();
        assertThat(lib.all()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.url()).as(a.id()).startsWith("https://www.cms.gov/medicare-coverage-database/");
            assertThat(a.states()).as(a.id()).isNotEmpty();
            assertThat(a.transcriptionNote()).as(a.id()).isNotBlank();
        });
        LocalDate dos = LocalDate.of(2025, 8, 1);
        assertThat(lib.applicable("93306", dos, "WI")).extracting(a -> a.id()).contains("A56781");
        assertThat(lib.applicable("93880", dos, null)).isNotEmpty();
        assertThat(lib.applicable("93970", dos, null)).isNotEmpty();
        assertThat(lib.applicable("93925", dos, null)).isNotEmpty();
    }

    @Test
    void aNewVersionOfAnArticleGovernsFromItsEffectiveDateAndEndsTheEarlierOne() throws Exception {
        // version 4 from 2025-06-01 drops I65.23 from the list
        Files.writeString(dir.resolve("A99001-v4.json"), ARTICLE.replace("\"version\": 3", "\"version\": 4")
                .replace("\"effective\": \"2024-01-01\"", "\"effective\": \"2025-06-01\"")
                .replace("\"I65.21-I65.29\", ", ""));
        Scrubber two = new Scrubber(ReferenceLibrary.bundled(), Catalogue.bundled(), PayerPacks.bundled(),
                CoverageLibrary.withUserArticles(dir));
        ScrubContext late = new ScrubContext(LocalDate.of(2025, 9, 1), List.of());
        assertThat(codes(two.scrub(claim("C1", "medicare", "OH", List.of("I65.23"), List.of(1), LocalDate.of(2025, 7, 1)), late)))
                .contains("SB-NEC-001");
        assertThat(codes(two.scrub(claim("C1", "medicare", "OH", List.of("I65.23"), List.of(1), LocalDate.of(2025, 5, 1)), late)))
                .noneMatch(c -> c.startsWith("SB-NEC"));
    }

    @Test
    void anArticleEndingBeforeItStartsIsRefused() throws Exception {
        Path bad = Files.writeString(dir.resolve("ends-early.json"), ARTICLE.replace("\"ending\": null", "\"ending\": \"2020-01-01\"")
                .replace("\"codes\": [\"93880\", \"93882\"], \"max\"", "\"codes\": [\"zz\"], \"max\""));
        assertThatThrownBy(() -> CoverageLibrary.read(bad)).isInstanceOfSatisfying(InvalidCoverageException.class, e -> {
            List<String> d = e.problems().stream().map(InputProblem::describe).toList();
            assertThat(d).anySatisfy(x -> assertThat(x).contains("/ending").contains("before the effective date"));
            assertThat(d).anySatisfy(x -> assertThat(x).contains("/frequency/0/codes").contains("zz"));
        });
    }
}
