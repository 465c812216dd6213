package org.sonobill.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.study.Sex;
import org.sonobill.x12.input.InputOptions;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.remit.ClaimPayment;
import org.sonobill.x12.remit.RemittanceReader;

/** A secondary claim's 2320/2330/2430 loops from what the primary payer's 835 said. */
class PriorPayersTest {
    private static final String ISA = "ISA*00*          *00*          *ZZ*MEDICARE       *ZZ*SONOBILL       *260301*"
            + "1200*^*00501*000000321*0*P*:~GS*HP*MEDICARE*SONOBILL*20260301*1200*321*X*005010X221A1~";

    /** The primary's 835 for claim SEC-9 (lines SEC-9-1, SEC-9-2), optionally preceded by a paid-then-reversed one. */
    private static List<ClaimPayment> remittance(String body) {
        String x12 = ISA + "ST*835*0001~BPR*I*300*C*ACH*CCP*01*999999999*DA*1*1512345678**01*999988880*DA*2*20260301~"
                + "TRN*1*EFT77*1512345678~N1*PR*MEDICARE JURISDICTION 15~REF*2U*15202~"
                + "N1*PE*VALLEY IMAGING LLC*XX*1245319599~LX*1~" + body + "SE*" + (body.split("~").length + 8)
                + "*0001~GE*1*321~IEA*1*000000321~";
        List<ClaimPayment> out = new ArrayList<>();
        RemittanceReader.readAll(X12Input.of(new ByteArrayInputStream(x12.getBytes(StandardCharsets.US_ASCII)), "p.835",
                InputOptions.strict())).forEach(r -> out.addAll(r.claims()));
        return out;
    }

    private static final String PAID = "CLP*SEC-9*1*390*300*45*MB*MCR-CLAIM-77~NM1*QC*1*DOE*JANE****MI*1EG4TE5MK73~"
            + "SVC*HC:76700:26*240*200**1~DTM*472*20260210~CAS*CO*45*10~CAS*PR*2*30~REF*6R*SEC-9-1~"
            + "SVC*HC:76705:26:59*150*100**1~DTM*472*20260210~CAS*CO*45*35~CAS*PR*1*15~REF*6R*SEC-9-2~";

    private static ClaimSubmission secondary() {
        ClaimSubmission base = Fixtures.aSecondarySubmission("SEC-9");
        return new ClaimSubmission(base.claim(), base.billing(), base.subscriber(), base.payer(), base.patient(),
                base.rendering(), base.ordering(), base.institutional(), List.of());
    }

    @Test
    void theSecondaryClaimCarriesWhatThePrimaryPaidAndAdjustedLineByLine() {
        ClaimSubmission done = new PriorPayers(remittance(PAID)).complete(secondary());
        assertThat(done.priorPayers()).hasSize(1);
        PriorPayerAdjudication p = done.priorPayers().get(0);
        assertThat(p.payer().name()).isEqualTo("MEDICARE JURISDICTION 15");
        assertThat(p.payer().id()).isEqualTo("15202");
        assertThat(p.paid()).isEqualByComparingTo("300");
        assertThat(p.remainingPatientLiability()).isEqualByComparingTo("45");
        assertThat(p.payerClaimNumber()).isEqualTo("MCR-CLAIM-77");
        assertThat(p.adjudicated()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(p.subscriber().memberId()).isEqualTo("1EG4TE5MK73");
        assertThat(p.subscriber().sex()).isEqualTo(Sex.U);
        assertThat(p.lines()).extracting(LineAdjudication::lineNumber).containsExactly(1, 2);
        assertThat(p.lines().get(1).adjustments()).extracting(Adjustment::reason).containsExactly("45", "1");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriteResult r = Fixtures.writer().write(Fixtures.INTERCHANGE, ClaimKind.PROFESSIONAL, List.of(done), out);
        assertThat(r.refusals()).as("refusals").isEmpty();
        String x12 = out.toString(StandardCharsets.US_ASCII);
        assertThat(x12).contains("AMT*D*300~").contains("AMT*EAF*45~").contains("REF*F8*MCR-CLAIM-77~")
                .contains("SVD*15202*200*HC:76700:26**1~").contains("DTP*573*D8*20260301~");
    }

    @Test
    void aPaymentThePrimaryReversedDoesNotCountAndWithoutAnAdjudicationTheSecondaryIsRefused() {
        String reversal = PAID.replace("CLP*SEC-9*1*390*300*45", "CLP*SEC-9*22*-390*-300*-45")
                .replace("*240*200**1", "*-240*-200**1").replace("*150*100**1", "*-150*-100**1")
                .replace("CAS*CO*45*10", "CAS*CO*45*-10").replace("CAS*PR*2*30", "CAS*PR*2*-30")
                .replace("CAS*CO*45*35", "CAS*CO*45*-35").replace("CAS*PR*1*15", "CAS*PR*1*-15");
        ClaimSubmission unchanged = new PriorPayers(remittance(PAID + reversal)).complete(secondary());
        assertThat(unchanged.priorPayers()).isEmpty();
        WriteResult r = Fixtures.writer().write(Fixtures.INTERCHANGE, ClaimKind.PROFESSIONAL, List.of(unchanged),
                new ByteArrayOutputStream());
        assertThat(r.refusals()).hasSize(1);
        assertThat(r.refusals().get(0).problems().get(0).loop()).isEqualTo("2320");
    }
}
