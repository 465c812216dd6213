package org.sonobill.server.denial;

import java.time.LocalDate;
import org.sonobill.engine.denial.Deadlines;
import org.sonobill.engine.denial.Urgency;
import org.sonobill.server.web.ApiException;

/** The urgency of a deadline as the API names it, and the deadline dates an urgency filter selects. */
final class Urgencies {
    private Urgencies() {
    }

    /** The dates of deadlines of one urgency, both ends included. */
    record Range(LocalDate from, LocalDate to) {
    }

    static String of(LocalDate deadline, LocalDate today) {
        return slug(Deadlines.urgency(deadline, today));
    }

    static String slug(Urgency u) {
        return u.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Range range(String urgency, LocalDate today) {
        for (Urgency u : Urgency.values()) {
            if (slug(u).equals(urgency)) {
                return switch (u) {
                    case OVERDUE -> new Range(LocalDate.of(1900, 1, 1), today.minusDays(1));
                    case DUE_THIS_WEEK -> new Range(today, today.plusDays(7));
                    case SOON -> new Range(today.plusDays(8), today.plusDays(30));
                    case LATER -> new Range(today.plusDays(31), LocalDate.of(9999, 12, 31));
                };
            }
        }
        throw ApiException.badField("urgency", "expected one of overdue, due-this-week, soon, later; found " + urgency);
    }
}
