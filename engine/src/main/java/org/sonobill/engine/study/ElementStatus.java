package org.sonobill.engine.study;

/**
 * What the report says about one required element of an exam.
 *
 * @param state seen, surgically absent, or not seen
 * @param reason why a not-seen element could not be seen (bowel gas, habitus...); null otherwise
 */
public record ElementStatus(State state, String reason) {
    public static final ElementStatus SEEN = new ElementStatus(State.SEEN, null);
    public static final ElementStatus ABSENT = new ElementStatus(State.ABSENT, null);

    /** The three states of an element. */
    public enum State { SEEN, ABSENT, NOT_SEEN }

    /** An element not seen, with the reason given (may be null or blank). */
    public static ElementStatus notSeen(String reason) {
        return new ElementStatus(State.NOT_SEEN, reason);
    }

    /**
     * Whether the element counts as documented for a complete exam: seen, surgically absent, or not seen with a
     * stated reason (CPT diagnostic ultrasound guidelines; US-DOC-003).
     */
    public boolean counts() {
        return state != State.NOT_SEEN || hasReason();
    }

    /** True when a reason is written. */
    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
