package org.sonobill.fhir.r4;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sonobill.engine.coding.CodedLine;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingContext;
import org.sonobill.engine.coding.CodingStatus;
import org.sonobill.engine.coding.StudyFixture;
import org.sonobill.engine.study.StudyDocumentation;

/** A coded abdominal study with its Doppler, and a partly paid remittance for it. */
final class RemitFixture {
    static final ClaimParties PARTIES = new ClaimParties("Patient/pat-77", "Coverage/cov-1", "1972526317",
            "Mercy Radiology Associates", "Medicare Part B");

    private RemitFixture() {
    }

    /** The fixture's complete abdomen (DOS 2025-03-14, POS 22, interpreting 1234567893, ordering 1245319599). */
    static StudyDocumentation abdomen() {
        StudyFixture.CompleteCase c = StudyFixture.COMPLETE_CASES.get(0);
        return StudyFixture.complete(c, StudyFixture.allSeen(c.elements()), List.of());
    }

    /** 76700-26 and 93976-26 read at an outpatient hospital; the Doppler line points to its own diagnosis first. */
    static CodedStudy codedAbdomen(String claimType) {
        return new CodedStudy("FX-abdomen", CodingStatus.READY, List.of(
                new CodedLine("76700", List.of("26"), 1, List.of("R10.11", "K76.0"), "US abdomen complete",
                        "all nine elements documented", "CPT 76700"),
                new CodedLine("93976", List.of("26", "XU"), 1, List.of("K76.6", "R10.11"),
                        "Duplex abdominal vessels, limited", "arterial inflow and venous outflow, one organ",
                        "CPT 93976")),
                List.of(), new CodingContext(claimType, "professional", "medicare", "22", true,
                        List.of("ncci-ptp-2025q1")));
    }

    /** The abdomen paid at the fee schedule less coinsurance; the Doppler denied as not medically necessary. */
    static RemittanceOutcome partlyPaid() {
        return new RemittanceOutcome("CLM-2025-000123", "Medicare Part B", LocalDate.of(2025, 4, 11), "EFT884512",
                RemittanceOutcome.Status.PARTIAL, null, new BigDecimal("270.00"), new BigDecimal("32.10"),
                new BigDecimal("8.02"), List.of(
                        new RemittanceLine("76700", List.of("26"), new BigDecimal("150.00"), new BigDecimal("40.12"),
                                new BigDecimal("32.10"), List.of(
                                        new LineAdjustment(AdjustmentGroup.CO, "45", new BigDecimal("109.88")),
                                        new LineAdjustment(AdjustmentGroup.PR, "2", new BigDecimal("8.02"))),
                                List.of()),
                        new RemittanceLine("93976", List.of("26", "XU"), new BigDecimal("120.00"),
                                new BigDecimal("0.00"), new BigDecimal("0.00"), List.of(
                                        new LineAdjustment(AdjustmentGroup.CO, "50", new BigDecimal("120.00"))),
                                List.of("N115", "M127"))));
    }
}
