package org.sonobill.engine.denial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.payer.PayerPacks;

class DeadlinesTest {
    private static final PayerPacks PACKS = PayerPacks.bundled();
    private static final AppealWindows MEDICARE = AppealWindows.of(PACKS.get("medicare"));
    private static final AppealWindows COMMERCIAL = AppealWindows.of(PACKS.get("commercial"));
    private static final AppealWindows HMO = AppealWindows.of(PACKS.get("commercial-hmo"));
    private static final LocalDate DOS = LocalDate.of(2026, 1, 5);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2); // a Monday

    private static Deadline appeal(int level, AppealWindows w) {
        return Deadlines.next(DenialAction.APPEAL, level, RECEIVED, DOS, w);
    }

    @Test
    void medicareAppealLevelsRun120Then180Then60DaysFromTheDecision() {
        assertThat(appeal(1, MEDICARE).date()).isEqualTo(RECEIVED.plusDays(120));
        assertThat(appeal(1, MEDICARE).what()).isEqualTo("Redetermination request due");
        assertThat(appeal(2, MEDICARE).date()).isEqualTo(RECEIVED.plusDays(180));
        assertThat(appeal(2, MEDICARE).what()).isEqualTo("Reconsideration request due");
        for (int level = 3; level <= 5; level++) {
            assertThat(appeal(level, MEDICARE).date()).as("level %d", level).isEqualTo(RECEIVED.plusDays(60));
        }
        assertThat(appeal(1, MEDICARE).source()).contains("405.942");
    }

    @Test
    void theShippedMedicarePackAgreesWithTheBuiltInMedicareDefaults() {
        assertThat(MEDICARE.levels()).isEqualTo(AppealWindows.medicare().levels());
        assertThat(MEDICARE.reopeningDays()).isEqualTo(365);
        assertThat(MEDICARE.timelyFilingDays()).isEqualTo(365);
    }

    @Test
    void aMedicareReopeningIsDueAYearAfterTheInitialDetermination() {
        assertThat(Deadlines.next(DenialAction.REOPENING, 0, RECEIVED, DOS, MEDICARE).date())
                .isEqualTo(RECEIVED.plusDays(365));
    }

    @Test
    void commercialWindowsComeFromThePack() {
        assertThat(appeal(1, COMMERCIAL).date()).isEqualTo(RECEIVED.plusDays(180));
        assertThat(appeal(2, COMMERCIAL).date()).isEqualTo(RECEIVED.plusDays(60));
        assertThat(appeal(1, COMMERCIAL).what()).isEqualTo("First-level appeal request due");
        assertThat(appeal(1, HMO).date()).isEqualTo(RECEIVED.plusDays(60));
        assertThat(appeal(1, COMMERCIAL).source()).contains("PPO");
    }

    @Test
    void thereIsNoAppealBeyondThePayersLastLevel() {
        assertThatThrownBy(() -> appeal(3, COMMERCIAL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 appeal levels").hasMessageContaining("level 3");
        assertThatThrownBy(() -> appeal(6, MEDICARE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCorrectedClaimIsDueByThePayersCorrectionWindowButNeverAfterTimelyFiling() {
        // commercial: 180 days from the decision, 180 from the date of service: the date of service comes first
        assertThat(Deadlines.next(DenialAction.CORRECTED_CLAIM, 0, RECEIVED, DOS, COMMERCIAL).date())
                .isEqualTo(DOS.plusDays(180));
        assertThat(Deadlines.next(DenialAction.CORRECTED_CLAIM, 0, RECEIVED, DOS, COMMERCIAL).what())
                .contains("timely filing");
        // a payer with a 60-day correction window and a one-year filing limit: the correction window ends first
        AppealWindows w = new AppealWindows("acme", COMMERCIAL.levels(), 60, 0, 365, false, "Acme manual");
        assertThat(Deadlines.next(DenialAction.CORRECTED_CLAIM, 0, RECEIVED, DOS, w).date()).isEqualTo(RECEIVED.plusDays(60));
        assertThat(Deadlines.next(DenialAction.CORRECTED_CLAIM, 0, RECEIVED, DOS, w).what()).isEqualTo("Corrected claim due");
        // Medicare has no separate correction window: the 12-month filing limit
        assertThat(Deadlines.next(DenialAction.CORRECTED_CLAIM, 0, RECEIVED, DOS, MEDICARE).date())
                .isEqualTo(DOS.plusDays(365));
    }

    @Test
    void aNewClaimIsDueByTheTimelyFilingLimitFromTheDateOfService() {
        assertThat(Deadlines.next(DenialAction.NEW_CLAIM, 0, RECEIVED, DOS, MEDICARE).date()).isEqualTo(DOS.plusDays(365));
        assertThat(Deadlines.next(DenialAction.NEW_CLAIM, 0, RECEIVED, DOS, HMO).date().minusDays(90))
                .isBeforeOrEqualTo(DOS.plusDays(2));
    }

    @Test
    void aDeadlineOnASaturdayMovesToMondayOnlyWhenThePayerSaysSo() {
        LocalDate decision = LocalDate.of(2026, 1, 3);
        while (decision.plusDays(60).getDayOfWeek() != DayOfWeek.SATURDAY) {
            decision = decision.plusDays(1);
        }
        Deadline hmo = Deadlines.next(DenialAction.APPEAL, 1, decision, DOS, HMO);
        Deadline medicare = Deadlines.next(DenialAction.APPEAL, 3, decision, DOS, MEDICARE);

        assertThat(HMO.rollWeekendToMonday()).isTrue();
        assertThat(hmo.date()).isEqualTo(decision.plusDays(62));
        assertThat(hmo.date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(medicare.date()).as("Medicare pack does not roll").isEqualTo(decision.plusDays(60));
        assertThat(medicare.date().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void aDeadlineOnASundayMovesOneDayAndAWeekdayStays() {
        LocalDate decision = LocalDate.of(2026, 1, 3);
        while (decision.plusDays(60).getDayOfWeek() != DayOfWeek.SUNDAY) {
            decision = decision.plusDays(1);
        }
        assertThat(Deadlines.next(DenialAction.APPEAL, 1, decision, DOS, HMO).date()).isEqualTo(decision.plusDays(61));
        LocalDate weekday = decision.plusDays(1); // window ends on a Monday
        assertThat(Deadlines.next(DenialAction.APPEAL, 1, weekday, DOS, HMO).date()).isEqualTo(weekday.plusDays(60));
    }

    @Test
    void bookkeepingActionsGetAPostingDate() {
        assertThat(Deadlines.next(DenialAction.WRITE_OFF, 0, RECEIVED, DOS, MEDICARE).date()).isEqualTo(RECEIVED.plusDays(30));
        assertThat(Deadlines.next(DenialAction.BILL_PATIENT, 0, RECEIVED, DOS, MEDICARE).what()).contains("statement");
        assertThat(Deadlines.next(DenialAction.NONE, 0, RECEIVED, DOS, MEDICARE).date()).isEqualTo(RECEIVED);
    }

    @Test
    void urgencyBoundariesAreSevenAndThirtyDays() {
        LocalDate today = LocalDate.of(2026, 5, 1);

        assertThat(Deadlines.urgency(today.minusDays(1), today)).isEqualTo(Urgency.OVERDUE);
        assertThat(Deadlines.urgency(today, today)).isEqualTo(Urgency.DUE_THIS_WEEK);
        assertThat(Deadlines.urgency(today.plusDays(7), today)).isEqualTo(Urgency.DUE_THIS_WEEK);
        assertThat(Deadlines.urgency(today.plusDays(8), today)).isEqualTo(Urgency.SOON);
        assertThat(Deadlines.urgency(today.plusDays(30), today)).isEqualTo(Urgency.SOON);
        assertThat(Deadlines.urgency(today.plusDays(31), today)).isEqualTo(Urgency.LATER);
    }

    @Test
    void overdueAndThisWeeksDeadlinesEscalate() {
        assertThat(Urgency.OVERDUE.escalates()).isTrue();
        assertThat(Urgency.DUE_THIS_WEEK.escalates()).isTrue();
        assertThat(Urgency.SOON.escalates()).isFalse();
        assertThat(Urgency.LATER.escalates()).isFalse();
    }

    @Test
    void aPackWithoutAnAppealsSectionGetsDefaultsAndItsOwnFilingLimit() {
        var pack = PACKS.get("commercial");
        var bare = new org.sonobill.engine.payer.PayerPack("acme", "Acme", pack.bilateralStyle(), "59", false,
                java.util.Set.of(), "", 120, null, false, java.util.List.of(), null);

        AppealWindows w = AppealWindows.of(bare);

        assertThat(w.levels()).extracting(AppealWindows.Level::days).containsExactly(180, 60);
        assertThat(w.timelyFilingDays()).isEqualTo(120);
        assertThat(w.source()).contains("default");
    }
}
