package org.sonobill.engine.coding.internal;

import java.util.List;
import java.util.Set;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.finding.Severity;
import org.sonobill.engine.provider.Npi;

/**
 * The documentation every diagnostic ultrasound needs before it is billed (reference US-DOC-001..017): each check a
 * small rule of its own, listed here because they share nothing but their subject.
 */
final class DocumentationRules {
    private static final String DOC001 = "CPT diagnostic ultrasound guidelines (written report, permanent images); "
            + "reference US-DOC-001";

    private DocumentationRules() {
    }

    /** The documentation rules in the order their findings are most useful. */
    static List<CodingRule> all() {
        return List.of(new PlaceOfServiceRule(), new InstitutionalClaimRule(), new PatientAgeRule(), new IndicationRule(), new StoredImagesRule(), new CineRule(),
                new SignedReportRule(), new InterpretingProviderRule(), new OrderingProviderRule(),
                new PointOfCareRule(), new OrderRule(), new ComparisonRule(), new MeasurementsRule());
    }

    /** The place of service must be on the CMS list. */
    static final class PlaceOfServiceRule implements CodingRule {
        @Override
        public void apply(Worksheet w) {
            if (!w.posKnown) {
                w.add(FindingCode.PLACE_OF_SERVICE_UNKNOWN, name(),
                        "Place of service " + w.study.placeOfService() + " is not on the CMS place-of-service list.",
                        "Use the two-digit CMS code of where the patient was imaged (11 office, 22 outpatient hospital, "
                                + "23 emergency department...).", "CMS Place of Service Code Set");
            }
        }
    }

    /** An institutional claim carries the facility's technical part, never the interpretation (reference d.1). */
    static final class InstitutionalClaimRule implements CodingRule {
        @Override
        public void apply(Worksheet w) {
            if (!w.institutional) {
                return;
            }
            if (w.study.billingRole() == org.sonobill.engine.study.BillingRole.PROFESSIONAL) {
                w.add(FindingCode.INSTITUTIONAL_ROLE_INCONSISTENT, name(),
                        "An institutional claim (837I) for the professional component: the interpretation is billed by the "
                                + "reading clinician on a professional claim (837P) with modifier 26.",
                        "Bill the hospital's technical part on the 837I, and the interpretation on an 837P.",
                        "CMS Claims Processing Manual ch. 4 (OPPS) and ch. 13; reference d.1");
            }
            if ("21".equals(w.study.placeOfService())) {
                w.add(FindingCode.INPATIENT_TECHNICAL_BUNDLED, name(),
                        "Place of service 21 (inpatient hospital): the hospital's technical services of an inpatient stay "
                                + "are paid within the inpatient claim (DRG), not as outpatient ultrasound lines.",
                        "Report the service on the inpatient claim, or correct the place of service if the patient was "
                                + "an outpatient.", "CMS Claims Processing Manual ch. 3 (inpatient); reference d.1");
            }
        }
    }

    /** Exams meant for infants (76506 through the fontanelle, 76885/76886 infant hips) on an older patient. */
    static final class PatientAgeRule implements CodingRule {
        @Override
        public void apply(Worksheet w) {
            java.time.LocalDate born = w.study.patient().birthDate();
            String months = w.family == null ? null : w.family.text("maxAgeMonths");
            if (born == null || months == null || !w.hasExamLines() || w.dos == null) {
                return;
            }
            long age = java.time.temporal.ChronoUnit.MONTHS.between(born, w.dos);
            if (age > Long.parseLong(months)) {
                w.add(FindingCode.PATIENT_AGE_INCONSISTENT, name(),
                        w.family.name() + " is an infant study, but the patient is " + (age / 12) + " years old.",
                        "Check the birth date, or code the study that was done.", w.family.source());
            }
        }
    }

    /** Medical necessity: an indication, carried by ICD-10-CM codes (US-DOC-001, US-DOC-017; 42 CFR 410.32). */
    static final class IndicationRule implements CodingRule {
        @Override
        public void apply(Worksheet w) {
            if (w.study.indication().isEmpty()) {
                w.add(FindingCode.INDICATION_MISSING, name(),
                        "No clinical indication is recorded: medical necessity is not documented.",
                        "Record the reason for the study (signs, symptoms or known diagnosis) from the order.",
                        "42 CFR 410.32 (ordering clinician documents necessity); reference US-DOC-001, US-DOC-017");
            } else if (w.study.indication().icd10().isEmpty()) {
                w.add(FindingCode.DIAGNOSIS_CODE_MISSING, name(),
                        "The indication \"" + w.study.indication().text() + "\" has no ICD-10-CM code for the claim.",
                        "Code the indication (or the definitive findings of the signed report) in ICD-10-CM.",
                        "ICD-10-CM Official Guidelines, Section IV (diagnostic services)");
            }
        }
    }

    /** Permanently stored images for a diagnostic exam (US-DOC-001, US-DOC-002). */
    static final class StoredImagesRule implements CodingRule {
        @Override
        public void apply(Worksheet w) {
            if (w.hasExamLines() && w.study.images().stored() <= 0) {
                w.add(FindingCode.IMAGES_NOT_STORED, name(),
                        "No permanently stored images: a diagnostic ultrasound without archived images is not separately "
                                + "billable.",
                        "Archive the images of the relevant anatomy and findings in PACS, then record the count.", DOC001);
            }
        }
    }

    /** Codes that require cine clips (76883: nerve along its course with cine). */
    static final class CineRule implements CodingRule {
        @Override
        public void apply(Worksheet w) {
            if (w.family != null && w.family.flag("needsCine") && w.hasExamLines() && w.study.images().cine() <= 0) {
                w.add(FindingCode.CINE_NOT_STORED, name(),
                        w.family.name() + " requires cine clips of the nerve's course; none are stored.",
                        "Store cine clips of the nerve along its course.", w.family.source());
            }
        }
    }

    /** A final, signed report. */
    static final class SignedReportRule implements CodingRule {
        @Override
        public void apply(Worksheet w) {
            if (!w.lines.isEmpty() && !w.study.report().signed()) {
                w.add(FindingCode.REPORT_NOT_SIGNED, name(),
                        "The report is not signed: nothing may be billed before the final, signed interpretation.",
                        "Have the interpreting physician sign the report.", DOC001);
            }
        }
    }

    /** The interpreting clinician is identified, with a valid NPI. */
    static final class InterpretingProviderRule implements CodingRule {
        @Override
        public void apply(Worksheet w) {
            String npi = w.study.report().interpretingNpi();
            if (npi == null) {
                if (!w.lines.isEmpty()) {
                    w.add(FindingCode.INTERPRETING_PROVIDER_MISSING, name(),
                            "The interpreting clinician's NPI is not recorded.",
                            "Record who interpreted the study; the rendering provider goes on the claim.",
                            "Reference US-DOC-001 (identity of performing and interpreting clinicians)");
                }
            } else if (!Npi.valid(npi)) {
                w.add(FindingCode.NPI_INVALID, name(),
                        "Interpreting NPI " + npi + " fails the NPI check digit.",
                        "Correct the NPI (look it up in NPPES).", "CMS NPI check-digit standard (Luhn, prefix 80840)");
            }
        }
    }

    /** Medicare diagnostic imaging needs the ordering provider (US-DOC-014; CO-16 with N264/N265). */
    static final class OrderingProviderRule implements CodingRule {
        @Override
        public void apply(Worksheet w) {
            String npi = w.study.orderingNpi();
            if (npi != null && !Npi.valid(npi)) {
                w.add(FindingCode.NPI_INVALID, name(),
                        "Ordering NPI " + npi + " fails the NPI check digit.",
                        "Correct the NPI (look it up in NPPES).", "CMS NPI check-digit standard (Luhn, prefix 80840)");
                return;
            }
            if (npi != null || !w.hasExamLines()) {
                return;
            }
            Finding f = Finding.of(FindingCode.ORDERING_PROVIDER_MISSING, name(),
                    "No ordering provider: diagnostic imaging claims need the ordering clinician's name and NPI"
                            + (w.study.pointOfCare() ? " (for point-of-care studies, the treating clinician who decided on it)" : "") + ".",
                    w.study.pointOfCare() ? "Record the treating clinician as the ordering provider."
                            : "Record the ordering clinician's NPI from the order (837P loop 2310A / 2420E).",
                    "CMS-1500 items 17/17b; reference US-DOC-014 (CO-16 with N264/N265)");
            w.add(w.study.pointOfCare() ? f.withSeverity(Severity.WARNING) : f);
        }
    }

    /** Point-of-care ultrasound needs its own labelled interpretation (US-DOC-015). */
    static final class PointOfCareRule implements CodingRule {
        @Override
        public void apply(Worksheet w) {
            if (w.study.pointOfCare() && w.hasExamLines() && !w.study.report().separateInterpretation()) {
                w.add(FindingCode.POCUS_INTERPRETATION_MISSING, name(),
                        "Point-of-care ultrasound without a separate interpretation: a line in the visit note does not "
                                + "support a separate ultrasound charge.",
                        "Write a distinct, labelled ultrasound interpretation (indication, findings, impression) and "
                                + "archive the images.",
                        "ACEP Now \"Coding Wizard\" 2019; reference US-DOC-015");
            }
        }
    }

    /** Order ↔ performed reconciliation: another exam than ordered; Doppler without a duplex order (US-DOC-009). */
    static final class OrderRule implements CodingRule {
        @Override
        public void apply(Worksheet w) {
            String ordered = w.study.orderedCode();
            if (ordered == null || w.family == null || !w.hasExamLines()) {
                return;
            }
            boolean duplexStudy = w.family.duplex() || (w.family.selector().equals("transplant-kidney")
                    && w.study.doppler().isDuplex());
            boolean duplexOrder = isDuplexCode(ordered);
            if (duplexStudy && !duplexOrder) {
                w.add(FindingCode.DOPPLER_NOT_ORDERED, name(),
                        "A duplex study was performed but the order (" + ordered + ", " + w.catalogue.describe(ordered)
                                + ") is not for a duplex.",
                        "Obtain a duplex order, or have the reading physician state why Doppler was medically necessary.",
                        "Reference US-DOC-009 (CorroHealth July 2023); NCCI Policy Manual ch. IX");
                return;
            }
            String limited = w.family.limited();
            String complete = w.family.complete();
            if (ordered.equals(limited) && complete != null && w.hasLine(complete)) {
                w.add(FindingCode.PERFORMED_BEYOND_ORDER, name(),
                        "The order is for the limited " + ordered + " but the complete " + complete + " was performed and "
                                + "documented: the order must cover the test billed.",
                        "Obtain an order for the complete study from the treating clinician, or bill the ordered " + ordered + ".",
                        "42 CFR 410.32(a) and (d)(3) (the ordered test; changes need the treating clinician's order)");
                return;
            }
            if (!w.family.codes().contains(ordered)) {
                w.add(FindingCode.ORDER_MISMATCH, name(),
                        "The order is for " + ordered + " (" + w.catalogue.describe(ordered) + ") but the exam "
                                + "performed is " + w.family.name() + ".",
                        "Obtain an order for the exam performed, or confirm the order covers it.",
                        "42 CFR 410.32(a) (diagnostic tests must be ordered by the treating clinician)");
            }
        }
    }

    /** Non-invasive vascular duplex codes (93880-93998) and the transplant-kidney duplex 76776. */
    static boolean isDuplexCode(String code) {
        if (code.equals("76776")) {
            return true;
        }
        try {
            int n = Integer.parseInt(code);
            return n >= 93880 && n <= 93998;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Comparison with prior studies is part of a complete report (US-DOC-004). */
    static final class ComparisonRule implements CodingRule {
        @Override
        public void apply(Worksheet w) {
            if (w.hasExamLines() && w.study.comparison() == null) {
                w.add(FindingCode.COMPARISON_NOT_DOCUMENTED, name(),
                        "No comparison with a prior study is recorded.",
                        "State the prior study compared, or \"no prior studies available\".",
                        "ACR practice parameter for communication of diagnostic imaging findings; reference US-DOC-004");
            }
        }
    }

    /** Quantitative measurements expected for complete echo and complete female pelvis (US-DOC-010, US-PEL-001). */
    static final class MeasurementsRule implements CodingRule {
        private static final Set<String> EXPECTING = Set.of("93306", "93307", "76856");

        @Override
        public void apply(Worksheet w) {
            if (!w.study.measurements().isEmpty()) {
                return;
            }
            for (WorkLine l : w.lines) {
                boolean femalePelvis = l.code.equals("76856") && w.study.element("uterus") != null;
                if (EXPECTING.contains(l.code) && (!l.code.equals("76856") || femalePelvis)) {
                    w.addAbout(l.code, FindingCode.MEASUREMENTS_ADVISED, name(),
                            l.code + " is expected to carry measurements (" + (l.code.startsWith("93")
                                    ? "EF, chamber sizes, gradients" : "uterus, endometrium, ovaries") + "); none are recorded.",
                            "Record the measurements in the report; auditors look for them.",
                            l.code.startsWith("93") ? "Reference US-DOC-010" : "Reference US-PEL-001");
                    return;
                }
            }
        }
    }
}
