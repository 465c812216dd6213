package org.sonobill.server.appeal.letter;

import org.sonobill.engine.denial.RootCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sonobill.server.appeal.letter.AppealFixture.COMMERCIAL;
import static org.sonobill.server.appeal.letter.AppealFixture.MEDICARE;
import static org.sonobill.server.appeal.letter.AppealFixture.aMedicalNecessityAppeal;
import static org.sonobill.server.appeal.letter.AppealFixture.allSpecifics;
import static org.sonobill.server.appeal.letter.AppealFixture.appeal;

import org.junit.jupiter.api.Test;
import org.sonobill.server.appeal.letter.AppealFacts.Evidence;
import org.sonobill.server.appeal.letter.AppealFacts.Specifics;
import org.sonobill.server.appeal.letter.AttachmentChecklist.Item;

class AttachmentChecklistTest {

    @Test
    void aMedicalNecessityPacketHasTheImagingRecordThePolicyAndTheAbn() {
        var checklist = AttachmentChecklist.of(aMedicalNecessityAppeal());

        assertThat(checklist.items()).extracting(Item::attachment, Item::available, Item::detail).containsExactly(
                tuple("Signed report", true, "Priya N. Raman, MD, signed February 3, 2026 at 4:42 PM"),
                tuple("Order with indication", true, "Alan R. Choi, MD (NPI 1326047195), January 29, 2026"),
                tuple("Images and cine clips (archive reference)", true, "24 images, 3 cine clips stored"),
                tuple("Documented elements for the code billed", true, "6 of 7 documented"),
                tuple("Coverage or coding policy citation (LCD, NCD, NCCI)", true,
                        "LCD L34384 (Ultrasound, abdominal); NCCI Policy Manual ch. IX"),
                tuple("Advance Beneficiary Notice (copy)", true, "signed February 3, 2026"));
        assertThat(checklist.missing()).isEmpty();
    }

    @Test
    void whatTheEvidenceLacksIsMarkedMissingAndTheAbnIsLeftOutWhenThereIsNone() {
        var bare = new Evidence("pain", null, null, 0, 0, null, null, null, null);
        var facts = AppealFixture.withEvidence(appeal(RootCause.DOCUMENTATION, COMMERCIAL, Specifics.NONE), bare);

        var checklist = AttachmentChecklist.of(facts);

        assertThat(checklist.missing()).extracting(Item::attachment, Item::detail).containsExactly(
                tuple("Signed report", "not signed"),
                tuple("Order with indication", "no order on file"),
                tuple("Images and cine clips (archive reference)", "no images stored"),
                tuple("Documented elements for the code billed", "no element checklist"));
        assertThat(checklist.items()).extracting(Item::attachment).doesNotContain("Advance Beneficiary Notice (copy)");
    }

    @Test
    void eachRootCauseAsksForTheProofItsArgumentRestsOn() {
        assertThat(attachments(RootCause.TIMELY_FILING)).contains("Proof of timely filing (999 and 277CA acknowledgements)");
        assertThat(attachments(RootCause.AUTHORISATION)).contains("Authorisation record");
        assertThat(attachments(RootCause.CREDENTIALING)).contains("Provider enrollment confirmation");
        assertThat(attachments(RootCause.ELIGIBILITY)).contains("Eligibility verification response");
        assertThat(attachments(RootCause.CODING_MODIFIER)).contains("Corrected claim");
        assertThat(attachments(RootCause.DUPLICATE)).contains("Reports of both same-day examinations");
        assertThat(attachments(RootCause.ELIGIBILITY)).doesNotContain("Images and cine clips (archive reference)");
    }

    @Test
    void aSecondLevelAppealEnclosesTheFirstLevelDecision() {
        var checklist = AttachmentChecklist.of(AppealFixture.atLevelTwo(aMedicalNecessityAppeal()));

        assertThat(checklist.items()).contains(
                new Item("Decision letter from the previous level", true, "level 1, decided May 4, 2026"));
    }

    private static java.util.List<String> attachments(RootCause cause) {
        var checklist = AttachmentChecklist.of(appeal(cause, MEDICARE, allSpecifics()));
        assertThat(checklist.missing()).isEmpty();
        return checklist.items().stream().map(Item::attachment).toList();
    }

    @Test
    void aSigningTimeOrOrderDateNotOnFileIsLeftOutRatherThanPrintedEmpty() {
        assertThat(AttachmentChecklist.signedBy(new AppealFacts.SignedReport("Priya N. Raman, MD", null)))
                .isEqualTo("Priya N. Raman, MD, signed");
        assertThat(AttachmentChecklist.orderedBy(new AppealFacts.Order("Alan R. Choi, MD", "1326047195", null,
                "right upper quadrant pain"))).isEqualTo("Alan R. Choi, MD (NPI 1326047195)");
    }
}
