package org.sonobill.engine.reference;

import java.time.LocalDate;

/**
 * Reads each reference dataset from its publisher's own layout. Every error names the file, the line and what was
 * expected, and nothing is returned from a file that fails half way. One loader class per dataset does the work.
 */
public final class CmsLoaders {
    private CmsLoaders() {
    }

    /** NCCI PTP edits in the CMS text layout (see {@link PtpLoader}). */
    public static PtpTable ptp(TextSource src) {
        return PtpLoader.ptp(src);
    }

    /** An MUE table in the CMS CSV layout (see {@link MueLoader}). */
    public static MueTable mue(TextSource src) {
        return MueLoader.mue(src);
    }

    /** NCCI add-on code edits in force on {@code asOf} (see {@link AocLoader}). */
    public static AddOnTable aoc(TextSource src, LocalDate asOf) {
        return AocLoader.aoc(src, asOf);
    }

    /** The physician fee schedule relative value file (see {@link RvuLoader}). */
    public static FeeSchedule rvu(TextSource src) {
        return RvuLoader.rvu(src);
    }

    /** The GPCI file (see {@link GpciLoader}). */
    public static GpciTable gpci(TextSource src) {
        return GpciLoader.gpci(src);
    }

    /** The ICD-10-CM order file (see {@link IcdLoader}). */
    public static IcdCodeSet icd10cm(TextSource src, String label) {
        return IcdLoader.icd10cm(src, label);
    }

    /** The place-of-service list (see {@link PosLoader}). */
    public static PlaceOfServiceTable pos(TextSource src) {
        return PosLoader.pos(src);
    }

    /** The X12 claim adjustment reason code list (see {@link AdjustmentCodeLoader}). */
    public static AdjustmentCodeList carc(TextSource src) {
        return AdjustmentCodeLoader.read(src, AdjustmentCodeList.Kind.CARC);
    }

    /** The X12 remittance advice remark code list (see {@link AdjustmentCodeLoader}). */
    public static AdjustmentCodeList rarc(TextSource src) {
        return AdjustmentCodeLoader.read(src, AdjustmentCodeList.Kind.RARC);
    }
}
