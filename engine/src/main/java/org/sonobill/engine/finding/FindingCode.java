package org.sonobill.engine.finding;

/**
 * Every finding the coding engine can raise, with its stable id and default severity.
 *
 * <p>Ids never change meaning once released: reports, denial trends and payer rules refer to them. Severity
 * follows the consequence: {@link Severity#ERROR} when a line we would bill is not supportable as documented
 * (the study is blocked until fixed), {@link Severity#WARNING} when a person must look (a line was dropped or
 * downgraded and the documentation may be amendable), {@link Severity#INFO} for correct-coding explanations.
 */
public enum FindingCode {
    // --- documentation (US-DOC-*) ---
    /** No clinical indication at all: medical necessity is not recorded (US-DOC-001, US-DOC-017). */
    INDICATION_MISSING("SB-DOC-001", Severity.ERROR),
    /** An indication in words but no ICD-10-CM code to put on the claim. */
    DIAGNOSIS_CODE_MISSING("SB-DOC-002", Severity.ERROR),
    /** An ICD-10-CM code that does not exist in the code set in force on the date of service. */
    DIAGNOSIS_CODE_INVALID("SB-DOC-003", Severity.ERROR),
    /** An ICD-10-CM category or subcategory header: valid but not billable. */
    DIAGNOSIS_CODE_NOT_BILLABLE("SB-DOC-004", Severity.ERROR),
    /** No permanently stored images for a diagnostic or guidance service (US-DOC-001, US-DOC-005). */
    IMAGES_NOT_STORED("SB-DOC-005", Severity.ERROR),
    /** The interpretation is not signed: nothing may be billed before the final report. */
    REPORT_NOT_SIGNED("SB-DOC-006", Severity.ERROR),
    /** A diagnostic study without the ordering provider's NPI (US-DOC-014; CO-16 with N264/N265). */
    ORDERING_PROVIDER_MISSING("SB-DOC-007", Severity.ERROR),
    /** An NPI that fails the check digit (Luhn with prefix 80840). */
    NPI_INVALID("SB-DOC-008", Severity.ERROR),
    /** Point-of-care ultrasound without a separate, labelled interpretation (US-DOC-015). */
    POCUS_INTERPRETATION_MISSING("SB-DOC-009", Severity.ERROR),
    /** The interpreting provider is not identified on the report. */
    INTERPRETING_PROVIDER_MISSING("SB-DOC-010", Severity.WARNING),
    /** The order or the report title says complete, the documentation supports only the limited code. */
    ORDERED_COMPLETE_DOCUMENTED_LIMITED("SB-DOC-011", Severity.WARNING),
    /** The performed exam is not the exam that was ordered. */
    ORDER_MISMATCH("SB-DOC-012", Severity.WARNING),
    /** A duplex study without a duplex order (US-DOC-009): needs the order or the reader's statement of necessity. */
    DOPPLER_NOT_ORDERED("SB-DOC-013", Severity.WARNING),
    /** No comparison with a prior study is recorded (US-DOC-004: report content; audit risk only). */
    COMPARISON_NOT_DOCUMENTED("SB-DOC-014", Severity.INFO),
    /** Measurements are expected for this code and none are recorded (US-DOC-010, US-PEL-001). */
    MEASUREMENTS_ADVISED("SB-DOC-015", Severity.INFO),
    /** A code that requires cine clips has none stored (76883). */
    CINE_NOT_STORED("SB-DOC-016", Severity.ERROR),
    /** A study of a paired structure with no side: the laterality modifier cannot be chosen. */
    LATERALITY_MISSING("SB-DOC-017", Severity.ERROR),
    /** More was performed than ordered (ordered limited, performed complete): the order must cover the test billed. */
    PERFORMED_BEYOND_ORDER("SB-DOC-018", Severity.WARNING),

    // --- code selection ---
    /** The study is coded limited because elements of the complete exam are not documented (US-DOC-003). */
    LIMITED_BY_ELEMENTS("SB-COD-001", Severity.INFO),
    /** An element marked not seen without a reason: it cannot count toward a complete exam (US-DOC-003). */
    ELEMENT_NOT_SEEN_WITHOUT_REASON("SB-COD-002", Severity.WARNING),
    /** Nothing in the documentation is billable. */
    NO_BILLABLE_SERVICE("SB-COD-004", Severity.ERROR),
    /** A duplex exam without B-mode, spectral and colour Doppler all documented (US-VAS-001, NCCI ch. IX). */
    DUPLEX_INCOMPLETE("SB-COD-005", Severity.ERROR),
    /** A non-obstetric pelvic code on a pregnant patient (US-OB-007). */
    PREGNANCY_NON_OB_PELVIC("SB-COD-006", Severity.ERROR),
    /** An obstetric study without the gestational age, fetus count or kind that decide its code. */
    OB_DETAILS_MISSING("SB-COD-007", Severity.ERROR),
    /** A complete echo with only one Doppler modality: 93306 needs both spectral and colour (US-ECH-001). */
    ECHO_DOPPLER_INCOMPLETE("SB-COD-008", Severity.WARNING),
    /** Modifier 52 because the service was reduced and no limited code exists (payers review 52 claims with the report). */
    REDUCED_SERVICE("SB-COD-009", Severity.WARNING),
    /** The code's anatomy or the diagnoses do not fit the patient's sex. */
    PATIENT_SEX_INCONSISTENT("SB-COD-010", Severity.ERROR),
    /** The patient's sex is not recorded and the pelvic exam was classified from its elements. */
    PATIENT_SEX_UNKNOWN("SB-COD-011", Severity.WARNING),
    /** The exam needs a field that decides its code (extremity target, duplex limb, echo extent). */
    EXAM_DETAIL_MISSING("SB-COD-012", Severity.ERROR),
    /** The gestational age does not fit the obstetric service (nuchal translucency after the first trimester...). */
    OB_GESTATIONAL_AGE_INCONSISTENT("SB-COD-013", Severity.WARNING),
    /** An AAA screening (76706) for a patient with symptoms or a known aneurysm: that is a diagnostic study (DX-05). */
    AAA_SCREENING_NOT_SCREENING("SB-COD-014", Severity.ERROR),
    /** None of the elements the code needs is documented: not even a reduced service is supported. */
    NO_ELEMENTS_DOCUMENTED("SB-COD-015", Severity.ERROR),
    /** An exam meant for infants (76506, 76885/76886) on an older patient. */
    PATIENT_AGE_INCONSISTENT("SB-COD-016", Severity.WARNING),

    // --- guidance (US-DOC-005..008, NCCI ch. IX) ---
    /** Guidance without a permanently recorded image: report the unguided procedure only (US-DOC-005). */
    GUIDANCE_NO_RECORDED_IMAGE("SB-GDE-001", Severity.WARNING),
    /** Guidance without real-time visualisation of the needle (US-DOC-006/007). */
    GUIDANCE_NOT_REAL_TIME("SB-GDE-002", Severity.WARNING),
    /** Vascular-access guidance without evaluation of sites or vessel patency (US-DOC-006). */
    VASCULAR_ACCESS_ELEMENTS_MISSING("SB-GDE-003", Severity.WARNING),
    /** The primary procedure's code already includes imaging guidance (NCCI ch. IX, US-DOC-008). */
    GUIDANCE_INCLUDED_IN_PRIMARY("SB-GDE-004", Severity.INFO),
    /** Guidance in the same anatomic region as a diagnostic study of the same date (NCCI ch. IX §H.8). */
    GUIDANCE_SAME_REGION("SB-GDE-005", Severity.INFO),
    /** A guidance procedure whose primary procedure code is not given. */
    GUIDANCE_PRIMARY_MISSING("SB-GDE-006", Severity.WARNING),
    /** Several needle procedures in one encounter: guidance is one unit per encounter (NCCI-US-04). */
    GUIDANCE_ONE_UNIT_PER_ENCOUNTER("SB-GDE-007", Severity.INFO),
    /** Guidance and a diagnostic study, but the guidance region is not documented. */
    GUIDANCE_REGION_MISSING("SB-GDE-008", Severity.WARNING),
    /**
     * A diagnostic study of the region of a same-date procedure whose code includes ultrasound guidance (e.g. a
     * breast ultrasound with 19083): separately reportable only as a distinct evaluation (NCCI ch. IX §H.8).
     */
    DIAGNOSTIC_SAME_REGION_AS_GUIDED_PROCEDURE("SB-GDE-009", Severity.WARNING),
    /**
     * Ultrasound guidance of a primary reported with its unguided code when CPT has a code that includes the
     * guidance (20610 + 76942 → 20611; 10021 + 76942 → 10005).
     */
    GUIDED_PRIMARY_CODE_EXISTS("SB-GDE-010", Severity.WARNING),

    // --- modifiers ---
    /** A global (unsplit) service billed by a practitioner at a facility place of service (US-POS-001). */
    GLOBAL_AT_FACILITY("SB-MOD-002", Severity.WARNING),
    /** A technical component on a professional claim from a hospital place of service: the hospital bills it on 837I. */
    TECHNICAL_AT_FACILITY("SB-MOD-003", Severity.ERROR),
    /** A same-day repeat of the same study: 76 or 77 and the reason for the repeat must be documented. */
    REPEAT_PROCEDURE("SB-MOD-004", Severity.INFO),
    /** A distinct-service modifier was added because an NCCI pair allows it and the services are distinct. */
    DISTINCT_SERVICE_MODIFIER("SB-MOD-005", Severity.INFO),
    /** An institutional claim for the professional component: the interpretation goes on a professional claim. */
    INSTITUTIONAL_ROLE_INCONSISTENT("SB-MOD-006", Severity.ERROR),
    /** Technical services of an inpatient stay (POS 21) are paid within the inpatient claim, not as outpatient lines. */
    INPATIENT_TECHNICAL_BUNDLED("SB-MOD-007", Severity.WARNING),

    // --- NCCI ---
    /** An NCCI pair with modifier indicator 0: the column-2 code is never separately payable. */
    PTP_COLUMN2_NOT_ALLOWED("SB-NCCI-001", Severity.WARNING),
    /** An NCCI pair with modifier indicator 1 whose services are not distinct: the column-2 code is dropped. */
    PTP_NOT_DISTINCT("SB-NCCI-002", Severity.WARNING),
    /**
     * An NCCI pair with modifier indicator 1 where the documentation does not say whether the services are distinct
     * (side or limb missing): the column-2 code is kept without a bypass modifier, for a person to decide.
     */
    PTP_DISTINCTNESS_UNKNOWN("SB-NCCI-003", Severity.WARNING),

    // --- units ---
    /** Units above the MUE (practitioner or outpatient table). Severity follows the adjudication indicator. */
    MUE_EXCEEDED("SB-UNIT-001", Severity.WARNING),
    /** An add-on code without an eligible primary (CMS add-on code edits). */
    ADDON_WITHOUT_PRIMARY("SB-UNIT-002", Severity.ERROR),
    /** Add-on units for additional gestations need fetus-specific findings for each (US-DOC-011). */
    ADDITIONAL_GESTATION_DOCUMENTATION("SB-UNIT-003", Severity.INFO),

    // --- diagnoses ---
    /** A diagnosis's side contradicts the line's RT/LT/50 (ICD-10-CM guidelines; DX-06). */
    DX_LATERALITY_MISMATCH("SB-DX-001", Severity.WARNING),
    /** More than four diagnoses: only the first four are pointed to from each line (837P SV107). */
    DX_POINTERS_TRUNCATED("SB-DX-002", Severity.INFO),
    /** A screening Z-code first-listed makes the study a screening (DX-05): Medicare has no benefit except 76706. */
    SCREENING_FIRST_LISTED("SB-DX-003", Severity.WARNING),
    /** The Z3A weeks-of-gestation code disagrees with the documented gestational age. */
    OB_WEEKS_MISMATCH("SB-DX-005", Severity.WARNING),
    /** An obstetric code without a pregnancy diagnosis (ICD-10-CM chapter 15, Z34, Z3A, Z36): denied CO-11. */
    OB_DIAGNOSIS_MISSING("SB-DX-006", Severity.WARNING),
    /** Additional-gestation units without a multiple-gestation diagnosis (O30.-). */
    MULTIPLE_GESTATION_DIAGNOSIS_MISSING("SB-DX-007", Severity.WARNING),
    /** A diagnosis of the other sex's anatomy (CMS Medicare Code Editor sex edits). */
    DX_SEX_INCONSISTENT("SB-DX-008", Severity.ERROR),

    // --- claim scrubbing (issue 3): edits a payer runs on the whole claim ---
    /** An NCCI pair on the claim with modifier indicator 0: the column-2 line is denied whatever its modifiers. */
    CLAIM_PTP_NOT_ALLOWED("SB-CLM-001", Severity.ERROR),
    /** An NCCI pair with modifier indicator 1 and no NCCI-associated modifier on either line: column 2 is denied. */
    CLAIM_PTP_MODIFIER_REQUIRED("SB-CLM-002", Severity.ERROR),
    /** Units above the MUE on one line (MAI 1) or for the date (MAI 2) across the claim and the patient's history. */
    CLAIM_MUE_EXCEEDED("SB-CLM-010", Severity.ERROR),
    /** Units above a clinical (MAI 3) MUE for the date: denied unless appealed with documentation. */
    CLAIM_MUE_CLINICAL_EXCEEDED("SB-CLM-011", Severity.WARNING),
    /** An add-on code without an eligible primary on the same date of service. */
    CLAIM_ADDON_WITHOUT_PRIMARY("SB-CLM-020", Severity.ERROR),
    /** An NPI on the claim fails the check digit. */
    CLAIM_NPI_INVALID("SB-CLM-030", Severity.ERROR),
    /** Diagnostic imaging lines without an ordering provider (CO-16 N264/N265). */
    CLAIM_ORDERING_PROVIDER_MISSING("SB-CLM-031", Severity.ERROR),
    /** The place of service is not on the CMS list. */
    CLAIM_POS_UNKNOWN("SB-CLM-032", Severity.ERROR),
    /** 26/TC inconsistent with the claim type or place of service. */
    CLAIM_COMPONENT_INCONSISTENT("SB-CLM-033", Severity.ERROR),
    /** A date of service after the date the claim is scrubbed. */
    CLAIM_DATE_IN_FUTURE("SB-CLM-034", Severity.ERROR),
    /** A date of service beyond the payer's timely-filing limit (Medicare: 12 months, 42 CFR 424.44). */
    CLAIM_TIMELY_FILING("SB-CLM-035", Severity.ERROR),
    /** A diagnosis not valid or not billable on the date of service, or no diagnosis at all. */
    CLAIM_DIAGNOSIS_INVALID("SB-CLM-036", Severity.ERROR),
    /** A line's diagnosis pointer missing or pointing past the claim's diagnoses. */
    CLAIM_POINTER_INVALID("SB-CLM-037", Severity.ERROR),
    /** Two lines with the same code, modifiers and date of service: denied as duplicates (CO-18). */
    CLAIM_DUPLICATE_LINE("SB-CLM-038", Severity.ERROR),
    /** A replacement (7) or void (8) without the payer's original claim number (REF*F8). */
    CLAIM_ORIGINAL_NUMBER_MISSING("SB-CLM-039", Severity.ERROR),
    /** More than 12 diagnoses on one claim (837P HI holds 12). */
    CLAIM_TOO_MANY_DIAGNOSES("SB-CLM-040", Severity.ERROR),
    /** A diagnosis or a procedure of the other sex's anatomy, or an infant procedure for an older patient. */
    CLAIM_SEX_AGE_INCONSISTENT("SB-CLM-041", Severity.ERROR),
    /** Modifier 50 on a code whose MPFS bilateral indicator is 0 (one side paid), 2 (already bilateral) or 9. */
    CLAIM_BILATERAL_MODIFIER_INVALID("SB-CLM-042", Severity.ERROR),

    // --- medical necessity: Medicare coverage articles (LCD billing and coding articles) ---
    /** No diagnosis of the line, nor of the claim, is on the coverage article's list for the code: denied CO-50. */
    COVERAGE_NOT_COVERED("SB-NEC-001", Severity.ERROR),
    /** The claim has a covered diagnosis but the line does not point to it. */
    COVERAGE_DIAGNOSIS_NOT_POINTED("SB-NEC-002", Severity.WARNING),
    /** More services in the period than the LCD considers reasonable and necessary. */
    COVERAGE_FREQUENCY_EXCEEDED("SB-NEC-003", Severity.WARNING),
    /** Not on the covered list, but the line carries GA (signed ABN) or GZ (no ABN): the liability is set. */
    COVERAGE_LIABILITY_DECLARED("SB-NEC-004", Severity.INFO),
    /** Not on the part of the article's list SonoBill holds (a partial transcription): a person should check. */
    COVERAGE_NOT_IN_PARTIAL_LIST("SB-NEC-005", Severity.WARNING),

    // --- payer rule packs ---
    /** A payer rule says the claim must not go out as it is. */
    PAYER_RULE_ERROR("SB-PAY-001", Severity.ERROR),
    /** A payer rule asks for a look before the claim goes out. */
    PAYER_RULE_WARNING("SB-PAY-002", Severity.WARNING),
    /** A payer rule holds the claim for a person (a queue). */
    PAYER_RULE_HOLD("SB-PAY-003", Severity.WARNING),
    /** The payer wants a modifier the line does not carry. */
    PAYER_MODIFIER_REQUIRED("SB-PAY-010", Severity.ERROR),
    /** The payer requires prior authorisation and the claim carries no authorisation number (REF*G1). */
    PAYER_PRIOR_AUTH_MISSING("SB-PAY-011", Severity.ERROR),
    /** More units than the payer's frequency limit for the patient in the period. */
    PAYER_FREQUENCY_EXCEEDED("SB-PAY-012", Severity.WARNING),
    /** A bilateral service reported in the form the payer does not accept (50 versus RT/LT lines). */
    PAYER_BILATERAL_FORMAT("SB-PAY-013", Severity.ERROR),

    // --- context and reference data ---
    /** The reference data in force on the date of service is not loaded (the date is before every version, or past
     * the period the latest release covers): the nearest version was used. */
    REFERENCE_VERSION_FALLBACK("SB-REF-001", Severity.INFO),
    /** The place-of-service code is not on the CMS list. */
    PLACE_OF_SERVICE_UNKNOWN("SB-REF-002", Severity.ERROR),
    /** The fee-schedule file has no row for a code: its indicators (bilateral, PC/TC) could not be read. */
    FEE_SCHEDULE_ROW_MISSING("SB-REF-003", Severity.WARNING);

    private final String id;
    private final Severity severity;

    FindingCode(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    /** The stable id printed in output, e.g. {@code SB-DOC-001}. */
    public String id() {
        return id;
    }

    /** The default severity. */
    public Severity severity() {
        return severity;
    }
}
