package org.sonobill.server.appeal.letter;

import java.util.Arrays;

/**
 * Why a claim was denied, as the denial queue classifies it (coding reference g.1 and g.4); the slug names the
 * argument's template file.
 */
public enum RootCause {
    DOCUMENTATION("documentation"),
    CODING_MODIFIER("coding-modifier"),
    BUNDLING("bundling"),
    MEDICAL_NECESSITY("medical-necessity"),
    FREQUENCY("frequency"),
    AUTHORISATION("authorisation"),
    ELIGIBILITY("eligibility"),
    REGISTRATION("registration"),
    CREDENTIALING("credentialing"),
    TIMELY_FILING("timely-filing"),
    DUPLICATE("duplicate");

    private final String slug;

    RootCause(String slug) {
        this.slug = slug;
    }

    /** The slug: {@code medical-necessity}. */
    public String slug() {
        return slug;
    }

    /** The root cause with this slug. */
    public static RootCause ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(cause -> cause.slug.equals(slug))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown root cause: " + slug));
    }
}
