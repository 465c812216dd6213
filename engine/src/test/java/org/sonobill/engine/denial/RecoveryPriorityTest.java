package org.sonobill.engine.denial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecoveryPriorityTest {
    private static final DenialClassifier CLASSIFIER = DenialClassifier.shipped();
    private static final RecoveryPriority PRIORITY = RecoveryPriority.standard();
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final DenialClassification NECESSITY = CLASSIFIER.classify(DenialLine.of("CO", "50", "200.00", "N115"),
            DenialContext.of("medicare").build());

    private static Priority of(String amount, DenialClassification c, OutcomeCounts o, int daysLeft) {
        return PRIORITY.of(new BigDecimal(amount), c, "medicare", o, TODAY.plusDays(daysLeft), TODAY);
    }

    @Test
    void belowTenOutcomesTheTablesPriorIsUsed() {
        Priority p = of("200.00", NECESSITY, new OutcomeCounts(9, 0, 0), 60);

        assertThat(p.chance()).isEqualTo(NECESSITY.successPrior());
        assertThat(p.chanceBasis()).isEqualTo("prior for medical-necessity");
        assertThat(p.expectedRecovery()).isEqualByComparingTo("90.00");
    }

    @Test
    void fromTenOutcomesThisOrganisationsRateIsBlendedWithThePrior() {
        Priority p = of("200.00", NECESSITY, new OutcomeCounts(16, 2, 5), 60);

        // (0.45 × 10 + 16 + 1) / (10 + 23)
        assertThat(p.chance()).isCloseTo(21.5 / 33, within(1e-9));
        assertThat(p.chanceBasis()).isEqualTo("this organisation's 23 outcomes with medicare");
        assertThat(p.expectedRecovery()).isEqualByComparingTo(new BigDecimal("130.30"));
    }

    @Test
    void manyLossesPullTheChanceTowardsThem() {
        Priority p = of("200.00", NECESSITY, new OutcomeCounts(0, 0, 90), 60);

        assertThat(p.chance()).isCloseTo(4.5 / 100, within(1e-9));
    }

    @Test
    void smallAmountsAreFlaggedForBatchingNotDropped() {
        assertThat(of("24.99", NECESSITY, OutcomeCounts.none(), 60).lowDollar()).isTrue();
        assertThat(of("25.00", NECESSITY, OutcomeCounts.none(), 60).lowDollar()).isFalse();
        assertThat(of("24.99", NECESSITY, OutcomeCounts.none(), 60).score()).isPositive();
        assertThat(new RecoveryPriority(new BigDecimal("100")).of(new BigDecimal("80"), NECESSITY, "medicare",
                OutcomeCounts.none(), TODAY, TODAY).lowDollar()).as("configurable threshold").isTrue();
    }

    @Test
    void forEqualAmountsTheNearerDeadlineRanksHigher() {
        double far = of("200.00", NECESSITY, OutcomeCounts.none(), 90).score();
        double month = of("200.00", NECESSITY, OutcomeCounts.none(), 30).score();
        double week = of("200.00", NECESSITY, OutcomeCounts.none(), 7).score();
        double lastDay = of("200.00", NECESSITY, OutcomeCounts.none(), 0).score();

        assertThat(far).isLessThan(month);
        assertThat(month).isLessThan(week);
        assertThat(week).isLessThan(lastDay);
    }

    @Test
    void overdueButWorkableRanksHighAndLongExpiredRanksLow() {
        double dueToday = of("200.00", NECESSITY, OutcomeCounts.none(), 0).score();
        double justOverdue = of("200.00", NECESSITY, OutcomeCounts.none(), -5).score();
        double expired = of("200.00", NECESSITY, OutcomeCounts.none(), -90).score();
        double far = of("200.00", NECESSITY, OutcomeCounts.none(), 90).score();

        assertThat(justOverdue).isEqualTo(dueToday);
        assertThat(expired).isLessThan(far);
    }

    @Test
    void aWriteOffRanksBelowAnyRecoverableDenial() {
        DenialClassification timely = CLASSIFIER.classify(DenialLine.of("CO", "29", "900.00"), DenialContext.of("medicare").build());

        double writeOff = of("900.00", timely, OutcomeCounts.none(), -200).score();
        double small = of("30.00", NECESSITY, OutcomeCounts.none(), 120).score();

        assertThat(writeOff).isLessThan(small);
    }

    @Test
    void moreMoneyAtTheSameChanceAndDateRanksHigher() {
        assertThat(of("400.00", NECESSITY, OutcomeCounts.none(), 30).score())
                .isGreaterThan(of("200.00", NECESSITY, OutcomeCounts.none(), 30).score());
    }
}
