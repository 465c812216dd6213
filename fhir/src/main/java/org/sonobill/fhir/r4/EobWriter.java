package org.sonobill.fhir.r4;

import java.math.BigDecimal;
import java.util.Objects;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.ExplanationOfBenefit.AdjudicationComponent;
import org.hl7.fhir.r4.model.ExplanationOfBenefit.ItemComponent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Reference;

/**
 * A remittance outcome as a FHIR R4 {@link ExplanationOfBenefit}: outcome complete (paid), partial or error (denied);
 * per item the submitted, eligible and benefit amounts, the patient's share as deductible (CARC 1), coinsurance
 * (CARC 2) and copay (CARC 3), every other adjustment under its group with the CARC as the reason, the denial reason
 * of an unpaid line, and remark codes as notes; then the payment and the totals. Thread-safe.
 */
public final class EobWriter {
    private static final String PAYMENT_TYPE = "http://terminology.hl7.org/CodeSystem/ex-paymenttype";

    /** The explanation of benefit for one remittance outcome. */
    public ExplanationOfBenefit explanationOfBenefit(RemittanceOutcome outcome, ClaimParties parties) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(parties, "parties");
        ExplanationOfBenefit eob = new ExplanationOfBenefit();
        eob.setStatus(ExplanationOfBenefit.ExplanationOfBenefitStatus.ACTIVE);
        eob.setType(Codings.claimType(outcome.claimType().key()));
        eob.setUse(ExplanationOfBenefit.Use.CLAIM);
        eob.setPatient(new Reference(parties.patientReference()));
        eob.setCreatedElement(new DateTimeType(outcome.paidDate().toString()));
        eob.setInsurer(new Reference().setDisplay(outcome.payer()));
        eob.setProvider(Codings.provider(parties.billingNpi(), parties.billingName()));
        eob.setClaim(new Reference().setIdentifier(new Identifier().setSystem(Codings.CLAIM_ID)
                .setValue(outcome.claimId())));
        eob.setOutcome(outcome(outcome.status()));
        eob.setDisposition(disposition(outcome.status()));
        eob.addInsurance().setFocal(true).setCoverage(new Reference(parties.coverageReference()));
        for (RemittanceLine line : outcome.lines()) {
            item(eob, line);
        }
        total(eob, "submitted", outcome.charge());
        total(eob, "eligible", outcome.lines().stream().map(RemittanceLine::allowed).reduce(BigDecimal.ZERO,
                BigDecimal::add));
        total(eob, "benefit", outcome.paid());
        eob.addTotal().setCategory(Codings.concept(Codings.C4BB_ADJUDICATION, "memberliability", "Member liability"))
                .setAmount(money(outcome.patientResponsibility()));
        eob.getPayment().setType(Codings.concept(PAYMENT_TYPE,
                outcome.status() == RemittanceOutcome.Status.PARTIAL ? "partial" : "complete", null))
                .setDateElement(new DateType(outcome.paidDate().toString())).setAmount(money(outcome.paid()));
        if (outcome.paymentNumber() != null) {
            eob.getPayment().setIdentifier(new Identifier().setValue(outcome.paymentNumber()));
        }
        return eob;
    }

    /** The explanation of benefit as pretty-printed JSON. */
    public String json(RemittanceOutcome outcome, ClaimParties parties) {
        return R4.json(explanationOfBenefit(outcome, parties));
    }

    private static ExplanationOfBenefit.RemittanceOutcome outcome(RemittanceOutcome.Status status) {
        return switch (status) {
            case PAID -> ExplanationOfBenefit.RemittanceOutcome.COMPLETE;
            case PARTIAL -> ExplanationOfBenefit.RemittanceOutcome.PARTIAL;
            case DENIED -> ExplanationOfBenefit.RemittanceOutcome.ERROR;
        };
    }

    private static String disposition(RemittanceOutcome.Status status) {
        return switch (status) {
            case PAID -> "Claim paid";
            case PARTIAL -> "Claim partially paid";
            case DENIED -> "Claim denied";
        };
    }

    private static void item(ExplanationOfBenefit eob, RemittanceLine line) {
        int sequence = eob.getItem().size() + 1;
        ItemComponent item = eob.addItem().setSequence(sequence);
        item.setProductOrService(Codings.procedure(line.code()));
        line.modifiers().forEach(m -> item.addModifier(Codings.modifier(m)));
        adjudication(item, Codings.concept(Codings.ADJUDICATION, "submitted", "Submitted Amount"), null, line.charge());
        adjudication(item, Codings.concept(Codings.ADJUDICATION, "eligible", "Eligible Amount"), null, line.allowed());
        adjudication(item, Codings.concept(Codings.ADJUDICATION, "benefit", "Benefit Amount"), null, line.paid());
        LineAdjustment largestWriteOff = null;
        for (LineAdjustment a : line.adjustments()) {
            adjudication(item, category(a), Codings.concept(Codings.CARC, a.carc(), null), a.amount());
            if (a.group() != AdjustmentGroup.PR
                    && (largestWriteOff == null || a.amount().compareTo(largestWriteOff.amount()) > 0)) {
                largestWriteOff = a;
            }
        }
        if (line.paid().signum() == 0 && largestWriteOff != null) {
            item.addAdjudication().setCategory(Codings.concept(Codings.C4BB_DISCRIMINATOR, "denialreason",
                    "Denial Reason")).setReason(Codings.concept(Codings.CARC, largestWriteOff.carc(), null));
        }
        for (String rarc : line.rarcs()) {
            int number = eob.getProcessNote().size() + 1;
            // R4 has no coded slot for a remark code on an item: the note's text is the RARC itself
            eob.addProcessNote().setNumber(number).setType(Enumerations.NoteType.DISPLAY).setText(rarc);
            item.addNoteNumber(number);
        }
    }

    /** PR-1 deductible, PR-2 coinsurance, PR-3 copay; any other adjustment is filed under its group code. */
    private static CodeableConcept category(LineAdjustment a) {
        if (a.group() == AdjustmentGroup.PR) {
            switch (a.carc()) {
                case "1":
                    return Codings.concept(Codings.ADJUDICATION, "deductible", "Deductible");
                case "2":
                    return Codings.concept(Codings.C4BB_ADJUDICATION, "coinsurance", "Coinsurance");
                case "3":
                    return Codings.concept(Codings.ADJUDICATION, "copay", "CoPay");
                default:
                    break;
            }
        }
        return Codings.concept(Codings.GROUP, a.group().name(), null);
    }

    private static void adjudication(ItemComponent item, CodeableConcept category, CodeableConcept reason,
                                     BigDecimal amount) {
        AdjudicationComponent a = item.addAdjudication().setCategory(category).setAmount(money(amount));
        if (reason != null) {
            a.setReason(reason);
        }
    }

    private static void total(ExplanationOfBenefit eob, String code, BigDecimal amount) {
        String display = switch (code) {
            case "submitted" -> "Submitted Amount";
            case "eligible" -> "Eligible Amount";
            default -> "Benefit Amount";
        };
        eob.addTotal().setCategory(Codings.concept(Codings.ADJUDICATION, code, display)).setAmount(money(amount));
    }

    private static Money money(BigDecimal amount) {
        Money m = new Money();
        m.setValue(amount);
        m.setCurrency("USD");
        return m;
    }
}
