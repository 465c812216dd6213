package org.sonobill.server.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.server.demo.DemoResources.Template;

/**
 * The synthetic patients: invented names from short lists, MRNs {@code DEMO-000001} on, sex and age to fit the exam,
 * and one payer each. Some come back for another study (follow-up imaging is common), never an infant.
 */
final class DemoPatients {
    /** Days after the date of service within which the HMO packs (90-day filing limit) are still timely today. */
    private static final int HMO_DAYS = 85;
    /** The same for the commercial PPO pack (180 days). */
    private static final int PPO_DAYS = 175;

    private final DemoOrg org;
    private final Dice dice;
    private final LocalDate today;
    private final List<Patient> all = new ArrayList<>();

    DemoPatients(DemoOrg org, Dice dice, LocalDate today) {
        this.org = org;
        this.dice = dice;
        this.today = today;
    }

    /** A patient of the demo, as the study request sends it, with the payer that covers them. */
    record Patient(String mrn, String lastName, String firstName, String sex, LocalDate birthDate, String payer) {
        int ageOn(LocalDate day) {
            return (int) ChronoUnit.YEARS.between(birthDate, day);
        }
    }

    /**
     * A patient for a study of this template on this date: a returning patient one time in ten when one fits, else a
     * new one. Null when no payer of the demo would still take the claim today (see {@link #payerFor}).
     */
    Patient forStudy(Template t, LocalDate dos) {
        if (!t.infant() && dice.chance(0.1)) {
            List<Patient> fitting = all.stream().filter(p -> fits(p, t, dos) && timely(p.payer(), dos)).toList();
            if (!fitting.isEmpty()) {
                return dice.pick(fitting);
            }
        }
        String sex = t.spec().sex() != null ? t.spec().sex() : dice.chance(0.5) ? "F" : "M";
        LocalDate birth = t.infant() ? dos.minusDays(dice.between(t.spec().ageDays()[0], t.spec().ageDays()[1]))
                : dos.minusYears(dice.between(t.spec().ageYears()[0], t.spec().ageYears()[1]))
                        .minusDays(dice.between(0, 364));
        String payer = payerFor(t, (int) ChronoUnit.YEARS.between(birth, dos), dos);
        if (payer == null) {
            return null;
        }
        List<String> first = org.spec().firstNames().get(sex);
        Patient p = new Patient(String.format("DEMO-%06d", all.size() + 1), dice.pick(org.spec().lastNames()),
                dice.pick(first), sex, birth, payer);
        all.add(p);
        return p;
    }

    private static boolean fits(Patient p, Template t, LocalDate dos) {
        int age = p.ageOn(dos);
        return (t.spec().sex() == null || t.spec().sex().equals(p.sex())) && age >= t.spec().ageYears()[0]
                && age <= t.spec().ageYears()[1] && (t.spec().payer() == null || t.spec().payer().equals(p.payer()));
    }

    /**
     * Medicare for most people of 65 and over (some chose a Medicare Advantage HMO), commercial plans below. The
     * scrubber judges timely filing as of the day it runs, so a claim for a study of months ago is late for a payer
     * with a short limit; the demo gives such studies only payers that would still take the claim today.
     */
    private String payerFor(Template t, int age, LocalDate dos) {
        if (t.spec().payer() != null) {
            return t.spec().payer();
        }
        double r = dice.between(0.0, 1.0);
        String wanted = age >= 65 ? (r < 0.7 ? "medicare" : r < 0.9 ? "evergreen-ma" : "commercial")
                : r < 0.35 ? "commercial" : r < 0.65 ? "bluepeak-ppo" : "commercial-hmo";
        if (timely(wanted, dos)) {
            return wanted;
        }
        if (age >= 65) {
            return "medicare";
        }
        return timely("commercial", dos) ? (r < 0.5 ? "commercial" : "bluepeak-ppo") : null;
    }

    private boolean timely(String payer, LocalDate dos) {
        long days = ChronoUnit.DAYS.between(dos, today);
        return switch (org.payer(payer).pack()) {
            case "commercial-hmo" -> days <= HMO_DAYS;
            case "commercial" -> days <= PPO_DAYS;
            default -> true;
        };
    }
}
