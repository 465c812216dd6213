package org.sonobill.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonobill.x12.input.X12InputException;

class RemittanceReaderTest {

    private static Remittance theOnlyPayment() {
        List<Remittance> remittances = Remittances.read(Remittances.file(Remittances.PAYMENT));
        assertThat(remittances).hasSize(1);
        return remittances.get(0);
    }

    @Test
    void thePaymentHeaderCarriesAmountMethodDateTraceAndParties() {
        Payment payment = theOnlyPayment().payment();
        assertThat(payment.amount()).isEqualByComparingTo("157");
        assertThat(payment.method()).isEqualTo("CHK");
        assertThat(payment.paymentDate()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(payment.traceNumber()).isEqualTo("12345");
        assertThat(payment.originatingCompanyId()).isEqualTo("1512345678");
        assertThat(payment.key()).isEqualTo("1512345678/12345");
        assertThat(payment.productionDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(payment.receiverId()).isEqualTo("SONOBILL");
        assertThat(payment.interchangeControlNumber()).isEqualTo("000000123");
        assertThat(payment.groupControlNumber()).isEqualTo("77");
        assertThat(payment.transactionControlNumber()).isEqualTo("0001");
        assertThat(payment.payer().name()).isEqualTo("ACME HEALTH PLAN");
        assertThat(payment.payer().address().city()).isEqualTo("DALLAS");
        assertThat(payment.payer().references()).containsExactly(new Reference("2U", "ACME01"));
        assertThat(payment.payer().contacts()).singleElement().satisfies(c ->
                assertThat(c.numbers()).containsExactly("TE 8005551212", "EM edi@acme.example"));
        assertThat(payment.payee().id()).isEqualTo("1234567893");
        assertThat(payment.payee().idQualifier()).isEqualTo("XX");
    }

    @Test
    void aClaimPaymentCarriesItsAmountsStatusPatientAndAdjustments() {
        ClaimPayment claim = theOnlyPayment().claims().get(0);
        assertThat(claim.patientControlNumber()).isEqualTo("PCN-1");
        assertThat(claim.knownStatus()).contains(ClaimStatus.PROCESSED_AS_PRIMARY);
        assertThat(claim.charge()).isEqualByComparingTo("300");
        assertThat(claim.paid()).isEqualByComparingTo("120");
        assertThat(claim.patientResponsibility()).isEqualByComparingTo("20");
        assertThat(claim.filingIndicator()).isEqualTo("12");
        assertThat(claim.payerClaimNumber()).isEqualTo("PAYER-CLM-1");
        assertThat(claim.headerNumber()).isEqualTo("1");
        assertThat(claim.adjustments()).isEmpty();
        assertThat(claim.adjustmentTotal()).isEqualByComparingTo("180");
        assertThat(claim.patient()).get().extracting(NamedEntity::displayName).isEqualTo("DOE, JANE Q");
        assertThat(claim.name("82")).get().extracting(NamedEntity::id).isEqualTo("1999999984");
        assertThat(claim.remarks()).containsExactly(new Remark("HE", "MA01", "MOA"));
        assertThat(claim.date("050")).isEqualTo(LocalDate.of(2024, 2, 20));
    }

    @Test
    void serviceLinesCarryCodeModifiersAmountsDatesControlNumberAllowedAndRemarks() {
        List<ServicePayment> lines = theOnlyPayment().claims().get(0).lines();
        assertThat(lines).hasSize(2);
        ServicePayment first = lines.get(0);
        assertThat(first.procedure()).isEqualTo(new ServiceCode("HC", "76856", List.of("26"), ""));
        assertThat(first.charge()).isEqualByComparingTo("200");
        assertThat(first.paid()).isEqualByComparingTo("80");
        assertThat(first.units()).isEqualByComparingTo("1");
        assertThat(first.serviceDate()).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(first.lineControlNumber()).isEqualTo("LINE-1");
        assertThat(first.allowed()).isEqualByComparingTo("100");
        assertThat(first.remarkCodes()).containsExactly("N130");
        assertThat(first.adjustments()).extracting(Adjustment::group).containsExactly("CO", "PR");
    }

    @Test
    void aCasWithSeveralTripletsGivesOneAdjustmentEachAndSvc06IsTheOriginalCode() {
        ServicePayment second = theOnlyPayment().claims().get(0).lines().get(1);
        assertThat(second.adjustments()).containsExactly(
                new Adjustment("CO", "45", new BigDecimal("50"), new BigDecimal("1")),
                new Adjustment("CO", "253", new BigDecimal("10"), null));
        assertThat(second.revenueCode()).isEqualTo("RC");
        assertThat(second.units()).isEqualByComparingTo("2");
        assertThat(second.originalProcedure()).isEqualTo(new ServiceCode("HC", "76700", List.of(), ""));
        assertThat(second.originalUnits()).isEqualByComparingTo("1");
    }

    @Test
    void aReversalCarriesNegativeAmountsAndIsFollowedByTheCorrection() {
        List<ClaimPayment> claims = theOnlyPayment().claims();
        assertThat(claims.get(1).isReversal()).isTrue();
        assertThat(claims.get(1).paid()).isEqualByComparingTo("-50");
        assertThat(claims.get(1).patientResponsibility()).isEqualByComparingTo("0");
        assertThat(claims.get(2).isReversal()).isFalse();
        assertThat(claims.get(2).patientControlNumber()).isEqualTo(claims.get(1).patientControlNumber());
        assertThat(claims.get(2).frequencyCode()).isEqualTo("7");
        assertThat(claims.get(2).adjustments()).containsExactly(new Adjustment("CO", "45", new BigDecimal("20"),
                null));
    }

    @Test
    void providerLevelAdjustmentsAreReadPairByPair() {
        assertThat(theOnlyPayment().providerAdjustments()).containsExactly(new ProviderAdjustment("1234567893",
                LocalDate.of(2024, 12, 31), "L6", "PCN-1", new BigDecimal("-7"), 38));
    }

    @Test
    void aBalancedPaymentHasNoFindings() {
        assertThat(theOnlyPayment().findings()).isEmpty();
    }

    @Test
    void aLineThatDoesNotBalanceIsReportedWithItsFigures() {
        String wrongLine = Remittances.PAYMENT.replace("SVC*HC:76705*100*40*", "SVC*HC:76705*100*45*");
        List<RemitFinding> findings = Remittances.read(Remittances.file(wrongLine)).get(0).findings();
        assertThat(findings).extracting(RemitFinding::code)
                .containsExactly(RemitFindingCode.LINE_OUT_OF_BALANCE);
        assertThat(findings.get(0).message()).isEqualTo("service line 2 (HC:76705) of claim PCN-1 does not "
                + "balance: charge 100 (SVC02) minus adjustments 60 (CAS) is 40, but the payer paid 45 (SVC03); "
                + "difference -5. Check the line's CAS segments before posting (005010X221A1 1.10.2.1.2)");
        assertThat(findings.get(0).location().describe()).isEqualTo("test.835, segment 28 (SVC), element SVC03");
        assertThat(findings.get(0).patientControlNumber()).isEqualTo("PCN-1");
    }

    @Test
    void aClaimWhoseAdjustmentsDoNotExplainThePaymentIsReported() {
        String wrongClaim = Remittances.PAYMENT.replace("CAS*CO*45*20", "CAS*CO*45*25");
        List<RemitFinding> findings = Remittances.read(Remittances.file(wrongClaim)).get(0).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(RemitFindingCode.CLAIM_OUT_OF_BALANCE);
            assertThat(f.message()).startsWith("claim PCN-2 does not balance: charge 100 (CLP03) minus claim and "
                    + "line adjustments 25 (CAS) is 75, but the payer paid 80 (CLP04); difference -5.");
        });
    }

    @Test
    void aPaymentThatIsNotTheSumOfItsClaimsAndProviderAdjustmentsIsReported() {
        String wrongTotal = Remittances.PAYMENT.replace("BPR*I*157*", "BPR*I*150*");
        List<RemitFinding> findings = Remittances.read(Remittances.file(wrongTotal)).get(0).findings();
        assertThat(findings).filteredOn(f -> f.code() == RemitFindingCode.PAYMENT_OUT_OF_BALANCE).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("payment 12345 (transaction set 0001) does not "
                        + "balance: the 3 claim payment(s) total 150 (CLP04) minus provider adjustments -7 (PLB) is "
                        + "157, but the payment is 150 (BPR02); difference 7."));
    }

    @Test
    void claimsReachTheListenerOneByOneBeforeTheTransactionSetEnds() {
        List<String> events = new ArrayList<>();
        RemittanceReader.read(Remittances.input(Remittances.file(Remittances.PAYMENT)), new RemittanceListener() {
            @Override
            public void payment(Payment payment) {
                events.add("payment " + payment.traceNumber());
            }

            @Override
            public void claim(ClaimPayment claim) {
                events.add("claim " + claim.patientControlNumber() + "/" + claim.status());
            }

            @Override
            public void paymentEnd(PaymentEnd end) {
                events.add("end " + end.claimCount());
            }
        });
        assertThat(events).containsExactly("payment 12345", "claim PCN-1/1", "claim PCN-2/22", "claim PCN-2/1",
                "end 3");
    }

    @Test
    void aWrongSegmentCountInSeIsReported() {
        String wrongCount = Remittances.PAYMENT.replace("SE*37*0001", "SE*36*0001");
        assertThat(Remittances.read(Remittances.file(wrongCount)).get(0).findings())
                .extracting(RemitFinding::code).contains(RemitFindingCode.TRANSACTION_TRAILER_MISMATCH);
    }

    @Test
    void aTruncatedFileIsRefused() {
        String cut = Remittances.file(Remittances.PAYMENT);
        String truncated = cut.substring(0, cut.indexOf("PLB"));
        assertThatThrownBy(() -> Remittances.read(truncated)).isInstanceOf(X12InputException.class)
                .hasMessage("test.835, segment 37 (NM1): the file ends after this segment, inside the 835 "
                        + "transaction set 0001 that starts at segment 3: no SE trailer, so the file is truncated");
    }

    @Test
    void aBadAmountIsRefusedNamingTheElement() {
        String bad = Remittances.PAYMENT.replace("CLP*PCN-1*1*300*", "CLP*PCN-1*1*3O0*");
        assertThatThrownBy(() -> Remittances.read(Remittances.file(bad)))
                .hasMessage("test.835, segment 16 (CLP), element CLP03: CLP03 (total claim charge amount) is '3O0'; "
                        + "expected a decimal number such as 125.50");
    }

    @Test
    void anotherTransactionTypeIsRefusedByThisReader() {
        String ack = "ST*999*0001*005010X231A1~AK1*HC*1*005010X222A1~AK9*A*1*1*1~SE*4*0001~";
        assertThatThrownBy(() -> Remittances.read(Remittances.file(ack)))
                .hasMessageStartingWith("test.835, segment 3 (ST), element ST01: transaction set 0001 is a 999 "
                        + "(ST01), not an 835");
    }

    @Test
    void aLaterGroupIn4010IsRefusedEvenWhenTheFirstIs5010() {
        String second4010 = Remittances.PAYMENT + "GE*1*77~GS*HP*PAYER*SONOBILL*20240301*1200*78*X*004010X091A1~"
                + Remittances.PAYMENT.replace("0001", "0002");
        assertThatThrownBy(() -> Remittances.read(Remittances.file(second4010)))
                .hasMessageContaining("segment 41 (GS), element GS08: X12 version 004010 (GS08 = 004010X091A1) is "
                        + "not supported");
    }
}
