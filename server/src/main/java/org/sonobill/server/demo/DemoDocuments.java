package org.sonobill.server.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.server.demo.DemoPatients.Patient;
import org.sonobill.server.demo.DemoResources.ProviderSpec;
import org.sonobill.server.demo.DemoResources.Template;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One study's documentation (docs/study-format.md) and report text, made from a template for a visit: the patient,
 * date, place, payer and clinicians of the visit, and a documentation quality that decides what the engine will say.
 */
final class DemoDocuments {
    private final Dice dice;
    private final List<String> notSeenReasons;

    DemoDocuments(Dice dice, List<String> notSeenReasons) {
        this.dice = dice;
        this.notSeenReasons = notSeenReasons;
    }

    /**
     * How well the study is documented. Most are complete; some are limited (elements left out, or not seen with a
     * reason, which still counts toward a complete exam); some have a gap the engine must catch.
     */
    enum Quality {
        COMPLETE, NOT_SEEN_WITH_REASON, LIMITED, LIMITED_AS_ORDERED, UNSIGNED, NO_INDICATION, NO_IMAGES,
        ELEMENT_NOT_DOCUMENTED;

        /** True when the quality is about the elements: some are not seen, left out or not documented. */
        boolean changesElements() {
            return this == NOT_SEEN_WITH_REASON || this == LIMITED || this == LIMITED_AS_ORDERED
                    || this == ELEMENT_NOT_DOCUMENTED;
        }

        /** As the study's notes name it ("not-seen-with-reason"). */
        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Everything that varies between two studies of one template. */
    record Visit(Template template, String accession, Patient patient, LocalDate dos, String place,
                 boolean institutional, DemoOrg.Payer payer, ProviderSpec reader, ProviderSpec orderer,
                 String technologist, Quality quality) {
    }

    /** Draws a quality: about 65% complete, 20% limited, 15% with a gap; falls back where the exam has no elements. */
    Quality quality(Template t) {
        double r = dice.between(0.0, 1.0);
        boolean elements = elements(t.document()).size() >= 3;
        Quality q = r < 0.65 ? Quality.COMPLETE : r < 0.75 ? Quality.NOT_SEEN_WITH_REASON
                : r < 0.80 ? Quality.LIMITED : r < 0.85 ? Quality.LIMITED_AS_ORDERED
                : dice.pick(List.of(Quality.UNSIGNED, Quality.NO_INDICATION, Quality.NO_IMAGES,
                        Quality.ELEMENT_NOT_DOCUMENTED));
        if (!elements && q.changesElements()) {
            return q == Quality.ELEMENT_NOT_DOCUMENTED ? Quality.UNSIGNED : Quality.COMPLETE;
        }
        return q;
    }

    /** The study document of a visit. */
    ObjectNode document(Visit v, ExamFamily family) {
        ObjectNode doc = v.template().document().deepCopy();
        doc.put("id", v.accession());
        doc.put("dateOfService", v.dos().toString());
        doc.put("placeOfService", v.place());
        if (v.place().equals("11")) {
            doc.remove("claimType");
            doc.put("billingRole", "global");
        } else {
            doc.put("claimType", v.institutional() ? "institutional" : "professional");
            doc.put("billingRole", v.institutional() ? "technical" : "professional");
        }
        doc.put("payer", v.payer().pack());
        ObjectNode patient = doc.putObject("patient");
        patient.put("sex", v.patient().sex());
        patient.put("birthDate", v.patient().birthDate().toString());
        ObjectNode report = (ObjectNode) doc.get("report");
        report.put("interpretingNpi", v.reader().npi());
        doc.put("orderingNpi", v.orderer().npi());
        shiftComparison(doc, v);
        degrade(doc, v.quality(), family);
        doc.put("notes", "SonoBill demo study from template " + v.template().spec().file() + ", documentation "
                + v.quality().label() + ".");
        return doc;
    }

    // the prior study keeps its distance from the date of service of the template
    private static void shiftComparison(ObjectNode doc, Visit v) {
        JsonNode prior = doc.path("comparison").path("priorDate");
        if (prior.isString()) {
            LocalDate templateDos = LocalDate.parse(v.template().document().path("dateOfService").asString());
            long days = ChronoUnit.DAYS.between(LocalDate.parse(prior.asString()), templateDos);
            ((ObjectNode) doc.get("comparison")).put("priorDate", v.dos().minusDays(days).toString());
        }
    }

    private void degrade(ObjectNode doc, Quality q, ExamFamily family) {
        List<String> keys = elements(doc);
        switch (q) {
            case COMPLETE -> {
            }
            case NOT_SEEN_WITH_REASON -> {
                ObjectNode e = ((ObjectNode) doc.get("elements")).putObject(keys.get(dice.between(1, keys.size() - 1)));
                e.put("status", "not-seen");
                e.put("reason", dice.pick(notSeenReasons));
            }
            case LIMITED, LIMITED_AS_ORDERED -> {
                // the first element (the organ the exam is about) is always there
                List<String> droppable = new ArrayList<>(keys.subList(1, keys.size()));
                dice.shuffle(droppable);
                int drop = Math.min(droppable.size(), dice.between(1, 2));
                for (int i = 0; i < drop; i++) {
                    ((ObjectNode) doc.get("elements")).remove(droppable.get(i));
                }
                if (q == Quality.LIMITED_AS_ORDERED) {
                    orderedAsLimited(doc, family);
                }
            }
            case UNSIGNED -> ((ObjectNode) doc.get("report")).put("signed", false);
            case NO_INDICATION -> doc.remove("indication");
            case NO_IMAGES -> doc.putObject("images").put("stored", 0);
            case ELEMENT_NOT_DOCUMENTED -> ((ObjectNode) doc.get("elements"))
                    .put(keys.get(dice.between(1, keys.size() - 1)), "not-seen");
        }
    }

    // a limited study ordered and titled as limited: nothing for the engine to reconcile
    private static void orderedAsLimited(ObjectNode doc, ExamFamily family) {
        JsonNode ordered = doc.path("ordered");
        if (family != null && family.limited() != null && ordered.path("code").asString("").equals(family.complete())) {
            ((ObjectNode) ordered).put("code", family.limited());
            ((ObjectNode) ordered).put("text", limited(ordered.path("text").asString("")));
        }
        if (doc.has("title")) {
            doc.put("title", limited(doc.path("title").asString()));
        }
    }

    private static String limited(String text) {
        return text.replace("complete", "limited").replace("COMPLETE", "LIMITED").replace("Complete", "Limited");
    }

    /** How a report names an element key ("upper_outer" is the upper outer quadrant). */
    static String label(String key) {
        String s = key.replace('_', ' ');
        if (s.equals("ivc")) {
            return "IVC";
        }
        if (s.equals("retroareolar")) {
            return "retroareolar region";
        }
        return s.endsWith(" outer") || s.endsWith(" inner") ? s + " quadrant" : s;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String> elements(ObjectNode doc) {
        List<String> keys = new ArrayList<>();
        JsonNode e = doc.path("elements");
        if (e.isObject()) {
            for (Map.Entry<String, JsonNode> entry : e.properties()) {
                if (entry.getValue().isString() && entry.getValue().asString().equals("seen")) {
                    keys.add(entry.getKey());
                }
            }
        }
        return keys;
    }

    /** A short synthetic report in the usual sections; an unsigned one says it is preliminary. */
    String report(Visit v, ObjectNode doc) {
        StringBuilder r = new StringBuilder();
        r.append("EXAM: ").append(doc.path("title").asString(v.template().exam())).append('\n');
        r.append("DATE OF SERVICE: ").append(v.dos()).append('\n');
        JsonNode ind = doc.path("indication");
        r.append("INDICATION: ").append(ind.isMissingNode() ? "Not stated on the order." : ind.path("text").asString())
                .append('\n');
        r.append("TECHNIQUE: Real-time grey-scale imaging");
        JsonNode doppler = doc.path("doppler");
        if (doppler.path("color").asBoolean(false) || doppler.path("spectral").asBoolean(false)) {
            r.append(" with ").append(doppler.path("spectral").asBoolean(false) ? "colour and spectral" : "colour")
                    .append(" Doppler");
        }
        r.append(". ").append(doc.path("images").path("stored").asInt(0)).append(" images stored.\n");
        JsonNode comparison = doc.path("comparison");
        r.append("COMPARISON: ").append(comparison.isMissingNode() ? "None."
                : comparison.path("text").asString("Prior ultrasound") + (comparison.has("priorDate")
                        ? ", " + comparison.path("priorDate").asString() : "") + ".").append('\n');
        if (v.quality().changesElements()) {
            // the template's narrative describes every element; this report describes those it has
            r.append("FINDINGS:");
            for (Map.Entry<String, JsonNode> e : doc.path("elements").properties()) {
                JsonNode s = e.getValue();
                String status = s.isObject() ? s.path("status").asString("seen") : s.asString();
                r.append(' ').append(capitalised(label(e.getKey()))).append(switch (status) {
                    case "not-seen" -> s.has("reason") ? ": not seen, " + s.path("reason").asString() + "."
                            : ": not seen.";
                    case "absent" -> ": surgically absent.";
                    default -> ": unremarkable.";
                });
            }
            boolean limited = v.quality() == Quality.LIMITED || v.quality() == Quality.LIMITED_AS_ORDERED;
            r.append('\n').append("IMPRESSION: ").append(limited ? "Limited examination. " : "")
                    .append("No acute abnormality of the structures examined.\n");
        } else {
            r.append("FINDINGS: ").append(v.template().spec().findings()).append('\n');
            r.append("IMPRESSION: ").append(v.template().spec().impression()).append('\n');
        }
        r.append(doc.path("report").path("signed").asBoolean(false)
                ? "Electronically signed by " + v.reader().name() + " on " + v.dos() + "."
                : "PRELIMINARY REPORT: not yet signed by the interpreting physician.");
        return r.toString();
    }
}
