package org.sonobill.engine.reference;

import java.math.BigDecimal;

/**
 * One row of the Medicare physician fee schedule relative value file (PPRRVU): the indicators the coding rules
 * need and the RVUs for expected payment. The row is for a code and a modifier: blank (global), 26 or TC.
 *
 * @param code CPT/HCPCS code
 * @param modifier "", "26" or "TC" (or another pricing modifier such as 53)
 * @param status status code (A active, B bundled, C carrier priced, I not valid for Medicare, ...)
 * @param pcTcIndicator professional/technical component indicator (0 physician service, 1 diagnostic with PC/TC split,
 *     2 professional only, 3 technical only, 4 global only, 5 incident to, 6 lab physician interpretation, 7 PT,
 *     8 physician interpretation, 9 concept does not apply)
 * @param globalDays global surgery days (XXX, ZZZ for add-on codes, YYY, 000, 010, 090)
 * @param multipleProcedure multiple procedure indicator (4 = imaging MPPR family, 6 = diagnostic cardiovascular)
 * @param bilateral bilateral surgery indicator (0, 1, 2, 3, 9)
 * @param workRvu work RVU
 * @param nonFacilityPeRvu practice expense RVU outside a facility
 * @param facilityPeRvu practice expense RVU in a facility
 * @param malpracticeRvu malpractice RVU
 * @param conversionFactor the conversion factor printed in the file
 * @param imagingFamily diagnostic imaging family indicator (88 = ultrasound, 99 = none)
 */
public record RvuRow(String code, String modifier, String status, int pcTcIndicator, String globalDays,
                     int multipleProcedure, int bilateral, BigDecimal workRvu, BigDecimal nonFacilityPeRvu,
                     BigDecimal facilityPeRvu, BigDecimal malpracticeRvu, BigDecimal conversionFactor,
                     String imagingFamily) {

    /** Total RVUs in the setting. */
    public BigDecimal totalRvu(boolean facility) {
        return workRvu.add(facility ? facilityPeRvu : nonFacilityPeRvu).add(malpracticeRvu);
    }
}
