package org.sonobill.engine.denial;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How close a deadline is, for escalation in the queue. */
public enum Urgency {
    /** The deadline has passed. */
    OVERDUE,
    /** Due within 7 days (today included). */
    DUE_THIS_WEEK,
    /** Due within 30 days. */
    SOON,
    /** More than 30 days left. */
    LATER;

    /** True when the queue escalates the entry to a manager: overdue, or due within the week. */
    public boolean escalates() {
        return this == OVERDUE || this == DUE_THIS_WEEK;
    }

    /** The urgency of a deadline seen on {@code today}. */
    public static Urgency of(LocalDate deadline, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, deadline);
        if (left < 0) {
            return OVERDUE;
        }
        if (left <= 7) {
            return DUE_THIS_WEEK;
        }
        return left <= 30 ? SOON : LATER;
    }
}
