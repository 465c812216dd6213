package org.sonobill.x12.claim;

import java.time.LocalDate;
import org.sonobill.engine.study.Sex;

/**
 * The insured person of loop 2000B/2010BA and how this payer stands on the claim.
 *
 * @param name the subscriber's name
 * @param memberId the member identifier (NM109 with NM108 = MI)
 * @param address N3/N4, or null
 * @param birthDate DMG02, or null (required when the subscriber is the patient)
 * @param sex DMG03
 * @param groupNumber SBR03, or null
 * @param responsibility SBR01: P primary, S secondary, T tertiary
 * @param filingIndicator SBR09 claim filing indicator, e.g. MB Medicare Part B, CI commercial, MC Medicaid
 * @param relationship the patient's relationship to the subscriber: 18 self (no loop 2000C), else the PAT01 code
 *     (01 spouse, 19 child, 20 employee, 21 unknown, 39 organ donor, 40 cadaver donor, 53 life partner, G8 other)
 */
public record Subscriber(Name name, String memberId, Address address, LocalDate birthDate, Sex sex, String groupNumber,
                         String responsibility, String filingIndicator, String relationship) {
    public Subscriber {
        responsibility = responsibility == null ? "P" : responsibility;
        relationship = relationship == null ? "18" : relationship;
        sex = sex == null ? Sex.U : sex;
    }

    /** True when the patient is the subscriber (SBR02 = 18, no loop 2000C). */
    public boolean isPatient() {
        return "18".equals(relationship);
    }
}
