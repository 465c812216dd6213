package org.sonobill.x12.input;

/**
 * The X12 versions SonoBill reads: 005010, the version HIPAA has required for 837, 835, 999 and 277CA since
 * 1 January 2012 (45 CFR 162.1102). Readers call this for every functional group (GS08) and transaction set
 * (ST03), not only the first one {@link X12Input} looks at.
 */
public final class X12Versions {
    /** The version/release prefix of GS08 and ST03 in 5010 (X12.6: version 005, release 010). */
    public static final String SUPPORTED_PREFIX = "005010";

    private X12Versions() {
    }

    /** Whether a GS08/ST03 value names a 5010 implementation (005010X221A1, 005010X231, ...). */
    public static boolean isSupported(String versionCode) {
        return versionCode != null && versionCode.startsWith(SUPPORTED_PREFIX);
    }

    /** Refuses a GS08/ST03 value that is not 5010, saying what it is and what SonoBill reads. */
    public static void requireSupported(String versionCode, X12Location where) {
        if (!isSupported(versionCode)) {
            throw new X12InputException(where, unsupported(versionCode, where.segmentId()
                    + String.format("%02d", where.elementPosition())));
        }
    }

    static String unsupported(String versionCode, String element) {
        String value = versionCode == null || versionCode.isEmpty() ? "(empty)" : versionCode;
        String release = value.startsWith("00401") ? "004010"
                : value.startsWith("00") && value.length() >= 6 ? value.substring(0, 6) : "";
        String named = release.isEmpty() ? "the version code " + element + " = " + value
                : "X12 version " + release + " (" + element + " = " + value + ")";
        return named + " is not supported: SonoBill reads X12 5010 only (GS08 and ST03 starting with 005010, "
                + "such as 005010X221A1 for an 835; ISA12 = 00501). Ask the sender for the 5010 version of this "
                + "file.";
    }
}
