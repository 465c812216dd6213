package org.sonobill.server.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.sonobill.engine.study.BillingRole;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.report.IncomingReport;
import org.sonobill.server.study.StudyRequests.PatientInput;
import org.sonobill.server.web.ApiException;

/** What {@code POST /api/reports} accepts. */
public final class ReportRequests {
    private ReportRequests() {
    }

    /**
     * A dictated report to read, code and keep as a study.
     *
     * @param accession the accession number (unique in the organisation)
     * @param patient who the study is of
     * @param technologist the sonographer, if known
     * @param reportText the report as dictated or transcribed
     * @param context what the order and the encounter say (all optional; the text decides the rest)
     */
    public record ReportRequest(String accession, PatientInput patient, String technologist, String reportText,
                                ReportContext context) {
    }

    /**
     * The billing context around a report.
     *
     * @param placeOfService the CMS place-of-service code (22, 11, 23...)
     * @param claimType professional or institutional
     * @param billingRole global, professional or technical
     * @param payer the payer rule pack (medicare, commercial, commercial-hmo)
     * @param dateOfService the date of the study (else a date in the text)
     * @param orderedCode the CPT code ordered
     * @param orderingNpi the ordering clinician's NPI
     * @param interpretingNpi the interpreting physician's NPI
     */
    public record ReportContext(String placeOfService, String claimType, String billingRole, String payer,
                                LocalDate dateOfService, String orderedCode, String orderingNpi,
                                String interpretingNpi) {
    }

    /** The report as the reader takes it, the context checked field by field (400 naming the field). */
    static IncomingReport incoming(ReportRequest r, Set<String> payers) {
        if (r.reportText() == null || r.reportText().isBlank()) {
            throw ApiException.badField("reportText", "expected the report's text as dictated or transcribed");
        }
        ReportContext c = r.context() == null ? new ReportContext(null, null, null, null, null, null, null, null)
                : r.context();
        String pos = blankToNull(c.placeOfService());
        if (pos != null && !pos.matches("\\d{2}")) {
            throw ApiException.badField("context.placeOfService", "expected a two-digit CMS place-of-service code "
                    + "such as \"22\" or \"11\"");
        }
        ClaimType type = pick("context.claimType", c.claimType(), ClaimType.values(), ClaimType::key);
        BillingRole role = pick("context.billingRole", c.billingRole(), BillingRole.values(), BillingRole::key);
        String payer = blankToNull(c.payer());
        if (payer != null && !payers.contains(payer.toLowerCase(Locale.ROOT))) {
            throw ApiException.badField("context.payer", "expected a payer rule pack, one of "
                    + new java.util.TreeSet<>(payers));
        }
        String ordered = blankToNull(c.orderedCode());
        if (ordered != null && !ordered.toUpperCase(Locale.ROOT).matches("[0-9A-Z]\\d{3}[0-9A-Z]")) {
            throw ApiException.badField("context.orderedCode", "expected a five-character CPT code such as 76700");
        }
        String orderingNpi = npi("context.orderingNpi", c.orderingNpi());
        String interpretingNpi = npi("context.interpretingNpi", c.interpretingNpi());
        return new IncomingReport(r.accession(), r.reportText(), pos, type, role,
                payer == null ? null : payer.toLowerCase(Locale.ROOT), c.dateOfService(), null,
                ordered == null ? null : ordered.toUpperCase(Locale.ROOT), null, orderingNpi, interpretingNpi, null);
    }

    private static String npi(String field, String value) {
        String v = blankToNull(value);
        if (v != null && !v.matches("\\d{10}")) {
            throw ApiException.badField(field, "expected a ten-digit NPI");
        }
        return v;
    }

    private static <E> E pick(String field, String value, E[] values, java.util.function.Function<E, String> key) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        for (E e : values) {
            if (key.apply(e).equalsIgnoreCase(v)) {
                return e;
            }
        }
        throw ApiException.badField(field, "expected one of " + java.util.Arrays.stream(values).map(key).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
