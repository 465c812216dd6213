package org.sonobill.engine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** The ICD-10-CM order file (see {@link IcdLoader}). */
    public static IcdCodeSet icd10cm(TextSource src, String label) {
        return IcdLoader.icd10cm(src, label);
    }

    /** The place-of-service list (see {@link PosLoader}). */
    public static PlaceOfServiceTable pos(TextSource src) {
        return PosLoader.pos(src);
    }
}
