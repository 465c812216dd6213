package org.sonobill.engine.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the coding engine reads about one study: the structured form of the report, the order and the
 * billing context. The JSON form is published as {@code docs/study.schema.json}.
 *
 * <p>Nullable fields: {@code billingRole} (then decided by place of service), {@code exam} (a procedure-only
 * study), {@code laterality}, {@code comparison}, {@code obstetric}, {@code echo}, {@code orderedCode},
 * {@code orderingNpi}, {@code target}, {@code limb}, {@code title}.
 */
public record StudyDocumentation(
        String id,
        LocalDate dateOfService,
        String placeOfService,
        ClaimType claimType,
        BillingRole billingRole,
        String payer,
        Patient patient,
        String exam,
        Laterality laterality,
        Set<Approach> approaches,
        boolean pointOfCare,
        Indication indication,
        Map<String, ElementStatus> elements,
        Doppler doppler,
        Images images,
        List<Measurement> measurements,
        Comparison comparison,
        Obstetric obstetric,
        Echo echo,
        List<Procedure> procedures,
        Report report,
        String orderingNpi,
        String orderedCode,
        List<PriorStudy> priorSameDay,
        String target,
        String limb,
        boolean dynamic,
        String title) {

    public StudyDocumentation {
        claimType = claimType == null ? ClaimType.PROFESSIONAL : claimType;
        payer = payer == null || payer.isBlank() ? "medicare" : payer;
        patient = patient == null ? Patient.UNKNOWN : patient;
        approaches = approaches == null ? Set.of() : Set.copyOf(approaches);
        indication = indication == null ? Indication.NONE : indication;
        elements = elements == null ? Map.of() : Map.copyOf(elements);
        doppler = doppler == null ? Doppler.NONE : doppler;
        images = images == null ? Images.NONE : images;
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        report = report == null ? Report.NONE : report;
        priorSameDay = priorSameDay == null ? List.of() : List.copyOf(priorSameDay);
    }

    /** The status of one element, or null when the report does not mention it. */
    public ElementStatus element(String key) {
        return elements.get(key);
    }

    /** A copy with other elements: used by tests and what-if previews ("what if the spleen were documented"). */
    public StudyDocumentation withElements(Map<String, ElementStatus> other) {
        return new StudyDocumentation(id, dateOfService, placeOfService, claimType, billingRole, payer, patient, exam,
                laterality, approaches, pointOfCare, indication, other, doppler, images, measurements, comparison,
                obstetric, echo, procedures, report, orderingNpi, orderedCode, priorSameDay, target, limb, dynamic,
                title);
    }
}
