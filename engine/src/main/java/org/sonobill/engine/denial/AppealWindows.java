package org.sonobill.engine.denial;

import java.util.List;
import org.sonobill.engine.payer.AppealRules;
import org.sonobill.engine.payer.PayerPack;

/**
 * A payer's deadlines for working a denial: appeal levels (each counted from the previous decision), the corrected
 * claim and reopening windows (counted from the decision), the timely-filing limit (from the date of service), and
 * whether a window ending on a weekend moves to Monday. Read from the payer pack's {@code "appeals"} section.
 *
 * @param payer the pack id
 * @param levels appeal levels in order
 * @param correctedClaimDays window for a replacement claim after the decision; 0: only timely filing applies
 * @param reopeningDays window for a reopening after the initial determination; 0: the payer has none
 * @param timelyFilingDays the filing limit from the date of service
 * @param rollWeekendToMonday a window ending on Saturday or Sunday ends on the following Monday
 * @param source where the windows come from
 */
public record AppealWindows(String payer, List<Level> levels, int correctedClaimDays, int reopeningDays,
                            int timelyFilingDays, boolean rollWeekendToMonday, String source) {
    static final String MEDICARE_SOURCE = "42 CFR 405.942, 405.962, 405.1014, 405.1102, 405.1136; 42 CFR 405.980; "
            + "42 CFR 424.44; reference g.2";

    public AppealWindows {
        levels = List.copyOf(levels);
    }

    /** One appeal level and its window in days from the previous decision. */
    public record Level(String name, int days) {
    }

    /**
     * Medicare Part A/B fee-for-service (reference g.2): redetermination 120 days, reconsideration 180, ALJ hearing,
     * Council review and judicial review 60 each; reopening within 365 days; timely filing 365 days from the date of
     * service.
     */
    public static AppealWindows medicare() {
        return new AppealWindows("medicare", List.of(new Level("Redetermination", 120), new Level("Reconsideration", 180),
                new Level("Administrative law judge hearing", 60), new Level("Medicare Appeals Council review", 60),
                new Level("Judicial review", 60)), 0, 365, 365, false, MEDICARE_SOURCE);
    }

    /**
     * The windows of a pack: its {@code "appeals"} section, or when it has none Medicare's (for a pack applying
     * Medicare coverage) or a common commercial default (first level 180 days, second 60, corrections within the
     * filing limit), always with the pack's own timely-filing limit.
     */
    public static AppealWindows of(PayerPack pack) {
        AppealRules a = pack.appeals();
        if (a == null) {
            if (pack.id().equals("medicare") || pack.medicareCoverage()) {
                AppealWindows m = medicare();
                return new AppealWindows(pack.id(), m.levels, 0, 365, pack.timelyFilingDays(), false, m.source);
            }
            return new AppealWindows(pack.id(), List.of(new Level("First-level appeal", 180),
                    new Level("Second-level appeal", 60)), 0, 0, pack.timelyFilingDays(), false,
                    "SonoBill default for a pack without an appeals section (reference g.2: commercial windows are "
                            + "contract terms; set them in the pack)");
        }
        return new AppealWindows(pack.id(), a.levels().stream().map(l -> new Level(l.name(), l.days())).toList(),
                a.correctedClaimDays(), a.reopeningDays(), pack.timelyFilingDays(), a.rollWeekendToMonday(),
                a.source());
    }

    /** The appeal level numbered from 1, if the payer has it. */
    public java.util.Optional<Level> level(int number) {
        return number >= 1 && number <= levels.size() ? java.util.Optional.of(levels.get(number - 1))
                : java.util.Optional.empty();
    }
}
