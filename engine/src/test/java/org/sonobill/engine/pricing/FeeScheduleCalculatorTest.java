package org.sonobill.engine.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Patient;

/**
 * Expected payment against the shipped July 2024 RVU rows (CF 33.2875) and the CY2024 GPCIs; every figure below is
 * worked by hand from the rows quoted: [(work × GPCI) + (PE × GPCI) + (MP × GPCI)] × CF, rounded to cents.
 */
class FeeScheduleCalculatorTest {
    static final ReferenceLibrary LIB = ReferenceLibrary.bundled();
    static final FeeScheduleCalculator CALC = new FeeScheduleCalculator(LIB);
    static final PayerPacks PACKS = PayerPacks.bundled();
    static final LocalDate DOS = LocalDate.of(2024, 8, 15);

    static ClaimLine line(int n, String code, String... mods) {
        return new ClaimLine(n, code, Arrays.asList(mods), 1, new BigDecimal("300.00"), List.of(1), DOS, "L" + n);
    }

    static Claim claim(String payer, String pos, String locality, ClaimType type, ClaimLine... lines) {
        return new Claim("C1", type, payer, "P1", Patient.UNKNOWN, "1245319599", null, "1245319599", pos, "1", null,
                null, "OH", locality, List.of("R10.11"), new ArrayList<>(List.of(lines)), List.of());
    }

    static ClaimPricing price(Claim c) {
        return CALC.price(c, PACKS.get(c.payer()));
    }

    @Test
    void aProfessionalComponentInAFacilityIsPricedAtTheNationalAmountWithoutALocality() {
        // 76700-26: work 0.81, facility PE 0.28, MP 0.04 -> 1.13 x 33.2875 = 37.61
        ClaimPricing p = price(claim("medicare", "22", null, ClaimType.PROFESSIONAL, line(1, "76700", "26")));
        assertThat(p.priced()).isTrue();
        assertThat(p.of(1)).isEqualByComparingTo("37.61");
        assertThat(p.locality()).isEqualTo("national");
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).contains("no pricing locality"));
    }

    @Test
    void theLocalityGpcisAdjustEachComponent() {
        // 76700 global, non-facility, OHIO 15202-00 (1.000, 0.911, 1.033): (0.81 + 2.62 x 0.911 + 0.06 x 1.033) x CF
        ClaimPricing p = price(claim("medicare", "11", "15202-00", ClaimType.PROFESSIONAL, line(1, "76700")));
        assertThat(p.of(1)).isEqualByComparingTo("108.48");
        assertThat(p.locality()).isEqualTo("15202-00 OHIO");
        assertThat(p.line(1).basis()).contains("0.911").contains("non-facility");
    }

    @Test
    void anUnknownLocalityFallsBackToNationalAmountsAndSaysSo() {
        ClaimPricing p = price(claim("medicare", "11", "99999-99", ClaimType.PROFESSIONAL, line(1, "76700")));
        assertThat(p.of(1)).isEqualByComparingTo("116.17");
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).contains("99999-99"));
    }

    @Test
    void theSecondImagingProcedureOfASessionHasItsTechnicalComponentHalvedAndItsProfessionalComponentAt95Percent() {
        // 76700 (TC 78.56) ranks first; 76856: TC 73.23 x 50% = 36.62, PC 31.96 x 95% = 30.36 -> 66.98
        ClaimPricing p = price(claim("medicare", "11", null, ClaimType.PROFESSIONAL, line(1, "76856"), line(2, "76700")));
        assertThat(p.of(2)).isEqualByComparingTo("116.17");
        assertThat(p.of(1)).isEqualByComparingTo("66.98");
        assertThat(p.line(1).basis()).contains("imaging: 50%").contains("95%");
        assertThat(p.total()).isEqualByComparingTo("183.15");
    }

    @Test
    void aSeparateSessionMarkedXeIsNotReduced() {
        ClaimPricing p = price(claim("medicare", "11", null, ClaimType.PROFESSIONAL, line(1, "76700"), line(2, "76856", "XE")));
        assertThat(p.of(2)).isEqualByComparingTo("105.19");
    }

    @Test
    void theDiagnosticCardiovascularReductionTakesAQuarterOffTheLowerTechnicalComponentOnly() {
        // 93880 TC 152.46 ranks above 93306 TC 128.82; 93306: 128.82 x 75% = 96.62, PC 67.24 unreduced -> 163.86
        ClaimPricing p = price(claim("medicare", "11", null, ClaimType.PROFESSIONAL, line(1, "93306"), line(2, "93880")));
        assertThat(p.of(2)).isEqualByComparingTo("189.74");
        assertThat(p.of(1)).isEqualByComparingTo("163.86");
    }

    @Test
    void bilateralIndicator1PaysOneAndAHalfTimes() {
        // 76641 (bilateral indicator 1 in RVU24C): 3.08 x CF = 102.53; with 50: 153.80
        ClaimPricing p = price(claim("medicare", "11", null, ClaimType.PROFESSIONAL, line(1, "76641", "50")));
        assertThat(p.of(1)).isEqualByComparingTo("153.80");
        assertThat(p.line(1).basis()).contains("150%");
    }

    @Test
    void unitsMultiplyTheAmount() {
        // 76942 (no MPPR), non-facility global 1.74 x CF = 57.92 per unit
        ClaimLine two = new ClaimLine(1, "76942", List.of(), 2, new BigDecimal("400"), List.of(1), DOS, "L1");
        ClaimPricing p = price(claim("medicare", "11", null, ClaimType.PROFESSIONAL, two));
        assertThat(p.of(1)).isEqualByComparingTo("115.84");
        assertThat(p.line(1).unitAmount()).isEqualByComparingTo("57.92");
    }

    @Test
    void aCommercialPackPaysItsContractPercentageOfMedicare() {
        // commercial pack: 135% of 37.61 = 50.77
        ClaimPricing p = price(claim("commercial", "22", null, ClaimType.PROFESSIONAL, line(1, "76700", "26")));
        assertThat(p.of(1)).isEqualByComparingTo("50.77");
        assertThat(p.line(1).basis()).contains("135% of Medicare");
    }

    @Test
    void institutionalClaimsAreNotPricedOnThePhysicianFeeSchedule() {
        ClaimPricing p = price(claim("medicare", "22", null, ClaimType.INSTITUTIONAL, line(1, "76700")));
        assertThat(p.priced()).isFalse();
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).contains("hospital outpatient"));
    }

    @Test
    void aCodeWithoutAPayableRowIsLeftOutOfTheTotalAndSaysWhy() {
        ClaimPricing p = price(claim("medicare", "11", null, ClaimType.PROFESSIONAL, line(1, "76700"), line(2, "76999")));
        assertThat(p.of(2)).isNull();
        assertThat(p.line(2).basis()).contains("no payable Medicare fee-schedule row");
        assertThat(p.total()).isEqualByComparingTo("116.17");
    }

    @Test
    void rtAndLtLinesOfABilateralIndicator1CodeArePaidOneAndAHalfTimesTogether() {
        // 76641 RT + LT: 102.53 x 75% each = 76.90 (PFS RVU file, BILAT SURG 1: "modifier 50 or modifiers RT and LT")
        ClaimPricing p = price(claim("medicare", "11", null, ClaimType.PROFESSIONAL, line(1, "76641", "RT"),
                line(2, "76641", "LT")));
        assertThat(p.of(1)).isEqualByComparingTo("76.90");
        assertThat(p.of(2)).isEqualByComparingTo("76.90");
        assertThat(p.line(1).basis()).contains("RT/LT pair");
        ClaimPricing one = price(claim("medicare", "11", null, ClaimType.PROFESSIONAL, line(1, "76641", "RT")));
        assertThat(one.of(1)).isEqualByComparingTo("102.53");
    }

    @Test
    void theAllowedAmountIsTheLesserOfTheChargeAndTheFeeSchedule() {
        ClaimLine cheap = new ClaimLine(1, "76700", List.of(), 1, new BigDecimal("30.00"), List.of(1), DOS, "L1");
        ClaimPricing p = price(claim("medicare", "11", null, ClaimType.PROFESSIONAL, cheap));
        assertThat(p.of(1)).isEqualByComparingTo("30.00");
        assertThat(p.line(1).basis()).contains("lesser of charge and fee schedule");
    }

    @Test
    void theUnitAmountIsAtThePayersRate() {
        ClaimPricing p = price(claim("commercial", "22", null, ClaimType.PROFESSIONAL, line(1, "76700", "26")));
        assertThat(p.line(1).unitAmount()).isEqualByComparingTo("50.77"); // 37.61 x 135%
    }
}
