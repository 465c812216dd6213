package org.sonobill.engine.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sonobill.engine.coding.CodedLine;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.study.StudyDocumentation;

/**
 * Builds one claim from the coded studies of a patient on a date: the diagnoses of all lines in order of first use
 * (up to 12), each line pointing to its own diagnoses, and a line control number per line.
 */
public final class ClaimBuilder {
    private ClaimBuilder() {
    }

    /**
     * The claim for studies of one patient on one date.
     *
     * @param claimId the claim id (patient control number)
     * @param patientId the practice's patient id
     * @param billingNpi the billing provider
     * @param studies the studies with their coding, all of one patient, date and claim type
     * @param charges the practice's charge per code (a code without a charge is billed at zero and the scrubber says so)
     */
    public static Claim build(String claimId, String patientId, String billingNpi, List<Coded> studies,
                              Map<String, BigDecimal> charges) {
        if (studies.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one coded study");
        }
        StudyDocumentation first = studies.get(0).study();
        LinkedHashSet<String> dx = new LinkedHashSet<>();
        for (Coded c : studies) {
            if (!c.study().dateOfService().equals(first.dateOfService())) {
                throw new IllegalArgumentException("study " + c.study().id() + " is of " + c.study().dateOfService()
                        + ", not " + first.dateOfService() + ": one claim per patient and date");
            }
            c.coding().lines().forEach(l -> dx.addAll(l.diagnoses()));
        }
        List<String> diagnoses = new ArrayList<>(dx).subList(0, Math.min(12, dx.size()));
        List<ClaimLine> lines = new ArrayList<>();
        for (Coded c : studies) {
            LocalDate dos = c.study().dateOfService();
            for (CodedLine l : c.coding().lines()) {
                List<Integer> pointers = new ArrayList<>();
                for (String d : l.diagnoses()) {
                    int i = diagnoses.indexOf(d);
                    if (i >= 0 && pointers.size() < 4) {
                        pointers.add(i + 1);
                    }
                }
                int n = lines.size() + 1;
                lines.add(new ClaimLine(n, l.code(), l.modifiers(), l.units(),
                        charges.getOrDefault(l.code(), BigDecimal.ZERO).multiply(BigDecimal.valueOf(l.units())),
                        pointers, dos, claimId + "-" + n));
            }
        }
        return new Claim(claimId, first.claimType(), first.payer(), patientId, first.patient(), billingNpi,
                first.report().interpretingNpi(), first.orderingNpi(), first.placeOfService(), "1", null, diagnoses,
                lines);
    }

    /** A study and its coding. */
    public record Coded(StudyDocumentation study, CodedStudy coding) {
    }
}
