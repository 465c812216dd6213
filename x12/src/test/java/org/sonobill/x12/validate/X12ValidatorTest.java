package org.sonobill.x12.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sonobill.x12.input.InputOptions;
import org.sonobill.x12.input.X12Input;

/** The implementation schemas catch what the guides forbid, with the place and the expected value named. */
class X12ValidatorTest {
    static final String ISA = "ISA*00*          *00*          *ZZ*PAYER          *ZZ*SONOBILL       *240301*1200*^*"
            + "00501*000000123*0*P*:~";
    static final String REMIT = ISA + "GS*HP*PAYER*SONOBILL*20240301*1200*77*X*005010X221A1~"
            + "ST*835*0001~BPR*I*80*C*CHK************20240305~TRN*1*12345*1512345678~"
            + "N1*PR*ACME HEALTH PLAN~N3*PO BOX 1~N4*DALLAS*TX*75201~PER*BL*EDI*TE*8005551212~"
            + "N1*PE*VALLEY IMAGING*XX*1234567893~LX*1~CLP*PCN-1*1*200*80*20*12*PAYER-CLM-1~"
            + "NM1*QC*1*DOE*JANE****MI*W123~SVC*HC:76856:26*200*80~DTM*472*20240215~CAS*CO*45*100~"
            + "CAS*PR*1*20~REF*6R*LINE-1~SE*17*0001~GE*1*77~IEA*1*000000123~";

    static ValidationReport validate(String text) {
        return X12Validator.validate(X12Input.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "remit.835", InputOptions.strict()));
    }

    @Test
    void aRemittanceAsTheGuideWritesItIsValid() {
        ValidationReport report = validate(REMIT);
        assertThat(report.problems()).isEmpty();
        assertThat(report.notValidated()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void aClaimStatusTheGuideDoesNotListIsNamedWithItsLoopAndTheCodesItAllows() {
        ValidationReport report = validate(REMIT.replace("CLP*PCN-1*1*", "CLP*PCN-1*9*"));
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.error()).isEqualTo("IMPLEMENTATION_INVALID_CODE_VALUE");
            assertThat(p.loop()).isEqualTo("2100");
            assertThat(p.positionInTransaction()).isEqualTo(10);
            assertThat(p.toString()).isEqualTo("remit.835, segment 12 (CLP), element CLP02, loop 2100: value '9' is "
                    + "not a code the guide allows here; expected one of 1, 2, 3, 4, 19, 20, 21, 22, 23, 25");
        });
    }

    @Test
    void aMissingPaymentDateIsAMissingRequiredElement() {
        ValidationReport report = validate(REMIT.replace("************20240305~", "~"));
        assertThat(report.problems()).extracting(ValidationProblem::error)
                .containsExactly("REQUIRED_DATA_ELEMENT_MISSING");
        assertThat(report.problems().get(0).location().describe()).isEqualTo("remit.835, segment 4 (BPR), element "
                + "BPR16");
    }

    @Test
    void aRemittanceWithoutPayeeLoopMissesARequiredLoop() {
        ValidationReport report = validate(REMIT.replace("N1*PE*VALLEY IMAGING*XX*1234567893~", "")
                .replace("SE*17*", "SE*16*"));
        assertThat(report.problems()).extracting(ValidationProblem::error)
                .contains("IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES");
    }

    @Test
    void aSecondAdjustmentReasonWithoutAmountBreaksTheCasSyntaxRule() {
        ValidationReport report = validate(REMIT.replace("CAS*CO*45*100~", "CAS*CO*45*100**253~"));
        // X12 L050607: a reason in CAS05 needs an amount (CAS06) or a quantity (CAS07); StAEDI names both
        assertThat(report.problems()).extracting(p -> p.error() + " " + p.location().describe() + " " + p.loop())
                .containsExactly(
                        "CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING remit.835, segment 16 (CAS), element CAS06 2110",
                        "CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING remit.835, segment 16 (CAS), element CAS07 2110");
    }

    @Test
    void aWrongSegmentCountIsAControlProblem() {
        ValidationReport report = validate(REMIT.replace("SE*17*", "SE*18*"));
        assertThat(report.problems()).extracting(ValidationProblem::error)
                .containsExactly("CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT");
    }

    @Test
    void a277StatusResponseIsReadButNotValidatedAndSaysSo() {
        String status = ISA + "GS*HN*PAYER*SONOBILL*20240301*1200*5*X*005010X212~ST*277*0001*005010X212~"
                + "BHT*0010*08*1*20240301*1200*DG~HL*1**20*1~NM1*PR*2*ACME*****PI*1~SE*5*0001~GE*1*5~"
                + "IEA*1*000000123~";
        ValidationReport report = validate(status);
        assertThat(report.notValidated()).containsExactly("transaction set 277 at segment 3 (005010X212): "
                + "SonoBill has no implementation schema for it, so it was read without validation");
    }
}
