package org.sonobill.engine.payer;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Sex;

/**
 * When a payer rule applies to a service line. Every field is optional; the fields given must all hold (and), and
 * within a list any entry may match (or). Diagnoses are the line's pointed diagnoses.
 *
 * @param codes the line's code is one of these patterns
 * @param modifiers the line carries at least one of these modifiers
 * @param withoutModifiers the line carries none of these
 * @param diagnoses at least one of the line's diagnoses matches
 * @param withoutDiagnoses none of the line's diagnoses matches
 * @param placesOfService the claim's place of service is one of these
 * @param notPlacesOfService the claim's place of service is none of these
 * @param claimTypes professional and/or institutional
 * @param providers the billing or rendering NPI is one of these
 * @param ageAtLeast the patient is at least this old on the date of service
 * @param ageBelow the patient is younger than this on the date of service
 * @param sex the patient's sex
 * @param unitsOver the line has more units than this
 * @param from the date of service is on or after this
 * @param to the date of service is on or before this
 * @param exactCodes the codes as a hash set when every entry is a single code (the usual case), else null
 */
public record RuleCondition(List<CodePattern> codes, Set<String> modifiers, Set<String> withoutModifiers,
                            List<CodePattern> diagnoses, List<CodePattern> withoutDiagnoses,
                            Set<String> placesOfService, Set<String> notPlacesOfService, Set<ClaimType> claimTypes,
                            Set<String> providers, Integer ageAtLeast, Integer ageBelow, Sex sex, Integer unitsOver,
                            LocalDate from, LocalDate to, Set<String> exactCodes) {

    /** A condition; {@code exactCodes} is derived from {@code codes}. */
    public RuleCondition(List<CodePattern> codes, Set<String> modifiers, Set<String> withoutModifiers,
                         List<CodePattern> diagnoses, List<CodePattern> withoutDiagnoses,
                         Set<String> placesOfService, Set<String> notPlacesOfService, Set<ClaimType> claimTypes,
                         Set<String> providers, Integer ageAtLeast, Integer ageBelow, Sex sex, Integer unitsOver,
                         LocalDate from, LocalDate to) {
        this(codes, modifiers, withoutModifiers, diagnoses, withoutDiagnoses, placesOfService, notPlacesOfService,
                claimTypes, providers, ageAtLeast, ageBelow, sex, unitsOver, from, to, null);
    }

    private boolean codeMatches(String code) {
        return exactCodes != null ? exactCodes.contains(CodePattern.normal(code)) : CodePattern.any(codes, code);
    }

    public RuleCondition {
        codes = codes == null ? List.of() : List.copyOf(codes);
        exactCodes = !codes.isEmpty() && codes.stream().allMatch(CodePattern::exact)
                ? codes.stream().map(CodePattern::low).collect(java.util.stream.Collectors.toUnmodifiableSet()) : null;
        modifiers = modifiers == null ? Set.of() : Set.copyOf(modifiers);
        withoutModifiers = withoutModifiers == null ? Set.of() : Set.copyOf(withoutModifiers);
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        withoutDiagnoses = withoutDiagnoses == null ? List.of() : List.copyOf(withoutDiagnoses);
        placesOfService = placesOfService == null ? Set.of() : Set.copyOf(placesOfService);
        notPlacesOfService = notPlacesOfService == null ? Set.of() : Set.copyOf(notPlacesOfService);
        claimTypes = claimTypes == null ? Set.of() : Set.copyOf(claimTypes);
        providers = providers == null ? Set.of() : Set.copyOf(providers);
    }

    /** True when the rule applies to the line of the claim. */
    public boolean matches(Claim claim, ClaimLine line) {
        if (!codes.isEmpty() && !codeMatches(line.code())) {
            return false;
        }
        if (!modifiers.isEmpty() && line.modifiers().stream().noneMatch(modifiers::contains)) {
            return false;
        }
        if (line.modifiers().stream().anyMatch(withoutModifiers::contains)) {
            return false;
        }
        if (!placesOfService.isEmpty() && !placesOfService.contains(claim.placeOfService())) {
            return false;
        }
        if (notPlacesOfService.contains(claim.placeOfService())) {
            return false;
        }
        if (!claimTypes.isEmpty() && !claimTypes.contains(claim.claimType())) {
            return false;
        }
        if (!providers.isEmpty() && !providers.contains(claim.billingNpi()) && !providers.contains(claim.renderingNpi())) {
            return false;
        }
        if (unitsOver != null && line.units() <= unitsOver) {
            return false;
        }
        LocalDate dos = line.dateOfService();
        if (from != null && (dos == null || dos.isBefore(from))) {
            return false;
        }
        if (to != null && (dos == null || dos.isAfter(to))) {
            return false;
        }
        if (sex != null && claim.patient().sex() != sex) {
            return false;
        }
        if (ageAtLeast != null || ageBelow != null) {
            LocalDate born = claim.patient().birthDate();
            if (born == null || dos == null) {
                return false;
            }
            int age = Period.between(born, dos).getYears();
            if (ageAtLeast != null && age < ageAtLeast) {
                return false;
            }
            if (ageBelow != null && age >= ageBelow) {
                return false;
            }
        }
        if (!diagnoses.isEmpty() || !withoutDiagnoses.isEmpty()) {
            List<String> dx = claim.diagnosesOf(line);
            if (!diagnoses.isEmpty() && dx.stream().noneMatch(d -> CodePattern.any(diagnoses, d))) {
                return false;
            }
            if (dx.stream().anyMatch(d -> CodePattern.any(withoutDiagnoses, d))) {
                return false;
            }
        }
        return true;
    }
}
