package org.sonobill.engine.scrub;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.reference.DatasetKind;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Patient;

/**
 * A user loads the next quarter from CMS files and sees different results for claims dated after its effective date,
 * while claims of earlier dates keep the quarter they were billed under.
 */
class QuarterReplacementTest {
    private static final String PTP_HEADER = "Column1/Column 2 Edits\r\n"
            + "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
            + "Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\r\n";
    private static final String GPCI_HEADER = "ADDENDUM E. FINAL CY 2025 GEOGRAPHIC PRACTICE COST INDICES (GPCIs) BY STATE "
            + "AND MEDICARE LOCALITY\n\nMedicare Administrative Contractor (MAC),State,Locality Number,Locality Name,"
            + "2025 PW GPCI (with 1.0 Floor),2025 PE GPCI,2025 MP GPCI\n";

    @TempDir
    Path dir;

    static Claim claim(LocalDate dos) {
        List<ClaimLine> lines = List.of(
                new ClaimLine(1, "76700", List.of("26"), 1, new BigDecimal("200"), List.of(1), dos, "L1"),
                new ClaimLine(2, "76705", List.of("26"), 1, new BigDecimal("150"), List.of(1), dos, "L2"));
        return new Claim("C1", ClaimType.PROFESSIONAL, "medicare", "P1", Patient.UNKNOWN, "1245319599", "1234567893",
                "1245319599", "22", "1", null, null, "OH", "15202-00", List.of("R10.11"), lines, List.of());
    }

    static List<String> codes(ScrubResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    @Test
    void aNewPtpQuarterAndGpciReleaseChangeTheResultFromTheirEffectiveDate() throws Exception {
        // the 2024Q3 practitioner table has "76700 76705 ... * 1": 76705 needs a modifier
        LocalDate october = LocalDate.of(2024, 10, 15);
        ScrubContext ctx = new ScrubContext(LocalDate.of(2024, 11, 1), List.of());
        ScrubResult before = new Scrubber(ReferenceLibrary.bundled(), Catalogue.bundled()).scrub(claim(october), ctx);
        assertThat(codes(before)).contains("SB-CLM-002");

        // a (made-up) 2024Q4 release in CMS's layout in which the pair was deleted on 2024-09-30, and GPCIs for Ohio
        Path ptp = Files.writeString(dir.resolve("ccipra-v304r0-f1.txt"), PTP_HEADER
                + "76700\t76705\t\t20000101\t20240930\t1\tHCPCS/CPT procedure code definition\r\n", StandardCharsets.US_ASCII);
        Path gpci = Files.writeString(dir.resolve("GPCI2025.csv"), GPCI_HEADER + "15202,OH,00,OHIO,1.000,1.100,1.100\n");
        Path data = dir.resolve("reference");
        ReferenceLibrary lib = ReferenceLibrary.withUserData(data);
        lib.importFile(DatasetKind.PTP_PRACTITIONER, ptp, LocalDate.of(2024, 10, 1), "NCCI PTP 2024Q4");
        lib.importFile(DatasetKind.GPCI, gpci, LocalDate.of(2024, 10, 1), "GPCI test release");

        Scrubber updated = new Scrubber(ReferenceLibrary.withUserData(data), Catalogue.bundled());
        ScrubResult after = updated.scrub(claim(october), ctx);
        assertThat(codes(after)).doesNotContain("SB-CLM-002");
        assertThat(after.pricing().total()).isNotEqualByComparingTo(before.pricing().total());

        // a claim of September stays under the July quarter and the CY2024 GPCIs
        LocalDate september = LocalDate.of(2024, 9, 16);
        ScrubResult earlier = updated.scrub(claim(september), ctx);
        assertThat(codes(earlier)).contains("SB-CLM-002");
        assertThat(earlier.pricing().total()).isEqualByComparingTo(
                new Scrubber(ReferenceLibrary.bundled(), Catalogue.bundled()).scrub(claim(september), ctx).pricing().total());
    }
}
