package org.sonobill.x12.remit;

/** CLP02 claim status codes (005010X221A1 loop 2100 CLP02, code source X12 element 1029). */
public enum ClaimStatus {
    PROCESSED_AS_PRIMARY("1", "processed as primary"),
    PROCESSED_AS_SECONDARY("2", "processed as secondary"),
    PROCESSED_AS_TERTIARY("3", "processed as tertiary"),
    DENIED("4", "denied"),
    PROCESSED_AS_PRIMARY_FORWARDED("19", "processed as primary, forwarded to additional payer(s)"),
    PROCESSED_AS_SECONDARY_FORWARDED("20", "processed as secondary, forwarded to additional payer(s)"),
    PROCESSED_AS_TERTIARY_FORWARDED("21", "processed as tertiary, forwarded to additional payer(s)"),
    REVERSAL("22", "reversal of previous payment"),
    NOT_OUR_CLAIM("23", "not our claim, forwarded to additional payer(s)"),
    PREDETERMINATION("25", "predetermination pricing only - no payment");

    private final String code;
    private final String description;

    ClaimStatus(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The CLP02 code. */
    public String code() {
        return code;
    }

    /** What the code means, as the guide words it. */
    public String description() {
        return description;
    }

    /** The status for a CLP02 code, or null when the code is not one of the guide's. */
    public static ClaimStatus ofCode(String code) {
        for (ClaimStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        return null;
    }
}
