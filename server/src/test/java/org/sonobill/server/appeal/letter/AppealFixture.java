package org.sonobill.server.appeal.letter;

import org.sonobill.engine.denial.RootCause;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.sonobill.server.appeal.letter.AppealFacts.Abn;
import org.sonobill.server.appeal.letter.AppealFacts.Adjustment;
import org.sonobill.server.appeal.letter.AppealFacts.Authorisation;
import org.sonobill.server.appeal.letter.AppealFacts.Claim;
import org.sonobill.server.appeal.letter.AppealFacts.Correction;
import org.sonobill.server.appeal.letter.AppealFacts.Coverage;
import org.sonobill.server.appeal.letter.AppealFacts.DeniedLine;
import org.sonobill.server.appeal.letter.AppealFacts.Denial;
import org.sonobill.server.appeal.letter.AppealFacts.Diagnosis;
import org.sonobill.server.appeal.letter.AppealFacts.DocumentedElement;
import org.sonobill.server.appeal.letter.AppealFacts.Enrollment;
import org.sonobill.server.appeal.letter.AppealFacts.Evidence;
import org.sonobill.server.appeal.letter.AppealFacts.Level;
import org.sonobill.server.appeal.letter.AppealFacts.Order;
import org.sonobill.server.appeal.letter.AppealFacts.Patient;
import org.sonobill.server.appeal.letter.AppealFacts.Payer;
import org.sonobill.server.appeal.letter.AppealFacts.Practice;
import org.sonobill.server.appeal.letter.AppealFacts.PriorLevel;
import org.sonobill.server.appeal.letter.AppealFacts.PriorStudy;
import org.sonobill.server.appeal.letter.AppealFacts.RepeatService;
import org.sonobill.server.appeal.letter.AppealFacts.Remark;
import org.sonobill.server.appeal.letter.AppealFacts.SignedReport;
import org.sonobill.server.appeal.letter.AppealFacts.Signer;
import org.sonobill.server.appeal.letter.AppealFacts.Specifics;
import org.sonobill.server.appeal.letter.AppealFacts.Submission;

/** Appeal facts for tests: a complete abdominal ultrasound denied by Medicare, with every piece of evidence held. */
final class AppealFixture {

    private AppealFixture() {}

    static final Practice PRACTICE = new Practice("Riverside Imaging Associates",
            List.of("1200 Harbor Street, Suite 300", "Portland, OR 97201"), "(503) 555-0142", "1234567893", "93-1234567");

    static final Payer MEDICARE = new Payer("Noridian Healthcare Solutions, JF Part B",
            List.of("Attn: Redeterminations", "PO Box 6783", "Fargo, ND 58108-6783"), "medicare");

    static final Payer COMMERCIAL = new Payer("Cascade Health Plan", List.of("Appeals Unit", "PO Box 4410",
            "Seattle, WA 98194"), "commercial");

    static AppealFacts aMedicalNecessityAppeal() {
        return appeal(RootCause.MEDICAL_NECESSITY, MEDICARE, Specifics.NONE);
    }

    static AppealFacts appeal(RootCause cause, Payer payer, Specifics specifics) {
        return new AppealFacts(PRACTICE, payer, Level.of(1, payer.payerPack()), LocalDate.of(2026, 3, 16),
                new Patient("Margaret A. Holloway", LocalDate.of(1951, 7, 4), "1EG4TE5MK73"),
                new Claim("SB-2026-000418", "22026041800417", LocalDate.of(2026, 2, 3), "11",
                        new BigDecimal("412.00"), new BigDecimal("298.00")),
                List.of(new DeniedLine("76700", List.of(), 1, new BigDecimal("298.00"), new BigDecimal("298.00"),
                        new Adjustment("CO", "50", "Not deemed a medical necessity by the payer"),
                        List.of(new Remark("N115", "Decision based on a Local Coverage Determination")))),
                new Denial(cause, LocalDate.of(2026, 3, 2)),
                evidence(),
                specifics,
                List.of(),
                new Signer("Dana K. Whitfield, CPC", "Denials and Appeals Specialist"));
    }

    static Evidence evidence() {
        return new Evidence(
                "Right upper quadrant pain for three weeks with elevated liver enzymes; evaluate for gallstones",
                List.of(new Diagnosis("R10.11", "Right upper quadrant pain"),
                        new Diagnosis("R74.01", "Elevation of liver transaminase levels")),
                List.of(new DocumentedElement("liver", true, null), new DocumentedElement("gallbladder", true, null),
                        new DocumentedElement("common bile duct", true, null), new DocumentedElement("pancreas", true, null),
                        new DocumentedElement("spleen", true, null), new DocumentedElement("kidneys", true, null),
                        new DocumentedElement("upper abdominal aorta", false, "obscured by bowel gas")),
                24, 3,
                new Order("Alan R. Choi, MD", "1326047195", LocalDate.of(2026, 1, 29), "right upper quadrant pain"),
                new SignedReport("Priya N. Raman, MD", LocalDateTime.of(2026, 2, 3, 16, 42)),
                List.of("LCD L34384 (Ultrasound, abdominal)", "NCCI Policy Manual ch. IX"),
                new Abn(LocalDate.of(2026, 2, 3)));
    }

    static AppealFacts withEvidence(AppealFacts facts, Evidence evidence) {
        return new AppealFacts(facts.practice(), facts.payer(), facts.level(), facts.letterDate(), facts.patient(),
                facts.claim(), facts.deniedLines(), facts.denial(), evidence, facts.specifics(), facts.priorLevels(),
                facts.signer());
    }

    static Evidence withoutAbn(Evidence e) {
        return new Evidence(e.indication(), e.diagnoses(), e.elements(), e.imagesStored(), e.cineClips(), e.order(),
                e.report(), e.policyCitations(), null);
    }

    static AppealFacts atLevelTwo(AppealFacts facts) {
        return new AppealFacts(facts.practice(), facts.payer(), Level.of(2, facts.payer().payerPack()),
                facts.letterDate(), facts.patient(), facts.claim(), facts.deniedLines(), facts.denial(), facts.evidence(),
                facts.specifics(), List.of(new PriorLevel(1, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 5, 4),
                        "unfavorable")), facts.signer());
    }

    static AppealFacts withLines(AppealFacts facts, List<DeniedLine> lines) {
        return new AppealFacts(facts.practice(), facts.payer(), facts.level(), facts.letterDate(), facts.patient(),
                facts.claim(), lines, facts.denial(), facts.evidence(), facts.specifics(), facts.priorLevels(),
                facts.signer());
    }

    /** Every specific fact held, so each root cause's argument has what it rests on. */
    static Specifics allSpecifics() {
        return new Specifics(
                new PriorStudy(LocalDate.of(2025, 11, 12), "76700", "new jaundice and a rise in bilirubin to 3.1 mg/dL."),
                new Submission(LocalDate.of(2026, 2, 5), "000004417", LocalDate.of(2026, 2, 5), LocalDate.of(2026, 2, 6)),
                new Authorisation("AUTH-88213", LocalDate.of(2026, 2, 4), true,
                        "The study was performed the same day for acute pain in the emergency department."),
                new Correction("76700-26", "the study was performed in a hospital outpatient department, so only the "
                        + "professional component is billed by the practice."),
                new Enrollment("Priya N. Raman, MD", "1093817462", LocalDate.of(2025, 6, 1), "ENR-55120"),
                new Coverage(LocalDate.of(2026, 2, 2), "271-778812", "Medicare Part B"),
                new RepeatService("76", LocalTime.of(9, 15), LocalTime.of(15, 40),
                        "the patient's pain worsened after the first study and a new fluid collection was suspected."));
    }
}
