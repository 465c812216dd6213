package org.sonobill.engine.study;

import java.time.LocalDate;

/** Only what coding needs to know about the patient. */
public record Patient(Sex sex, LocalDate birthDate) {
    public static final Patient UNKNOWN = new Patient(Sex.U, null);

    public Patient {
        sex = sex == null ? Sex.U : sex;
    }
}
