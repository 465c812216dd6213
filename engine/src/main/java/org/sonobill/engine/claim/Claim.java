package org.sonobill.engine.claim;

import java.time.LocalDate;
import java.util.List;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Patient;

/**
 * A claim as the scrubber sees it, whether built from coded studies, read from JSON or (later) from an 837.
 *
 * @param id the claim's own id (837 CLM01, the patient control number)
 * @param claimType professional (837P) or institutional (837I)
 * @param payer the payer rule pack
 * @param patientId the patient's id within the practice (for MUE totals across claims)
 * @param patient sex and birth date
 * @param billingNpi billing provider NPI (loop 2010AA)
 * @param renderingNpi rendering provider NPI (loop 2310B), or null
 * @param orderingNpi ordering/referring provider NPI (loop 2310A / 2420E), or null
 * @param placeOfService two-digit place of service (CLM05-1 on 837P)
 * @param frequency claim frequency code: 1 original, 7 replacement, 8 void (CLM05-3)
 * @param originalClaimNumber the payer's claim number of the claim replaced or voided (REF*F8), or null
 * @param priorAuthorization the payer's prior authorisation number (REF*G1), or null
 * @param state the two-letter state where the service was furnished (service facility or billing provider N4), which
 *     decides the Medicare contractor whose coverage articles apply; null when unknown
 * @param pricingLocality the Medicare fee-schedule locality as {@code MAC-locality} (e.g. {@code 10112-00}), or null
 *     for national amounts
 * @param diagnoses ICD-10-CM codes, first-listed first (HI, up to 12)
 * @param lines service lines
 * @param overrides findings a person decided to let pass, with the reason, who and when
 */
public record Claim(String id, ClaimType claimType, String payer, String patientId, Patient patient, String billingNpi,
                    String renderingNpi, String orderingNpi, String placeOfService, String frequency,
                    String originalClaimNumber, String priorAuthorization, String state, String pricingLocality,
                    List<String> diagnoses, List<ClaimLine> lines, List<Override> overrides) {
    public Claim {
        claimType = claimType == null ? ClaimType.PROFESSIONAL : claimType;
        payer = payer == null ? "medicare" : payer;
        patient = patient == null ? Patient.UNKNOWN : patient;
        frequency = frequency == null ? "1" : frequency;
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** A claim without overrides. */
    public Claim(String id, ClaimType claimType, String payer, String patientId, Patient patient, String billingNpi,
                 String renderingNpi, String orderingNpi, String placeOfService, String frequency,
                 String originalClaimNumber, List<String> diagnoses, List<ClaimLine> lines) {
        this(id, claimType, payer, patientId, patient, billingNpi, renderingNpi, orderingNpi, placeOfService, frequency,
                originalClaimNumber, null, null, null, diagnoses, lines, List.of());
    }

    /** The same claim with one more override. */
    public Claim withOverride(Override o) {
        List<Override> all = new java.util.ArrayList<>(overrides);
        all.add(o);
        return new Claim(id, claimType, payer, patientId, patient, billingNpi, renderingNpi, orderingNpi, placeOfService,
                frequency, originalClaimNumber, priorAuthorization, state, pricingLocality, diagnoses, lines, all);
    }

    /** The same claim with other lines (a payer rule's correction, a corrected claim). */
    public Claim withLines(List<ClaimLine> other) {
        return new Claim(id, claimType, payer, patientId, patient, billingNpi, renderingNpi, orderingNpi, placeOfService,
                frequency, originalClaimNumber, priorAuthorization, state, pricingLocality, diagnoses, other, overrides);
    }

    /** The diagnoses a line points to, in pointer order (pointers outside the list are skipped). */
    public List<String> diagnosesOf(ClaimLine line) {
        List<String> out = new java.util.ArrayList<>(line.pointers().size());
        for (int p : line.pointers()) {
            if (p >= 1 && p <= diagnoses.size()) {
                out.add(diagnoses.get(p - 1));
            }
        }
        return out;
    }

    /** The dates of service of the lines, earliest first. */
    public List<LocalDate> datesOfService() {
        if (!lines.isEmpty() && lines.get(0).dateOfService() != null
                && lines.stream().allMatch(l -> lines.get(0).dateOfService().equals(l.dateOfService()))) {
            return List.of(lines.get(0).dateOfService());
        }
        return lines.stream().map(ClaimLine::dateOfService).distinct().sorted().toList();
    }
}
