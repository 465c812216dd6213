package org.sonobill.engine.denial;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Deadline arithmetic for the next action on a denial (reference g.2, g.3). Appeal windows run from the receipt of
 * the decision being appealed; a reopening from the initial determination; a corrected claim from the decision but
 * never past the timely-filing limit; a new claim or a claim to another payer from the date of service. Windows are
 * calendar days; a payer that says so moves a window ending on a weekend to the following Monday (holidays are not
 * known to SonoBill and are not skipped).
 */
public final class Deadlines {
    /** Days SonoBill allows to send a patient statement or post a write-off after the decision (practice policy). */
    public static final int POSTING_DAYS = 30;
    private static final String POSTING_SOURCE = "SonoBill: statements and write-offs within 30 days of the decision";

    private Deadlines() {
    }

    /**
     * The deadline of {@code action}. {@code nextLevel} is the appeal level to file (1 for the first appeal) and is
     * read only for {@link DenialAction#APPEAL}.
     *
     * @throws IllegalArgumentException when the payer has no such appeal level (every level is used)
     */
    public static Deadline next(DenialAction action, int nextLevel, LocalDate decisionReceivedOn, LocalDate dateOfService,
                                AppealWindows windows) {
        Deadline d = switch (action) {
            case APPEAL -> appeal(nextLevel, decisionReceivedOn, windows);
            case REOPENING -> new Deadline(decisionReceivedOn.plusDays(windows.reopeningDays()),
                    "Reopening request due", windows.source());
            case CORRECTED_CLAIM -> corrected(decisionReceivedOn, dateOfService, windows);
            case NEW_CLAIM -> new Deadline(filingLimit(dateOfService, windows), "New claim due (timely filing)",
                    windows.source());
            case BILL_OTHER_PAYER -> new Deadline(filingLimit(dateOfService, windows),
                    "Claim to the responsible payer due (its timely filing: check that payer's limit)", windows.source());
            case BILL_PATIENT -> new Deadline(decisionReceivedOn.plusDays(POSTING_DAYS), "Patient statement due",
                    POSTING_SOURCE);
            case WRITE_OFF -> new Deadline(decisionReceivedOn.plusDays(POSTING_DAYS), "Write-off to post",
                    POSTING_SOURCE);
            case NONE -> new Deadline(decisionReceivedOn, "Posted with the remittance", "X12 835 posting");
        };
        return windows.rollWeekendToMonday() ? new Deadline(nextWorkingDay(d.date()), d.what(), d.source()) : d;
    }

    /** The urgency of a deadline on {@code today} (see {@link Urgency}). */
    public static Urgency urgency(LocalDate deadline, LocalDate today) {
        return Urgency.of(deadline, today);
    }

    private static Deadline appeal(int level, LocalDate decision, AppealWindows w) {
        AppealWindows.Level l = w.level(level).orElseThrow(() -> new IllegalArgumentException(w.payer() + " has "
                + w.levels().size() + " appeal levels; there is no level " + level));
        return new Deadline(decision.plusDays(l.days()), l.name() + " request due", w.source());
    }

    private static Deadline corrected(LocalDate decision, LocalDate dos, AppealWindows w) {
        LocalDate limit = filingLimit(dos, w);
        if (w.correctedClaimDays() > 0 && decision.plusDays(w.correctedClaimDays()).isBefore(limit)) {
            return new Deadline(decision.plusDays(w.correctedClaimDays()), "Corrected claim due", w.source());
        }
        return new Deadline(limit, "Corrected claim due (timely filing)", w.source());
    }

    private static LocalDate filingLimit(LocalDate dos, AppealWindows w) {
        return dos.plusDays(w.timelyFilingDays());
    }

    private static LocalDate nextWorkingDay(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return d.plusDays(2);
        }
        return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
    }
}
