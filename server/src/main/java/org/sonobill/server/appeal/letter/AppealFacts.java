package org.sonobill.server.appeal.letter;

import org.sonobill.engine.denial.RootCause;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything an appeal letter states, as plain immutable data: filled by the denial queue from the database and read
 * by {@link LetterTemplates}, {@link AttachmentChecklist} and {@link AppealLetterPdf}. Optional evidence is
 * {@code null} (single facts) or empty (lists); nothing here is looked up again.
 */
public record AppealFacts(
        Practice practice,
        Payer payer,
        Level level,
        LocalDate letterDate,
        Patient patient,
        Claim claim,
        List<DeniedLine> deniedLines,
        Denial denial,
        Evidence evidence,
        Specifics specifics,
        List<PriorLevel> priorLevels,
        Signer signer) {

    public AppealFacts {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(letterDate, "letterDate");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(denial, "denial");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(signer, "signer");
        deniedLines = List.copyOf(deniedLines);
        specifics = specifics == null ? Specifics.NONE : specifics;
        priorLevels = priorLevels == null ? List.of() : List.copyOf(priorLevels);
    }

    /** The denied lines as billed, for a sentence: {@code 76705-26, 76700}. */
    public String deniedCodes() {
        return deniedLines.stream().map(DeniedLine::billedAs).distinct().collect(Collectors.joining(", "));
    }

    /** The payer's reasons as codes, for a sentence: {@code CO-50 (N115)}; each adjustment once. */
    public String denialCodes() {
        return deniedLines.stream()
                .map(line -> line.adjustment().code() + (line.remarks().isEmpty() ? ""
                        : line.remarks().stream().map(Remark::code).collect(Collectors.joining(", ", " (", ")"))))
                .distinct()
                .collect(Collectors.joining("; "));
    }

    /** The latest earlier level of this appeal, or {@code null} at the first level. */
    public PriorLevel lastPriorLevel() {
        return priorLevels.stream().max(Comparator.comparingInt(PriorLevel::level)).orElse(null);
    }

    /** The practice writing the appeal: the letterhead and the billing identifiers. */
    public record Practice(String name, List<String> addressLines, String phone, String billingNpi, String taxId) {
        public Practice {
            addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        }
    }

    /** The payer addressed; {@code addressLines} is empty when the appeals address is not on file. */
    public record Payer(String name, List<String> addressLines, String payerPack) {
        public Payer {
            addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        }
    }

    /** The appeal level (1 = first) and what the payer calls it. */
    public record Level(int number, String name) {

        private static final List<String> MEDICARE =
                List.of("Redetermination", "Reconsideration", "Administrative Law Judge hearing",
                        "Medicare Appeals Council review", "Judicial review");
        private static final List<String> ORDINALS = List.of("First", "Second", "Third", "Fourth", "Fifth");

        /**
         * The level's usual name: Medicare's five levels (42 CFR 405 subpart I; coding reference g.2), otherwise
         * "First-level appeal", "Second-level appeal"...
         */
        public static Level of(int number, String payerPack) {
            if (number < 1 || number > 5) {
                throw new IllegalArgumentException("appeal level must be 1 to 5, was " + number);
            }
            String name = "medicare".equals(payerPack)
                    ? MEDICARE.get(number - 1)
                    : ORDINALS.get(number - 1) + "-level appeal";
            return new Level(number, name);
        }
    }

    /** The patient as the payer knows them. */
    public record Patient(String name, LocalDate dateOfBirth, String memberId) {}

    /** The claim: our number, the payer's claim control number (ICN/DCN), date and place of service, totals. */
    public record Claim(
            String claimNumber,
            String payerClaimNumber,
            LocalDate dateOfService,
            String placeOfService,
            BigDecimal totalBilled,
            BigDecimal totalDenied) {}

    /** One denied service line with the payer's adjustment and remarks (835 loop 2110 CAS and LQ). */
    public record DeniedLine(
            String procedureCode,
            List<String> modifiers,
            int units,
            BigDecimal charge,
            BigDecimal deniedAmount,
            Adjustment adjustment,
            List<Remark> remarks) {
        public DeniedLine {
            modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
            remarks = remarks == null ? List.of() : List.copyOf(remarks);
        }

        /** The code with its modifiers, as billed: {@code 76705-26-RT}. */
        public String billedAs() {
            return modifiers.isEmpty() ? procedureCode : procedureCode + "-" + String.join("-", modifiers);
        }
    }

    /** A claim adjustment: group (CO, PR, OA, PI) and reason code (CARC) with its description. */
    public record Adjustment(String group, String carc, String description) {
        /** {@code CO-50}. */
        public String code() {
            return group + "-" + carc;
        }
    }

    /** A remittance advice remark code (RARC) with its description. */
    public record Remark(String code, String description) {}

    /** The denial: its root cause (which argument the letter makes) and when it was received. */
    public record Denial(RootCause rootCause, LocalDate receivedOn) {
        public Denial {
            Objects.requireNonNull(rootCause, "rootCause");
        }
    }

    /** The record SonoBill holds for the study: what the letter offers as proof. */
    public record Evidence(
            String indication,
            List<Diagnosis> diagnoses,
            List<DocumentedElement> elements,
            int imagesStored,
            int cineClips,
            Order order,
            SignedReport report,
            List<String> policyCitations,
            Abn abn) {
        public Evidence {
            diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
            elements = elements == null ? List.of() : List.copyOf(elements);
            policyCitations = policyCitations == null ? List.of() : List.copyOf(policyCitations);
        }

        /** The elements the code billed requires, for "n of m documented". */
        public int elementsRequired() {
            return elements.size();
        }

        /** The elements documented, for "n of m documented". */
        public long elementsDocumented() {
            return elements.stream().filter(DocumentedElement::documented).count();
        }
    }

    /** An ICD-10-CM diagnosis in claim pointer order. */
    public record Diagnosis(String code, String description) {}

    /**
     * One element the billed code requires (e.g. a complete abdominal study's organs), whether the report documents
     * it, and the reason given when it does not (e.g. "surgically absent").
     */
    public record DocumentedElement(String name, boolean documented, String reason) {
        /** "documented", or the reason it is not ("not documented" without one). */
        public String status() {
            if (documented) {
                return "documented";
            }
            return reason == null || reason.isBlank() ? "not documented" : reason;
        }
    }

    /** The order: who ordered the study, when, and why. */
    public record Order(String orderingProvider, String orderingNpi, LocalDate orderedOn, String reasonForExam) {}

    /** The signed interpretation. */
    public record SignedReport(String interpretingPhysician, LocalDateTime signedAt) {}

    /** An Advance Beneficiary Notice of Noncoverage on file, and when the patient signed it. */
    public record Abn(LocalDate signedOn) {}

    /** An earlier level of this appeal. */
    public record PriorLevel(int level, LocalDate filedOn, LocalDate decidedOn, String outcome) {}

    /** Who signs the letter. */
    public record Signer(String name, String title) {}

    /**
     * Facts only some arguments rest on; each is {@code null} when SonoBill holds none.
     *
     * @param priorStudy the earlier study of the same kind (frequency)
     * @param submission proof of timely submission (timely filing)
     * @param authorisation the authorisation on record (authorisation)
     * @param correction what was corrected and why (coding-modifier, registration)
     * @param enrollment the rendering provider's enrollment (credentialing)
     * @param coverage the eligibility verification (eligibility)
     * @param repeat the second same-day service (duplicate)
     */
    public record Specifics(
            PriorStudy priorStudy,
            Submission submission,
            Authorisation authorisation,
            Correction correction,
            Enrollment enrollment,
            Coverage coverage,
            RepeatService repeat) {

        /** No specific facts. */
        public static final Specifics NONE = new Specifics(null, null, null, null, null, null, null);
    }

    /** The earlier study of the same kind, and what changed in the patient's condition since (a sentence). */
    public record PriorStudy(LocalDate performedOn, String procedureCode, String changeInStatus) {}

    /**
     * When the claim was sent and accepted: the 837's interchange control number, the 999 acceptance and the 277CA
     * acceptance (X12 005010X231A1, X214).
     */
    public record Submission(
            LocalDate submittedOn,
            String interchangeControlNumber,
            LocalDate acceptedOn999,
            LocalDate acceptedOn277ca) {}

    /**
     * The authorisation: its number, when granted, whether retroactive, and the circumstances as sentences (e.g. an
     * emergency study).
     */
    public record Authorisation(String number, LocalDate grantedOn, boolean retroactive, String circumstances) {}

    /**
     * A correction on the claim: what it now says (e.g. "76705-26") and why, as a clause that finishes "because …"
     * (e.g. "the study was performed in a hospital outpatient department.").
     */
    public record Correction(String corrected, String reason) {}

    /** The rendering provider's enrollment with the payer. */
    public record Enrollment(String providerName, String npi, LocalDate effectiveOn, String reference) {}

    /** The eligibility check for the date of service (270/271 or portal) and the plan it found. */
    public record Coverage(LocalDate verifiedOn, String reference, String planName) {}

    /**
     * A second same-day service: the repeat modifier (76 or 77), both times, and why it was repeated, as a clause that
     * finishes "because …".
     */
    public record RepeatService(String modifier, LocalTime firstAt, LocalTime repeatAt, String reason) {}
}
