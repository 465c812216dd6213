package org.sonobill.server.security;

/**
 * Who may call what: the role expressions of {@code @PreAuthorize} on every endpoint, kept in one place so the table
 * in the README and the access tests read the same list.
 */
public final class Access {
    private Access() {
    }

    /** Every signed-in role: reading reference data and studies. */
    public static final String ANY_ROLE = "hasAnyRole('CODER','BILLER','DENIAL_SPECIALIST','MANAGER','AUDITOR','ADMIN')";
    /** Creating studies, coding them, changing the coding. */
    public static final String CODING = "hasAnyRole('CODER','MANAGER','ADMIN')";
    /** Creating, scrubbing, overriding and releasing claims. */
    public static final String BILLING = "hasAnyRole('BILLER','MANAGER','ADMIN')";
    /** Reading claims: the people who bill them, work their denials, audit or manage them. */
    public static final String CLAIM_READERS = "hasAnyRole('BILLER','DENIAL_SPECIALIST','MANAGER','AUDITOR','ADMIN')";
    /** Working denials: assigning, appealing, correcting, resolving. */
    public static final String DENIALS = "hasAnyRole('DENIAL_SPECIALIST','BILLER','MANAGER','ADMIN')";
    /** The organisation's settings for the queue (assignment rules). */
    public static final String MANAGING = "hasAnyRole('MANAGER','ADMIN')";
    /** Reading the audit trail. */
    public static final String AUDIT = "hasAnyRole('AUDITOR','MANAGER','ADMIN')";
    /** Users and API tokens. */
    public static final String ADMIN = "hasRole('ADMIN')";
}
