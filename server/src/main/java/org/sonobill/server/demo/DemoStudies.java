package org.sonobill.server.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sonobill.server.config.EngineData;
import org.sonobill.server.demo.DemoDocuments.Quality;
import org.sonobill.server.demo.DemoDocuments.Visit;
import org.sonobill.server.demo.DemoPatients.Patient;
import org.sonobill.server.demo.DemoResources.Companion;
import org.sonobill.server.demo.DemoResources.ProviderSpec;
import org.sonobill.server.demo.DemoResources.Template;
import org.sonobill.server.study.StudyRequests.CreateStudy;
import org.sonobill.server.study.StudyRequests.PatientInput;
import org.sonobill.server.study.StudyService;
import org.sonobill.server.study.StudyViews.StudyDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's studies: drawn from the templates over the past six months and created through {@link StudyService}
 * as an interface would send them; coding and the coder's decisions follow in {@link DemoCoding}.
 */
@Component
class DemoStudies {
    /** How many studies the template quotas aim at (companion studies of the same visit come on top). */
    static final int TARGET = 320;
    /** The window of dates of service: the 183 days before today. */
    static final int WINDOW_DAYS = 183;

    private final StudyService studies;
    private final EngineData engine;

    DemoStudies(StudyService studies, EngineData engine) {
        this.studies = studies;
        this.engine = engine;
    }

    /** A study as created, with the visit it came from. */
    record Created(long id, Visit visit) {
    }

    /** Plans the visits and creates their studies, oldest first (as they would have arrived). */
    List<Created> create(DemoOrg org, LocalDate today, Dice dice) {
        DemoDocuments documents = new DemoDocuments(dice, org.spec().notSeenReasons());
        List<Visit> visits = plan(org, today, dice, documents);
        List<Created> out = new ArrayList<>();
        for (Visit v : visits) {
            ObjectNode doc = documents.document(v, engine.catalogue().family(v.template().exam()));
            Patient p = v.patient();
            StudyDetail d = studies.create(org.admin(), new CreateStudy(v.accession(), new PatientInput(p.mrn(),
                    p.lastName(), p.firstName(), p.sex(), p.birthDate(), memberId(p), null, address(p)),
                    v.technologist(), doc,
                    documents.report(v, doc), null, null));
            out.add(new Created(d.study().id(), v));
        }
        return out;
    }

    /** The demo's made-up insurance member id: Medicare's MBI shape for Medicare patients, a plan id otherwise. */
    private static String memberId(Patient p) {
        String digits = p.mrn().replaceAll("[^0-9]", "");
        return "medicare".equals(p.payer()) ? "1EG4TE5MK" + String.format("%02d", Math.abs(digits.hashCode()) % 100)
                : "XKJ" + digits;
    }

    private static final String[][] STREETS = {{"118 Orchard Lane", "Springfield", "IL", "62704"},
            {"42 Lakeview Drive", "Decatur", "IL", "62521"}, {"9 Prairie Court", "Champaign", "IL", "61820"},
            {"701 W Monroe Street", "Springfield", "IL", "62702"}, {"23 Birch Road", "Peoria", "IL", "61604"}};

    private static org.sonobill.server.study.StudyRequests.AddressInput address(Patient p) {
        String[] a = STREETS[Math.abs(p.mrn().hashCode()) % STREETS.length];
        return new org.sonobill.server.study.StudyRequests.AddressInput(a[0], null, a[1], a[2], a[3]);
    }

    /**
     * Every template gets its share of the target by weight (at least two studies, so that every exam family is
     * there), each on a random date of the window; then the visits are put in date order.
     */
    private List<Visit> plan(DemoOrg org, LocalDate today, Dice dice, DemoDocuments documents) {
        List<Template> templates = org.resources().templates();
        int weights = templates.stream().mapToInt(t -> t.spec().weight()).sum();
        List<Template> draws = new ArrayList<>();
        for (Template t : templates) {
            int n = Math.max(2, Math.round((float) t.spec().weight() * TARGET / weights));
            for (int i = 0; i < n; i++) {
                draws.add(t);
            }
        }
        dice.shuffle(draws);
        DemoPatients patients = new DemoPatients(org, dice, today);
        List<Visit> visits = new ArrayList<>();
        for (Template t : draws) {
            String place = dice.pick(t.spec().places());
            LocalDate dos = workday(today.minusDays(dice.between(1, WINDOW_DAYS)), place, today);
            Patient p = patients.forStudy(t, dos);
            if (p == null) {
                // no payer would take a claim that old today: the study is moved into the last months
                dos = workday(today.minusDays(dice.between(120, 170)), place, today);
                p = patients.forStudy(t, dos);
            }
            // the hospital's own technical claim (837I) is for its outpatients; an inpatient's is the stay's claim
            boolean institutional = place.equals("22") && dice.chance(0.25);
            Visit v = visit(org, t, p, dos, place, institutional, null, visits.size(), dice, documents);
            visits.add(v);
            for (Companion c : t.spec().companions()) {
                if (dice.chance(c.chance())) {
                    Template ct = org.resources().template(c.file());
                    visits.add(visit(org, ct, p, dos, place, institutional, v.reader(), visits.size(), dice,
                            documents));
                }
            }
        }
        visits.sort(Comparator.comparing(Visit::dos));
        return visits;
    }

    private static Visit visit(DemoOrg org, Template t, Patient p, LocalDate dos, String place, boolean institutional,
                               ProviderSpec sameReader, int n, Dice dice, DemoDocuments documents) {
        List<ProviderSpec> readers = org.providers("interpreting", t.spec().readers());
        ProviderSpec reader = sameReader != null && readers.contains(sameReader) ? sameReader : dice.pick(readers);
        boolean pointOfCare = t.document().path("pointOfCare").asBoolean(false);
        ProviderSpec orderer = pointOfCare ? reader
                : dice.pick(org.providers("ordering", place.equals("23") ? "emergency" : t.spec().orderers()));
        String prefix = t.document().path("id").asString("ACC").split("-")[0];
        String accession = String.format("%s-%d-%06d", prefix, dos.getYear(), 100001 + n);
        Quality q = documents.quality(t);
        // a point-of-care study is scanned by the physician, not a sonographer
        String technologist = pointOfCare ? null : dice.pick(org.spec().technologists());
        return new Visit(t, accession, p, dos, place, institutional, org.payer(p.payer()), reader, orderer,
                technologist, q);
    }

    // outpatient imaging happens on weekdays; the emergency department and the wards work every day
    private static LocalDate workday(LocalDate d, String place, LocalDate today) {
        if (place.equals("21") || place.equals("23")) {
            return d;
        }
        LocalDate w = d;
        if (w.getDayOfWeek() == DayOfWeek.SATURDAY) {
            w = w.minusDays(1);
        } else if (w.getDayOfWeek() == DayOfWeek.SUNDAY) {
            w = w.plusDays(1);
        }
        if (!w.isBefore(today) || ChronoUnit.DAYS.between(w, today) > WINDOW_DAYS) {
            return d;
        }
        return w;
    }
}
