package org.sonobill.engine.scrub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sonobill.engine.catalogue.CodeKind;
import org.sonobill.engine.catalogue.UltrasoundCode;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.provider.Npi;
import org.sonobill.engine.reference.IcdCode;
import org.sonobill.engine.reference.IcdCodeSet;
import org.sonobill.engine.reference.PlaceOfService;

/** The claim-level checks a clearinghouse runs before anything else, each a small rule of its own. */
final class ClaimChecks {
    private ClaimChecks() {
    }

    static List<ClaimRule> all() {
        return List.of(new NpiRule(), new OrderingProviderRule(), new PlaceOfServiceRule(), new DatesRule(),
                new DiagnosesRule(), new PointersRule(), new DuplicateLineRule(), new FrequencyRule(), new SexAgeRule(), new BilateralModifierRule());
    }

    /** Every NPI passes its check digit (CMS NPI standard: Luhn with prefix 80840). */
    static final class NpiRule implements ClaimRule {
        @Override
        public List<Finding> check(ClaimSheet s) {
            List<Finding> out = null;
            out = npi(s, "billing", s.claim.billingNpi(), out);
            out = npi(s, "rendering", s.claim.renderingNpi(), out);
            out = npi(s, "ordering", s.claim.orderingNpi(), out);
            return out == null ? List.of() : out;
        }

        private List<Finding> npi(ClaimSheet s, String role, String npi, List<Finding> out) {
            if (npi == null || Npi.valid(npi)) { // ten digits and a Luhn sum: cheaper than any cache
                return out;
            }
            List<Finding> o = out == null ? new ArrayList<>(1) : out;
            o.add(s.claimFinding(FindingCode.CLAIM_NPI_INVALID, name(), "The " + role + " NPI " + npi
                    + " fails the NPI check digit.", "Correct the NPI (look it up in NPPES).",
                    "CMS NPI check-digit standard (Luhn, prefix 80840)"));
            return o;
        }
    }

    /** Diagnostic imaging needs the ordering provider (reference US-DOC-014; CO-16 with N264/N265). */
    static final class OrderingProviderRule implements ClaimRule {
        @Override
        public List<Finding> check(ClaimSheet s) {
            if (s.claim.orderingNpi() != null) {
                return List.of();
            }
            for (ClaimLine l : s.claim.lines()) {
                UltrasoundCode c = s.catalogue.code(l.code());
                if (c != null && (c.kind() == CodeKind.DIAGNOSTIC || c.kind() == CodeKind.ADDON_DIAGNOSTIC)) {
                    return List.of(s.about(l, FindingCode.CLAIM_ORDERING_PROVIDER_MISSING, name(),
                            "diagnostic imaging on a claim with no ordering provider.",
                            "Add the ordering clinician's name and NPI (837P loop 2310A).",
                            "CMS-1500 items 17/17b; reference US-DOC-014 (CO-16 N264/N265)"));
                }
            }
            return List.of();
        }
    }

    /** The place of service exists, and 26/TC fit the claim type and place (reference d.1). */
    static final class PlaceOfServiceRule implements ClaimRule {
        @Override
        public List<Finding> check(ClaimSheet s) {
            List<Finding> out = new ArrayList<>();
            LocalDate dos = s.lastDate();
            PlaceOfService pos = s.reference.placesOfService(dos).table().get(s.claim.placeOfService());
            if (pos == null) {
                out.add(s.claimFinding(FindingCode.CLAIM_POS_UNKNOWN, name(),
                        "Place of service " + s.claim.placeOfService() + " is not on the CMS list.",
                        "Use the CMS code of where the patient was seen.", "CMS Place of Service Code Set"));
                return out;
            }
            for (ClaimLine l : s.claim.lines()) {
                boolean component = l.has("26") || l.has("TC");
                if (s.institutional && component) {
                    out.add(s.about(l, FindingCode.CLAIM_COMPONENT_INCONSISTENT, name(),
                            "26 or TC on an institutional claim: the facility bills its part without component modifiers.",
                            "Remove the modifier; bill the interpretation on a professional claim.",
                            "CMS Claims Processing Manual ch. 4; reference d.1"));
                } else if (!s.institutional && pos.facility() && l.has("TC")) {
                    out.add(s.about(l, FindingCode.CLAIM_COMPONENT_INCONSISTENT, name(),
                            "TC on a professional claim from a facility place of service (" + pos.code() + ").",
                            "The hospital bills the technical part on its 837I; bill 26 here.",
                            "CMS Claims Processing Manual ch. 13; reference d.1 (US-POS-001)"));
                } else if (!s.institutional && pos.facility() && !component && l.dateOfService() != null
                        && splitsIntoComponents(s, l)) {
                    out.add(s.about(l, FindingCode.CLAIM_COMPONENT_INCONSISTENT, name(),
                            "billed globally (no 26) on a professional claim from a facility place of service ("
                                    + pos.code() + "): the facility owns the equipment and bills the technical part.",
                            "Add modifier 26: the physician bills the interpretation only.",
                            "CMS Claims Processing Manual ch. 13 §20; MPFS PC/TC indicator 1; reference d.1 (US-POS-001, CO-5)"));
                }
            }
            return out;
        }
    }

    /** One diagnosis against the code set of one date, reported once per code set. */
    private static void checkDiagnosis(ClaimSheet s, String d, LocalDate date, Set<String> reported, List<Finding> out) {
        IcdCodeSet icd = s.icd(date);
        IcdCode c = icd.get(d);
        if ((c == null || !c.billable()) && (reported == null || reported.add(icd.label()))) {
            out.add(s.claimFinding(FindingCode.CLAIM_DIAGNOSIS_INVALID, "Diagnoses",
                    d + (c == null ? " is not an ICD-10-CM code in " : " is a header, not billable, in ")
                            + icd.label() + " (in force on " + date + ").",
                    "Use a valid, billable code of the code set in force on the date of service.",
                    "ICD-10-CM Official Guidelines; HIPAA code-set rule (45 CFR 162.1002)"));
        }
    }

    /**
     * Modifier 50 only where the MPFS bilateral indicator allows it (1 or 3): on indicator 0 only one side is paid, on
     * 2 the code is already bilateral, on 9 the concept does not apply (PFS relative value file documentation; CMS
     * Claims Processing Manual ch. 12 §40.7; reference e.4).
     */
    static final class BilateralModifierRule implements ClaimRule {
        @Override
        public List<Finding> check(ClaimSheet s) {
            List<Finding> out = null;
            for (ClaimLine l : s.claim.lines()) {
                if (!l.has("50") || l.dateOfService() == null || !s.reference.has(org.sonobill.engine.reference.DatasetKind.RVU)) {
                    continue;
                }
                org.sonobill.engine.reference.RvuRow r = s.reference.feeSchedule(l.dateOfService()).table().global(l.code());
                if (r == null || r.bilateral() == 1 || r.bilateral() == 3) {
                    continue;
                }
                String why = switch (r.bilateral()) {
                    case 0 -> "bilateral indicator 0: a second side is not paid";
                    case 2 -> "bilateral indicator 2: the code already describes both sides";
                    default -> "bilateral indicator " + r.bilateral() + ": the bilateral concept does not apply";
                };
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                out.add(s.about(l, FindingCode.CLAIM_BILATERAL_MODIFIER_INVALID, name(), "modifier 50 on " + l.code()
                                + " (" + why + ").",
                        r.bilateral() == 0 ? "Bill one side; if both sides were examined and the code is per side, the "
                                + "payer's policy decides whether RT and LT lines are payable." : "Remove modifier 50.",
                        "MPFS relative value file, BILAT SURG indicator; CMS Claims Processing Manual ch. 12 §40.7; reference e.4"));
            }
            return out == null ? List.of() : out;
        }
    }

    /** True when the fee schedule splits the code into professional and technical components (PC/TC indicator 1). */
    private static boolean splitsIntoComponents(ClaimSheet s, ClaimLine l) {
        if (!s.reference.has(org.sonobill.engine.reference.DatasetKind.RVU)) {
            return false;
        }
        org.sonobill.engine.reference.RvuRow r = s.reference.feeSchedule(l.dateOfService()).table().global(l.code());
        return r != null && r.pcTcIndicator() == 1;
    }

    /** No date in the future; within the payer's timely-filing limit (Medicare: 12 months, 42 CFR 424.44). */
    static final class DatesRule implements ClaimRule {
        @Override
        public List<Finding> check(ClaimSheet s) {
            List<Finding> out = new ArrayList<>();
            for (ClaimLine l : s.claim.lines()) {
                if (l.dateOfService() == null) {
                    continue;
                }
                if (l.dateOfService().isAfter(s.context.asOf())) {
                    out.add(s.about(l, FindingCode.CLAIM_DATE_IN_FUTURE, name(),
                            "date of service " + l.dateOfService() + " is after " + s.context.asOf() + ".",
                            "Correct the date of service; a service is billed after it is performed.",
                            "X12 837 DTP*472; payer edits"));
                } else if (s.payer != null && s.context.asOf().isAfter(filingLimit(s, l.dateOfService()))) {
                    boolean medicare = "medicare".equals(s.payer.id());
                    out.add(s.about(l, FindingCode.CLAIM_TIMELY_FILING, name(),
                            "date of service " + l.dateOfService() + " is more than "
                                    + (medicare ? "12 months" : s.payer.timelyFilingDays() + " days") + " before "
                                    + s.context.asOf() + ": past " + s.payer.name() + "'s timely-filing limit (not appealable).",
                            "Write the line off unless a timely-filing exception applies (retroactive eligibility, "
                                    + "administrative error); keep the proof of timely submission if you have it.",
                            medicare ? "42 CFR 424.44; reference g.2 (CO-29)"
                                    : "payer pack " + s.payer.id() + " (timelyFilingDays " + s.payer.timelyFilingDays()
                                    + "); reference g.2 (CO-29)"));
                }
            }
            return out;
        }

        /** The last day a claim is timely: Medicare counts one calendar year (42 CFR 424.44), others their days. */
        private static LocalDate filingLimit(ClaimSheet s, LocalDate dos) {
            return "medicare".equals(s.payer.id()) ? dos.plusYears(1) : dos.plusDays(s.payer.timelyFilingDays());
        }
    }

    /** Diagnoses present, at most 12, each valid and billable in the code set of the date of service. */
    static final class DiagnosesRule implements ClaimRule {
        @Override
        public List<Finding> check(ClaimSheet s) {
            List<Finding> out = new ArrayList<>();
            if (s.claim.diagnoses().isEmpty()) {
                out.add(s.claimFinding(FindingCode.CLAIM_DIAGNOSIS_INVALID, name(), "The claim has no diagnosis.",
                        "Add the ICD-10-CM codes that support the services.", "X12 837 HI; ICD-10-CM guidelines IV"));
                return out;
            }
            if (s.claim.diagnoses().size() > 12) {
                out.add(s.claimFinding(FindingCode.CLAIM_TOO_MANY_DIAGNOSES, name(),
                        "The claim has " + s.claim.diagnoses().size() + " diagnoses; a claim holds 12.",
                        "Keep the 12 that support the lines; split the claim otherwise.", "X12 837P 005010X222A1 HI"));
            }
            // each diagnosis is checked against the code set in force on the dates of the lines that point to it
            // (45 CFR 162.1002: the code set of the date of service); an unpointed one against the last date
            boolean oneDate = true;
            for (ClaimLine l : s.claim.lines()) {
                oneDate &= s.lastDate().equals(l.dateOfService());
            }
            for (int i = 0; i < s.claim.diagnoses().size(); i++) {
                String d = s.claim.diagnoses().get(i);
                if (oneDate) {
                    ClaimChecks.checkDiagnosis(s, d, s.lastDate(), null, out);
                    continue;
                }
                Set<LocalDate> dates = new java.util.TreeSet<>();
                for (ClaimLine l : s.claim.lines()) {
                    if (l.dateOfService() != null && l.pointers().contains(i + 1)) {
                        dates.add(l.dateOfService());
                    }
                }
                if (dates.isEmpty()) {
                    dates.add(s.lastDate());
                }
                Set<String> reported = new HashSet<>();
                for (LocalDate date : dates) {
                    ClaimChecks.checkDiagnosis(s, d, date, reported, out);
                }
            }
            return out;
        }
    }

    /** Each line points to one to four of the claim's diagnoses (837P SV107). */
    static final class PointersRule implements ClaimRule {
        @Override
        public List<Finding> check(ClaimSheet s) {
            List<Finding> out = new ArrayList<>();
            int n = s.claim.diagnoses().size();
            for (ClaimLine l : s.claim.lines()) {
                boolean bad = l.pointers().isEmpty() || l.pointers().size() > 4
                        || l.pointers().stream().anyMatch(p -> p < 1 || p > n);
                if (bad) {
                    out.add(s.about(l, FindingCode.CLAIM_POINTER_INVALID, name(),
                            "diagnosis pointers " + l.pointers() + " are not one to four of the claim's " + n + " diagnoses.",
                            "Point the line to the diagnoses that support it.", "X12 837P 005010X222A1 SV107"));
                }
            }
            return out;
        }
    }

    /** Two lines with the same code, modifiers and date are denied as duplicates (CO-18; reference g.1). */
    static final class DuplicateLineRule implements ClaimRule {
        @Override
        public List<Finding> check(ClaimSheet s) {
            if (s.claim.lines().size() < 2) {
                return List.of();
            }
            List<Finding> out = new ArrayList<>();
            Set<List<Object>> seen = new HashSet<>();
            for (ClaimLine l : s.claim.lines()) {
                List<String> mods = l.modifiers().size() < 2 ? l.modifiers() : l.modifiers().stream().sorted().toList();
                if (!seen.add(List.of(l.code(), mods, String.valueOf(l.dateOfService())))) {
                    out.add(s.about(l, FindingCode.CLAIM_DUPLICATE_LINE, name(),
                            "same code, modifiers and date as an earlier line: denied as a duplicate (CO-18).",
                            "Combine the units on one line, or add 76/77, RT/LT or XS where the services differ.",
                            "Reference g.1 (CO-18); CPT modifiers 76/77"));
                }
            }
            return out;
        }
    }

    /** A replacement or void carries the payer's claim number (reference g.3). */
    static final class FrequencyRule implements ClaimRule {
        @Override
        public List<Finding> check(ClaimSheet s) {
            String f = s.claim.frequency();
            if ((f.equals("7") || f.equals("8")) && (s.claim.originalClaimNumber() == null
                    || s.claim.originalClaimNumber().isBlank())) {
                return List.of(s.claimFinding(FindingCode.CLAIM_ORIGINAL_NUMBER_MISSING, name(),
                        "A " + (f.equals("7") ? "replacement (7)" : "void (8)") + " claim without the payer's original "
                                + "claim number.",
                        "Add the payer's claim number from the 835 (CLP07) or 277CA as originalClaimNumber (REF*F8).",
                        "X12 837 CLM05-3 and REF*F8; reference g.3"));
            }
            return List.of();
        }
    }

    /**
     * Diagnoses and procedures that fit the patient's sex and age (CMS Medicare Code Editor and OCE sex and age edits):
     * obstetric codes, transvaginal and sonohysterography are female; scrotal ultrasound is male; infant head and
     * infant hip ultrasound are for infants.
     */
    static final class SexAgeRule implements ClaimRule {
        private static final Set<String> FEMALE = Set.of("76801", "76802", "76805", "76810", "76811", "76812", "76813",
                "76814", "76815", "76816", "76817", "76818", "76819", "76820", "76821", "76825", "76826", "76827",
                "76828", "76830", "76831", "76941", "76945", "76946", "76948");
        private static final Set<String> MALE = Set.of("76870", "76873");
        private static final java.util.Map<String, Integer> MAX_AGE_MONTHS = java.util.Map.of("76506", 24, "76885", 12,
                "76886", 12);

        @Override
        public List<Finding> check(ClaimSheet s) {
            List<Finding> out = new ArrayList<>();
            org.sonobill.engine.study.Sex sex = s.claim.patient().sex();
            String src = "CMS Medicare Code Editor / OCE sex and age edits";
            if (sex != org.sonobill.engine.study.Sex.U) {
                for (String d : s.claim.diagnoses()) {
                    String n = IcdCode.normalise(d);
                    boolean female = org.sonobill.engine.reference.IcdSexEdits.femaleOnly(n);
                    boolean male = org.sonobill.engine.reference.IcdSexEdits.maleOnly(n);
                    if (sex == org.sonobill.engine.study.Sex.M && female || sex == org.sonobill.engine.study.Sex.F && male) {
                        out.add(s.claimFinding(FindingCode.CLAIM_SEX_AGE_INCONSISTENT, name(),
                                d + " is a diagnosis of " + (female ? "female anatomy or pregnancy" : "male anatomy")
                                        + " but the patient's sex is " + sex + ".",
                                "Correct the diagnosis or the patient's sex.", src));
                    }
                }
                for (ClaimLine l : s.claim.lines()) {
                    boolean wrong = sex == org.sonobill.engine.study.Sex.M && FEMALE.contains(l.code())
                            || sex == org.sonobill.engine.study.Sex.F && MALE.contains(l.code());
                    if (wrong) {
                        out.add(s.about(l, FindingCode.CLAIM_SEX_AGE_INCONSISTENT, name(),
                                "a procedure of " + (MALE.contains(l.code()) ? "male" : "female") + " anatomy for a patient "
                                        + "recorded as " + sex + ".", "Correct the code or the patient's sex.", src));
                    }
                }
            }
            java.time.LocalDate born = s.claim.patient().birthDate();
            for (ClaimLine l : s.claim.lines()) {
                Integer max = MAX_AGE_MONTHS.get(l.code());
                if (born != null && max != null && l.dateOfService() != null
                        && java.time.temporal.ChronoUnit.MONTHS.between(born, l.dateOfService()) > max) {
                    out.add(s.about(l, FindingCode.CLAIM_SEX_AGE_INCONSISTENT, name(),
                            "an infant study for a patient born " + born + ".", "Check the birth date or the code.", src));
                }
            }
            return out;
        }
    }
}
