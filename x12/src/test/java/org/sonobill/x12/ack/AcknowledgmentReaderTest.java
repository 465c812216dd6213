package org.sonobill.x12.ack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sonobill.x12.input.InputOptions;
import org.sonobill.x12.input.X12Input;

class AcknowledgmentReaderTest {
    static final String ISA = "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*SONOBILL       *240301*1200*^*"
            + "00501*000000286*0*P*:~";

    /** The 999 of 005010X231A1 example 3.1.2: one accepted, two rejected transaction sets. */
    static final String PARTIAL_999 = ISA + "GS*FA*RCVR*SNDR*20240301*1024*287*X*005010X231A1~"
            + "ST*999*2870001*005010X231A1~AK1*HC*17456*005010X222A1~"
            + "AK2*837*0001~IK5*A~"
            + "AK2*837*0002~IK3*CLM*22*2300*8~CTX*CLM01:PCN-7~IK4*2*782*1~IK5*R*5~"
            + "AK2*837*0003~IK3*REF*57**3~IK5*R*5~"
            + "AK9*P*3*3*1~SE*14*2870001~GE*1*287~IEA*1*000000286~";

    /** A 277CA from a clearinghouse rejecting one claim and accepting another. */
    static final String CLEARINGHOUSE_277CA = ISA + "GS*HN*CH*SONOBILL*20240301*1200*5*X*005010X214~"
            + "ST*277*0001*005010X214~BHT*0085*08*BATCH-42*20240301*1200*TH~"
            + "HL*1**20*1~NM1*AY*2*ACME CLEARINGHOUSE*****46*CH01~TRN*1*0001~DTP*050*D8*20240301~"
            + "DTP*009*D8*20240301~"
            + "HL*2*1*21*1~NM1*41*2*VALLEY IMAGING*****46*SB01~TRN*2*BATCH-42~STC*A1:20*20240301*WQ*325~"
            + "HL*3*2*19*1~NM1*85*2*VALLEY IMAGING*****XX*1234567893~"
            + "HL*4*3*PT~NM1*QC*1*DOE*JANE****MI*W123~TRN*2*PCN-1~STC*A7:562:85*20240301*U*200~"
            + "REF*D9*CH-TRACE-1~DTP*472*RD8*20240215-20240215~"
            + "SVC*HC:76856:26*200****1~STC*A7:453*20240301~REF*FJ*LINE-1~DTP*472*D8*20240215~"
            + "HL*5*3*PT~NM1*QC*1*ROE*RICHARD****MI*W456~TRN*2*PCN-2~STC*A2:20*20240301*WQ*125~"
            + "REF*1K*PAYER-CLM-2~"
            + "SE*27*0001~GE*1*5~IEA*1*000000286~";

    static Acknowledgments read(String text) {
        return AcknowledgmentReader.read(X12Input.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "ack.x12", InputOptions.strict()));
    }

    @Test
    void a999SaysPerTransactionSetWhetherItWasAcceptedAndLinksToOurGroup() {
        ImplementationAcknowledgment ack = read(PARTIAL_999).implementation().get(0);
        assertThat(ack.groupControlNumber()).isEqualTo("17456");
        assertThat(ack.functionalIdentifier()).isEqualTo("HC");
        assertThat(ack.groupVersion()).isEqualTo("005010X222A1");
        assertThat(ack.groupStatus()).isEqualTo(new CodedText("P",
                "partially accepted: at least one transaction set was rejected"));
        assertThat(ack.includedCount()).isEqualTo(3);
        assertThat(ack.acceptedCount()).isEqualTo(1);
        assertThat(ack.isGroupRejected()).isFalse();
        assertThat(ack.responses()).extracting(TransactionSetResponse::controlNumber)
                .containsExactly("0001", "0002", "0003");
        assertThat(ack.responses()).extracting(TransactionSetResponse::isAccepted)
                .containsExactly(true, false, false);
    }

    @Test
    void a999NamesTheSegmentAndElementInErrorWithTheirCodesAndTexts() {
        TransactionSetResponse rejected = read(PARTIAL_999).implementation().get(0).responses().get(1);
        assertThat(rejected.errors()).containsExactly(new CodedText("5", "one or more segments in error"));
        SegmentError segment = rejected.segmentErrors().get(0);
        assertThat(segment.segmentId()).isEqualTo("CLM");
        assertThat(segment.position()).isEqualTo(22);
        assertThat(segment.loopId()).isEqualTo("2300");
        assertThat(segment.error()).hasToString("8 (segment has data element errors)");
        assertThat(segment.contexts()).containsExactly("CLM01:PCN-7");
        ElementError element = segment.elementErrors().get(0);
        assertThat(element.position()).isEqualTo(2);
        assertThat(element.dataElementReference()).isEqualTo("782");
        assertThat(element.error()).hasToString("1 (required data element missing)");
        assertThat(rejected.segmentErrors()).hasSize(1);
        assertThat(read(PARTIAL_999).implementation().get(0).responses().get(2).segmentErrors().get(0).error())
                .hasToString("3 (required segment missing)");
    }

    @Test
    void a277caSaysPerClaimWhetherItWasAcceptedAndWhoAnswered() {
        ClaimStatusReport report = read(CLEARINGHOUSE_277CA).claimStatus().get(0);
        assertThat(report.responder().kind()).isEqualTo(Responder.Kind.CLEARINGHOUSE);
        assertThat(report.responder().name()).isEqualTo("ACME CLEARINGHOUSE");
        assertThat(report.originatorTransactionId()).isEqualTo("BATCH-42");
        assertThat(report.receiverStatuses()).extracting(StatusCode::display).containsExactly("A1:20");
        assertThat(report.claims()).extracting(ClaimAcknowledgment::patientControlNumber)
                .containsExactly("PCN-1", "PCN-2");
        ClaimAcknowledgment rejected = report.claims().get(0);
        assertThat(rejected.outcome()).isEqualTo(AckOutcome.REJECTED);
        assertThat(rejected.isClearinghouseRejection()).isTrue();
        assertThat(rejected.isPayerRejection()).isFalse();
        assertThat(rejected.batchTrace()).isEqualTo("BATCH-42");
        assertThat(rejected.billingProvider()).isEqualTo("VALLEY IMAGING (XX 1234567893)");
        assertThat(rejected.patientName()).isEqualTo("DOE, JANE");
        assertThat(rejected.clearinghouseTrace()).isEqualTo("CH-TRACE-1");
        assertThat(rejected.serviceDate()).isEqualTo("20240215-20240215");
        assertThat(rejected.charge()).isEqualByComparingTo(new BigDecimal("200"));
        StatusCode status = rejected.statuses().get(0);
        assertThat(status.category()).isEqualTo(new CodedText("A7",
                "acknowledgement/rejected for invalid information"));
        assertThat(status.status()).isEqualTo("562");
        assertThat(status.entity()).isEqualTo("85");
        assertThat(status.effectiveDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(rejected.lines()).singleElement().satisfies(line -> {
            assertThat(line.procedure()).isEqualTo("HC:76856:26");
            assertThat(line.lineControlNumber()).isEqualTo("LINE-1");
            assertThat(line.statuses()).extracting(StatusCode::display).containsExactly("A7:453");
        });
        ClaimAcknowledgment accepted = report.claims().get(1);
        assertThat(accepted.outcome()).isEqualTo(AckOutcome.ACCEPTED);
        assertThat(accepted.payerClaimNumber()).isEqualTo("PAYER-CLM-2");
    }

    @Test
    void aPayerAnsweringWithNm1PrIsKeptApartFromTheClearinghouse() {
        String fromPayer = CLEARINGHOUSE_277CA.replace("NM1*AY*2*ACME CLEARINGHOUSE*****46*CH01",
                "NM1*PR*2*ACME HEALTH PLAN*****PI*ACME01");
        ClaimAcknowledgment rejected = read(fromPayer).claimStatus().get(0).claims().get(0);
        assertThat(rejected.responder().kind()).isEqualTo(Responder.Kind.PAYER);
        assertThat(rejected.isPayerRejection()).isTrue();
        assertThat(rejected.isClearinghouseRejection()).isFalse();
    }

    @Test
    void aTa1SaysWhetherTheInterchangeWasOpened() {
        Acknowledgments acks = read(ISA + "TA1*000000905*240301*1200*R*022~IEA*0*000000286~");
        assertThat(acks.interchanges()).singleElement().satisfies(ta1 -> {
            assertThat(ta1.controlNumber()).isEqualTo("000000905");
            assertThat(ta1.isRejected()).isTrue();
            assertThat(ta1.note()).hasToString("022 (invalid control structure)");
        });
    }

    @Test
    void anUnknownCodeIsShownAsNotDefinedByX12() {
        String odd = PARTIAL_999.replace("IK3*REF*57**3~", "IK3*REF*57**Z9~");
        assertThat(read(odd).implementation().get(0).responses().get(2).segmentErrors().get(0).error().text())
                .isEqualTo("code 'Z9' is not defined by X12 for IK304");
    }

    @Test
    void aRemittanceIsNotReadAsAnAcknowledgment() {
        String remit = ISA + "GS*HP*P*S*20240301*1200*1*X*005010X221A1~ST*835*0001~BPR*I*0*C*NON~SE*3*0001~"
                + "GE*1*1~IEA*1*000000286~";
        assertThatThrownBy(() -> read(remit)).hasMessageStartingWith("ack.x12, segment 3 (ST), element ST01: "
                + "transaction set 0001 is a 835 (ST01), not an acknowledgment");
    }
}
