package org.sonobill.x12.claim;

import org.sonobill.engine.study.ClaimType;

/** The two 837 implementation guides SonoBill writes and reads. */
public enum ClaimKind {
    /** 837P, ASC X12N 005010X222A1. */
    PROFESSIONAL("005010X222A1", "P"),
    /** 837I, ASC X12N 005010X223A2. */
    INSTITUTIONAL("005010X223A2", "I");

    private final String version;
    private final String letter;

    ClaimKind(String version, String letter) {
        this.version = version;
        this.letter = letter;
    }

    /** GS08 and ST03: the implementation convention reference. */
    public String version() {
        return version;
    }

    /** P or I, as the CLI's --type takes it. */
    public String letter() {
        return letter;
    }

    /** The guide for an engine claim type. */
    public static ClaimKind of(ClaimType type) {
        return type == ClaimType.INSTITUTIONAL ? INSTITUTIONAL : PROFESSIONAL;
    }

    /** The engine claim type this guide carries. */
    public ClaimType claimType() {
        return this == INSTITUTIONAL ? ClaimType.INSTITUTIONAL : ClaimType.PROFESSIONAL;
    }
}
