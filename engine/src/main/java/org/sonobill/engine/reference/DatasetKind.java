package org.sonobill.engine.reference;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of reference data SonoBill loads, each from its publisher's own file layout. */
public enum DatasetKind {
    /** CMS NCCI procedure-to-procedure edits, practitioner table (837P). */
    PTP_PRACTITIONER("ptp-practitioner", "CMS NCCI PTP practitioner edits (tab-separated .txt, or the CMS .zip)"),
    /** CMS NCCI procedure-to-procedure edits, hospital outpatient table (837I). */
    PTP_HOSPITAL("ptp-hospital", "CMS NCCI PTP hospital outpatient edits (tab-separated .txt, or the CMS .zip)"),
    /** CMS medically unlikely edits, practitioner services. */
    MUE_PRACTITIONER("mue-practitioner", "CMS practitioner services MUE table (.csv, or the CMS .zip)"),
    /** CMS medically unlikely edits, outpatient hospital services. */
    MUE_HOSPITAL("mue-hospital", "CMS outpatient hospital services MUE table (.csv, or the CMS .zip)"),
    /** CMS NCCI add-on code edits. */
    AOC("aoc", "CMS NCCI add-on code edits (.csv/.txt with Add-on Code, Primary Code, AOC Edit Type columns)"),
    /** CMS Medicare physician fee schedule relative value file (PPRRVU). */
    RVU("rvu", "CMS PPRRVU file (.csv or .txt, or the RVUyyX .zip)"),
    /** CMS geographic practice cost indices by Medicare locality (Addendum E). */
    GPCI("gpci", "CMS GPCIyyyy.csv or fixed-width GPCIyyyy.txt (or the RVUyyX .zip that holds it)"),
    /** CDC/NCHS ICD-10-CM order file. */
    ICD10CM("icd10cm", "CDC/NCHS icd10cm-order-YYYY.txt (fixed width), or the code-descriptions .zip"),
    /** CMS place of service codes. */
    POS("pos", "place of service CSV: code, name, description, Facility/Non-Facility"),
    /** X12 claim adjustment reason codes (CARC), with their start and stop dates. */
    CARC("carc", "X12 CARC list CSV with a header: code, description, start_date, optional stop_date (also usage, notes, last_modified)"),
    /** X12 remittance advice remark codes (RARC), with their start (and, when given, stop) dates. */
    RARC("rarc", "X12 RARC list CSV with a header: code, description, start_date, optional stop_date (also notes, last_modified)");

    private final String key;
    private final String layout;

    DatasetKind(String key, String layout) {
        this.key = key;
        this.layout = layout;
    }

    /** The name used on the command line and in manifests. */
    public String key() {
        return key;
    }

    /** What file the loader expects, for help texts and errors. */
    public String layout() {
        return layout;
    }

    /** The kind with this key (also accepts the short aliases ptp, mue for the practitioner tables). */
    public static Optional<DatasetKind> byKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(java.util.Locale.ROOT);
        if (k.equals("ptp")) {
            return Optional.of(PTP_PRACTITIONER);
        }
        if (k.equals("mue")) {
            return Optional.of(MUE_PRACTITIONER);
        }
        return Arrays.stream(values()).filter(v -> v.key.equals(k)).findFirst();
    }
}
