package org.sonobill.engine.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link StudyDocumentation} as the JSON of {@code docs/study.schema.json}, so that documentation made in
 * code (read from a free-text report, built by a test) can be stored and read back by {@link StudyJsonReader} into an
 * equal record.
 *
 * <p>Fields holding their default (false, none, empty) are left out, as a person would write the document; element
 * keys are written in alphabetical order so the same study always gives the same text. Numbers keep their exact
 * decimal form (a gestational age of 13.86 is not rounded through a double).
 */
public final class StudyJsonWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper().setNodeFactory(NODES);

    /** The document as compact JSON (one line: fits JSON Lines and a database column). */
    public String write(StudyDocumentation study) {
        return text(study, false);
    }

    /** The document as indented JSON, for people and files. */
    public String writePretty(StudyDocumentation study) {
        return text(study, true);
    }

    private static String text(StudyDocumentation study, boolean pretty) {
        try {
            return pretty ? MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toTree(study))
                    : MAPPER.writeValueAsString(toTree(study));
        } catch (JsonProcessingException e) {
            // a tree of strings, numbers and booleans always serialises; this is an I/O failure of the string writer
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document as a Jackson tree.
     *
     * @throws IllegalArgumentException when the study lacks a field the format requires (id, date or place of
     *     service): such a document would be refused by the reader, so it is never written
     */
    public static ObjectNode toTree(StudyDocumentation s) {
        requireField(s.id() != null && !s.id().isBlank(), "id");
        requireField(s.dateOfService() != null, "dateOfService");
        requireField(s.placeOfService() != null && !s.placeOfService().isBlank(), "placeOfService");
        ObjectNode o = NODES.objectNode();
        o.put("id", s.id());
        o.put("dateOfService", s.dateOfService().toString());
        o.put("placeOfService", s.placeOfService());
        o.put("claimType", s.claimType().key());
        if (s.billingRole() != null) {
            o.put("billingRole", s.billingRole().key());
        }
        o.put("payer", s.payer());
        patient(o, s.patient());
        text(o, "exam", s.exam());
        if (s.laterality() != null) {
            o.put("laterality", s.laterality().key());
        }
        if (!s.approaches().isEmpty()) {
            ArrayNode a = o.putArray("approach");
            for (Approach each : Approach.values()) {
                if (s.approaches().contains(each)) {
                    a.add(each.key());
                }
            }
        }
        flag(o, "pointOfCare", s.pointOfCare());
        indication(o, s.indication());
        elements(o, s.elements());
        if (!s.doppler().equals(Doppler.NONE)) {
            ObjectNode d = o.putObject("doppler");
            d.put("color", s.doppler().color());
            d.put("spectral", s.doppler().spectral());
        }
        if (!s.images().equals(Images.NONE)) {
            ObjectNode i = o.putObject("images");
            i.put("stored", s.images().stored());
            i.put("cine", s.images().cine());
        }
        measurements(o, s.measurements());
        if (s.comparison() != null) {
            ObjectNode c = o.putObject("comparison");
            date(c, "priorDate", s.comparison().priorDate());
        }
        obstetric(o, s.obstetric());
        echo(o, s.echo());
        procedures(o, s.procedures());
        report(o, s.report());
        text(o, "orderingNpi", s.orderingNpi());
        if (s.orderedCode() != null) {
            o.putObject("ordered").put("code", s.orderedCode());
        }
        priors(o, s.priorSameDay());
        text(o, "target", s.target());
        text(o, "limb", s.limb());
        flag(o, "dynamic", s.dynamic());
        text(o, "title", s.title());
        return o;
    }

    private static void patient(ObjectNode o, Patient p) {
        if (p.equals(Patient.UNKNOWN)) {
            return;
        }
        ObjectNode n = o.putObject("patient");
        n.put("sex", p.sex().name());
        date(n, "birthDate", p.birthDate());
    }

    private static void indication(ObjectNode o, Indication ind) {
        if (ind.isEmpty()) {
            return;
        }
        ObjectNode n = o.putObject("indication");
        text(n, "text", ind.text());
        strings(n, "icd10", ind.icd10());
    }

    private static void elements(ObjectNode o, Map<String, ElementStatus> elements) {
        if (elements.isEmpty()) {
            return;
        }
        ObjectNode n = o.putObject("elements");
        new TreeMap<>(elements).forEach((key, status) -> {
            String state = switch (status.state()) {
                case SEEN -> "seen";
                case ABSENT -> "absent";
                case NOT_SEEN -> "not-seen";
            };
            if (status.reason() == null || status.state() == ElementStatus.State.SEEN) {
                n.put(key, state);
            } else {
                n.putObject(key).put("status", state).put("reason", status.reason());
            }
        });
    }

    private static void measurements(ObjectNode o, Collection<Measurement> measurements) {
        if (measurements.isEmpty()) {
            return;
        }
        ArrayNode a = o.putArray("measurements");
        for (Measurement m : measurements) {
            ObjectNode n = a.addObject();
            n.put("name", m.name());
            if (m.value() != null) {
                n.put("value", m.value());
            }
            text(n, "unit", m.unit());
        }
    }

    private static void obstetric(ObjectNode o, Obstetric ob) {
        if (ob == null) {
            return;
        }
        ObjectNode n = o.putObject("obstetric");
        if (ob.kind() != null) {
            n.put("kind", ob.kind().key());
        }
        if (ob.gestationalWeeks() != null) {
            n.put("gestationalWeeks", ob.gestationalWeeks());
        }
        n.put("fetuses", ob.fetuses());
        flag(n, "nonStressTest", ob.nonStressTest());
        flag(n, "umbilicalDoppler", ob.umbilicalDoppler());
        flag(n, "mcaDoppler", ob.mcaDoppler());
    }

    private static void echo(ObjectNode o, Echo echo) {
        if (echo == null) {
            return;
        }
        ObjectNode n = o.putObject("echo");
        if (echo.extent() != null) {
            n.put("extent", echo.extent().key());
        }
        flag(n, "ecgMonitoring", echo.ecgMonitoring());
        flag(n, "strain", echo.strain());
    }

    private static void procedures(ObjectNode o, Collection<Procedure> procedures) {
        if (procedures.isEmpty()) {
            return;
        }
        ArrayNode a = o.putArray("procedures");
        for (Procedure p : procedures) {
            ObjectNode n = a.addObject();
            n.put("kind", p.kind());
            text(n, "primaryCode", p.primaryCode());
            text(n, "region", p.region());
            if (p.laterality() != null) {
                n.put("laterality", p.laterality().key());
            }
            flag(n, "realTimeNeedle", p.realTimeNeedle());
            flag(n, "imageRecorded", p.imageRecorded());
            flag(n, "sitesEvaluated", p.sitesEvaluated());
            flag(n, "vesselPatent", p.vesselPatent());
            if (p.count() != 1) {
                n.put("count", p.count());
            }
            strings(n, "icd10", p.icd10());
        }
    }

    private static void report(ObjectNode o, Report r) {
        if (r.equals(Report.NONE)) {
            return;
        }
        ObjectNode n = o.putObject("report");
        n.put("signed", r.signed());
        text(n, "interpretingNpi", r.interpretingNpi());
        flag(n, "separateInterpretation", r.separateInterpretation());
    }

    private static void priors(ObjectNode o, Collection<PriorStudy> priors) {
        if (priors.isEmpty()) {
            return;
        }
        ArrayNode a = o.putArray("priorSameDay");
        for (PriorStudy p : priors) {
            ObjectNode n = a.addObject();
            n.put("exam", p.exam());
            if (p.laterality() != null) {
                n.put("laterality", p.laterality().key());
            }
            n.put("sameProvider", p.sameProvider());
            text(n, "code", p.code());
            if (p.units() != 1) {
                n.put("units", p.units());
            }
        }
    }

    private static void strings(ObjectNode o, String name, Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(name);
            values.forEach(a::add);
        }
    }

    private static void text(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void date(ObjectNode o, String name, LocalDate value) {
        if (value != null) {
            o.put(name, value.toString());
        }
    }

    private static void flag(ObjectNode o, String name, boolean value) {
        if (value) {
            o.put(name, true);
        }
    }

    private static void requireField(boolean present, String field) {
        if (!present) {
            throw new IllegalArgumentException("the study has no " + field + "; a study document needs id, "
                    + "dateOfService and placeOfService (docs/study.schema.json)");
        }
    }
}
