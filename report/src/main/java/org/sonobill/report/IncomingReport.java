package org.sonobill.report;

import java.time.LocalDate;
import java.util.Objects;
import org.sonobill.engine.study.BillingRole;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Patient;

/**
 * A report as it arrives, by any route (a text file, an HL7 v2 ORU^R01, a FHIR DiagnosticReport): the report's text
 * and what the message around it says. Every field but {@code text} may be null: the reader then decides from the
 * text alone, and the billing context falls back to the engine's defaults (Medicare, professional claim).
 *
 * @param id the accession or file name that identifies the study
 * @param text the report as dictated or transcribed; offsets of every {@link Evidence} point into this string
 * @param placeOfService the CMS place-of-service code of the encounter (22, 11, 23...)
 * @param claimType professional (837P) or institutional (837I)
 * @param billingRole professional, technical or global; null decides by place of service
 * @param payer the payer pack key (medicare, commercial...)
 * @param dateOfService the date of the study (HL7 OBR-7, FHIR effective[x]); when null, a date in the text is used
 * @param patient sex and birth date (HL7 PID-7/8, FHIR Patient); never a name or a record number
 * @param orderedCode the CPT code of the order (HL7 OBR-4, FHIR ServiceRequest.code), or null
 * @param orderedText the order's or exam's title as sent (OBR-4.2, DiagnosticReport.code.text), or null
 * @param orderingNpi the ordering provider's NPI (OBR-16, ServiceRequest.requester), or null
 * @param interpretingNpi the interpreting physician's NPI (OBR-32, DiagnosticReport.resultsInterpreter), or null
 * @param signed the result is final (OBR-25 F, DiagnosticReport.status final); null when the route does not say
 */
public record IncomingReport(String id, String text, String placeOfService, ClaimType claimType,
                             BillingRole billingRole, String payer, LocalDate dateOfService, Patient patient,
                             String orderedCode, String orderedText, String orderingNpi, String interpretingNpi,
                             Boolean signed) {

    public IncomingReport {
        Objects.requireNonNull(text, "text");
    }

    /** A report known only by its text (a file), with the billing context of the command line. */
    public static IncomingReport ofText(String id, String text) {
        return new IncomingReport(id, text, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A copy with another billing context: place of service, claim type, role, payer and date. */
    public IncomingReport withContext(String pos, ClaimType type, BillingRole role, String payerKey, LocalDate date) {
        return new IncomingReport(id, text, pos, type, role, payerKey, date, patient, orderedCode, orderedText,
                orderingNpi, interpretingNpi, signed);
    }
}
