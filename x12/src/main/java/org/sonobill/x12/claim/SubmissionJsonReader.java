package org.sonobill.x12.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimJsonReader;
import org.sonobill.engine.claim.InvalidClaimException;
import org.sonobill.engine.study.InputProblem;
import org.sonobill.engine.study.Sex;

/**
 * Reads the 837 input format (docs/x12.md): an interchange block and claim entries, each a claim document (the
 * scrubber's format) with the parties an 837 needs. An entry that cannot be read is reported and skipped; a broken
 * interchange block refuses the file.
 */
public final class SubmissionJsonReader {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final ClaimJsonReader claims;

    /** @param payers the payer rule pack ids a claim may name */
    public SubmissionJsonReader(Set<String> payers) {
        this.claims = new ClaimJsonReader(payers);
    }

    /** Reads a file; an unreadable file or interchange block throws with every problem. */
    public SubmissionBatch read(Path file) throws IOException, InvalidSubmissionException {
        return read(Files.readString(file), file.toString());
    }

    public SubmissionBatch read(String json, String source) throws InvalidSubmissionException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidSubmissionException(List.of(source + ": line " + e.getLocation().getLineNr()
                    + ": malformed JSON: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidSubmissionException(List.of(source + ": expected a JSON object with \"interchange\" and "
                    + "\"claims\""));
        }
        Fields top = new Fields(source, "");
        Interchange ix = interchange(top.object(root, "interchange"), new Fields(source, "/interchange"));
        JsonNode list = root.get("claims");
        if (list == null || !list.isArray() || list.isEmpty()) {
            top.problems.add(source + ": /claims: expected an array of at least one claim entry");
        }
        if (!top.problems.isEmpty() || ix == null) {
            throw new InvalidSubmissionException(top.problems);
        }
        List<ClaimSubmission> out = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Fields f = new Fields(source, "/claims/" + i);
            ClaimSubmission s = entry(list.get(i), f, source);
            if (f.problems.isEmpty() && s != null) {
                out.add(s);
            } else {
                unreadable.addAll(f.problems);
            }
        }
        return new SubmissionBatch(ix, out, unreadable);
    }

    private Interchange interchange(JsonNode n, Fields f) {
        if (n == null) {
            return null;
        }
        JsonNode sub = f.object(n, "submitter");
        JsonNode rec = f.object(n, "receiver");
        Fields fs = f.at("/submitter");
        Fields fr = f.at("/receiver");
        Interchange.Submitter submitter = sub == null ? null : new Interchange.Submitter(fs.text(sub, "name", true),
                fs.text(sub, "id", true), fs.text(sub, "contact", true), fs.text(sub, "phone", true));
        Interchange.Receiver receiver = rec == null ? null : new Interchange.Receiver(fr.text(rec, "name", true),
                fr.text(rec, "id", true));
        f.problems.addAll(fs.problems);
        f.problems.addAll(fr.problems);
        JsonNode prod = n.get("production");
        return new Interchange(f.text(n, "senderId", true), f.text(n, "receiverId", true),
                prod != null && prod.asBoolean(false), submitter, receiver);
    }

    private ClaimSubmission entry(JsonNode n, Fields f, String source) {
        if (n == null || !n.isObject()) {
            f.problems.add(source + ": " + f.path + ": expected a claim entry object");
            return null;
        }
        JsonNode c = f.object(n, "claim");
        Claim claim = null;
        if (c != null) {
            try {
                claim = claims.read(c.toString(), source + " " + f.path + "/claim", 1);
            } catch (InvalidClaimException e) {
                for (InputProblem p : e.problems()) {
                    f.problems.add(source + ": " + f.path + "/claim" + p.field() + ": " + p.message());
                }
            }
        }
        BillingProvider billing = billing(f.object(n, "billingProvider"), f.at("/billingProvider"));
        Subscriber subscriber = subscriber(f.object(n, "subscriber"), f.at("/subscriber"), true);
        Payer payer = payer(f.object(n, "payer"), f.at("/payer"));
        JsonNode p = n.get("patient");
        PatientParty patient = p == null ? null : new PatientParty(f.at("/patient").name(p), address(p.get("address"),
                f.at("/patient/address")));
        Provider rendering = provider(n.get("rendering"), f.at("/rendering"));
        Provider ordering = provider(n.get("ordering"), f.at("/ordering"));
        Institutional inst = institutional(n.get("institutional"), f.at("/institutional"));
        List<PriorPayerAdjudication> priors = new ArrayList<>();
        JsonNode pp = n.get("priorPayers");
        if (pp != null && pp.isArray()) {
            for (int i = 0; i < pp.size(); i++) {
                priors.add(prior(pp.get(i), f.at("/priorPayers/" + i)));
            }
        }
        if (!f.problems.isEmpty()) {
            return null;
        }
        return new ClaimSubmission(claim, billing, subscriber, payer, patient, rendering, ordering, inst, priors);
    }

    private BillingProvider billing(JsonNode n, Fields f) {
        if (n == null) {
            return null;
        }
        return new BillingProvider(f.name(n), f.text(n, "npi", true), f.text(n, "taxId", true),
                f.text(n, "taxonomy", false), address(f.object(n, "address"), f.at("/address")));
    }

    private Subscriber subscriber(JsonNode n, Fields f, boolean full) {
        if (n == null) {
            return null;
        }
        String sex = f.text(n, "sex", false);
        Sex s = Sex.U;
        if (sex != null) {
            try {
                s = Sex.valueOf(sex);
            } catch (IllegalArgumentException e) {
                f.problem("/sex", "expected F, M or U, found \"" + sex + "\"");
            }
        }
        return new Subscriber(f.name(n), f.text(n, "memberId", true), address(n.get("address"), f.at("/address")),
                f.date(n, "birthDate"), s, f.text(n, "groupNumber", false), f.text(n, "responsibility", false),
                f.text(n, "filingIndicator", full), f.text(n, "relationship", false));
    }

    private Payer payer(JsonNode n, Fields f) {
        if (n == null) {
            return null;
        }
        return new Payer(f.text(n, "name", true), f.text(n, "id", true), address(n.get("address"), f.at("/address")));
    }

    private Provider provider(JsonNode n, Fields f) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new Provider(f.name(n), f.text(n, "npi", true), f.text(n, "taxonomy", false));
    }

    private Address address(JsonNode n, Fields f) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new Address(f.text(n, "line1", true), f.text(n, "line2", false), f.text(n, "city", true),
                f.text(n, "state", true), f.text(n, "zip", true));
    }

    private Institutional institutional(JsonNode n, Fields f) {
        if (n == null || n.isNull()) {
            return null;
        }
        List<String> revenue = new ArrayList<>();
        JsonNode r = n.get("revenueCodes");
        if (r == null || !r.isArray()) {
            f.problem("/revenueCodes", "expected an array with one four-digit revenue code per line");
        } else {
            r.forEach(x -> revenue.add(x.asText()));
        }
        return new Institutional(f.text(n, "facilityType", true), f.date(n, "statementFrom"), f.date(n, "statementTo"),
                f.text(n, "admissionType", false), f.text(n, "patientStatus", false), revenue);
    }

    private PriorPayerAdjudication prior(JsonNode n, Fields f) {
        if (n == null || !n.isObject()) {
            f.problem("", "expected what the earlier payer did: payer, subscriber, paid, adjustments, lines");
            return null;
        }
        List<LineAdjudication> lines = new ArrayList<>();
        JsonNode l = n.get("lines");
        if (l != null && l.isArray()) {
            for (int i = 0; i < l.size(); i++) {
                Fields fl = f.at("/lines/" + i);
                JsonNode x = l.get(i);
                List<String> mods = new ArrayList<>();
                if (x.get("modifiers") != null) {
                    x.get("modifiers").forEach(m -> mods.add(m.asText()));
                }
                lines.add(new LineAdjudication(x.path("line").asInt(0), fl.text(x, "code", true), mods,
                        fl.money(x, "paid", true), fl.quantity(x, "units"), adjustments(x.get("adjustments"),
                        fl.at("/adjustments")), fl.date(x, "adjudicated")));
                f.problems.addAll(fl.problems);
            }
        }
        return new PriorPayerAdjudication(payer(f.object(n, "payer"), f.at("/payer")), f.text(n, "responsibility", false),
                f.text(n, "filingIndicator", true), subscriber(f.object(n, "subscriber"), f.at("/subscriber"), false),
                adjustments(n.get("adjustments"), f.at("/adjustments")), f.money(n, "paid", true),
                f.money(n, "remainingPatientLiability", false), f.date(n, "adjudicated"),
                f.text(n, "payerClaimNumber", false), lines);
    }

    private List<Adjustment> adjustments(JsonNode n, Fields f) {
        List<Adjustment> out = new ArrayList<>();
        if (n == null || !n.isArray()) {
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            Fields fa = f.at("/" + i);
            JsonNode a = n.get(i);
            out.add(new Adjustment(fa.text(a, "group", true), fa.text(a, "reason", true), fa.money(a, "amount", true),
                    fa.quantity(a, "quantity")));
            f.problems.addAll(fa.problems);
        }
        return out;
    }

    /** Field access that records a problem (file, JSON pointer, what was expected) instead of throwing. */
    private static final class Fields {
        final String source;
        final String path;
        final List<String> problems;

        Fields(String source, String path) {
            this(source, path, new ArrayList<>());
        }

        private Fields(String source, String path, List<String> problems) {
            this.source = source;
            this.path = path;
            this.problems = problems;
        }

        /** The same problem list at a deeper pointer. */
        Fields at(String sub) {
            return new Fields(source, path + sub, problems);
        }

        void problem(String sub, String message) {
            problems.add(source + ": " + path + sub + ": " + message);
        }

        JsonNode object(JsonNode n, String field) {
            JsonNode v = n.get(field);
            if (v == null || !v.isObject()) {
                problem("/" + field, v == null ? "required object is missing" : "expected an object");
                return null;
            }
            return v;
        }

        String text(JsonNode n, String field, boolean required) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull() || v.asText().isBlank()) {
                if (required) {
                    problem("/" + field, "required field is missing");
                }
                return null;
            }
            if (!v.isValueNode()) {
                problem("/" + field, "expected a string");
                return null;
            }
            return v.asText();
        }

        LocalDate date(JsonNode n, String field) {
            String s = text(n, field, false);
            try {
                return s == null ? null : LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                problem("/" + field, "expected a date as YYYY-MM-DD, found \"" + s + "\"");
                return null;
            }
        }

        BigDecimal money(JsonNode n, String field, boolean required) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    problem("/" + field, "required amount is missing");
                }
                return null;
            }
            if (!v.isNumber()) {
                problem("/" + field, "expected an amount such as 12.50");
                return null;
            }
            return v.decimalValue().setScale(2, RoundingMode.HALF_UP);
        }

        BigDecimal quantity(JsonNode n, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isNumber()) {
                problem("/" + field, "expected a number");
                return null;
            }
            BigDecimal q = v.decimalValue().stripTrailingZeros();
            return q.scale() < 0 ? q.setScale(0) : q;
        }

        /** A name: a string for an organisation, or {last, first, middle} for a person. */
        Name name(JsonNode n) {
            JsonNode v = n.get("name");
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return Name.organisation(v.asText());
            }
            if (v != null && v.isObject() && v.hasNonNull("last")) {
                return new Name(v.get("last").asText(), v.hasNonNull("first") ? v.get("first").asText() : null,
                        v.hasNonNull("middle") ? v.get("middle").asText() : null);
            }
            problem("/name", "expected an organisation name as a string or a person as {\"last\", \"first\"}");
            return Name.organisation("?");
        }
    }
}
