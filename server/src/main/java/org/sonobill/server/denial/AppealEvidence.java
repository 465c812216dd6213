package org.sonobill.server.denial;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sonobill.engine.denial.AppealWindows;
import org.sonobill.engine.reference.IcdCode;
import org.sonobill.server.appeal.letter.AppealFacts;
import org.sonobill.server.appeal.letter.AppealFacts.Adjustment;
import org.sonobill.server.appeal.letter.AppealFacts.DeniedLine;
import org.sonobill.server.appeal.letter.AppealFacts.Diagnosis;
import org.sonobill.server.appeal.letter.AppealFacts.DocumentedElement;
import org.sonobill.server.appeal.letter.AppealFacts.Evidence;
import org.sonobill.server.appeal.letter.AppealFacts.Order;
import org.sonobill.server.appeal.letter.AppealFacts.PriorLevel;
import org.sonobill.server.appeal.letter.AppealFacts.Remark;
import org.sonobill.server.appeal.letter.AppealFacts.SignedReport;
import org.sonobill.server.appeal.letter.AppealFacts.Specifics;
import org.sonobill.server.appeal.letter.AppealFacts.Submission;
import org.sonobill.server.config.EngineData;
import org.sonobill.server.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What SonoBill holds that an appeal can rest on, read from the database for one denial: the practice and payer,
 * the patient as the payer knows them, the claim and its denied lines with the payer's codes, the study's
 * indication, diagnoses, documented elements, stored images and cine clips, the order, the signed report, the
 * coverage policy (the Medicare article and LCD for the code, or the NCCI chapter for bundling), an ABN (modifier
 * GA), earlier levels, and the proof of timely submission.
 */
@Component
public class AppealEvidence {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EngineData engine;
    private final Clock clock;
    private final CarcText texts;

    public AppealEvidence(JdbcClient jdbc, JsonMapper json, EngineData engine, Clock clock, CarcText texts) {
        this.jdbc = jdbc;
        this.json = json;
        this.engine = engine;
        this.clock = clock;
        this.texts = texts;
    }

    /** The denial's head: the claim, patient, payer, organisation and classification. */
    private record Head(long claimId, String claimNumber, String icn, LocalDate dos, String pos, BigDecimal billed,
                        BigDecimal denied, String rootCause, LocalDate received, String source, String pack,
                        String payerName, List<String> payerAddress, String patientName, LocalDate birth,
                        String memberId, String orgName, String ordering, LocalDate submitted, String authorisation,
                        String state, String orderingName, long patientId) {
    }

    /** The facts for a letter at a level, signed by the user named. */
    public AppealFacts facts(long org, long denialId, int level, String signerName, String signerTitle) {
        Head h = jdbc.sql("""
                        SELECT c.id AS claim_id, c.claim_number, c.payer_claim_number, c.date_of_service,
                               c.place_of_service, c.total_charge, d.denied_amount, d.root_cause, d.received_on,
                               d.source, py.rule_pack, py.name AS payer_name, py.appeals_address, p.first_name || ' '
                               || p.last_name AS patient, p.birth_date, p.member_id, o.name AS org_name,
                               c.ordering_npi, c.first_submitted_on, c.prior_authorization, c.state,
                               (SELECT pr.name FROM providers pr WHERE pr.organisation_id = c.organisation_id
                                AND pr.npi = c.ordering_npi ORDER BY pr.role = 'ordering' DESC, pr.id LIMIT 1)
                                   AS ordering_name, c.patient_id
                        FROM denials d
                        JOIN claims c ON c.organisation_id = d.organisation_id AND c.id = d.claim_id
                        JOIN payers py ON py.organisation_id = c.organisation_id AND py.id = c.payer_id
                        JOIN patients p ON p.organisation_id = c.organisation_id AND p.id = c.patient_id
                        JOIN organisations o ON o.id = d.organisation_id
                        WHERE d.organisation_id = :org AND d.id = :id""")
                .param("org", org).param("id", denialId)
                .query((rs, n) -> new Head(rs.getLong("claim_id"), rs.getString("claim_number"),
                        rs.getString("payer_claim_number"), rs.getObject("date_of_service", LocalDate.class),
                        rs.getString("place_of_service"), rs.getBigDecimal("total_charge"),
                        rs.getBigDecimal("denied_amount"), rs.getString("root_cause"),
                        rs.getObject("received_on", LocalDate.class), rs.getString("source"),
                        rs.getString("rule_pack"), rs.getString("payer_name"),
                        DenialQueue.strings(rs.getArray("appeals_address")), rs.getString("patient"),
                        rs.getObject("birth_date", LocalDate.class), rs.getString("member_id"),
                        rs.getString("org_name"), rs.getString("ordering_npi"),
                        rs.getObject("first_submitted_on", LocalDate.class), rs.getString("prior_authorization"),
                        rs.getString("state"), rs.getString("ordering_name"), rs.getLong("patient_id")))
                .optional().orElseThrow(() -> ApiException.notFound("denial", denialId));
        List<DeniedLine> lines = deniedLines(org, denialId);
        Evidence evidence = evidence(org, h, lines);
        return new AppealFacts(practice(org, h.orgName()), new AppealFacts.Payer(h.payerName(), h.payerAddress(),
                h.pack()), level == 0 ? new AppealFacts.Level(0, "clerical reopening")
                : AppealFacts.Level.of(level, h.pack()), LocalDate.now(clock),
                new AppealFacts.Patient(h.patientName(), h.birth(), h.memberId()),
                new AppealFacts.Claim(h.claimNumber(), h.icn(), h.dos(), h.pos(), h.billed(), h.denied()), lines,
                new AppealFacts.Denial(letterCause(h.rootCause()), h.received()),
                evidence, new Specifics(priorStudy(org, h, lines, evidence.indication()), submission(org, h),
                        authorisation(h), null, null, null, null),
                priorLevels(org, denialId, level), new AppealFacts.Signer(signerName, signerTitle));
    }

    private static org.sonobill.engine.denial.RootCause letterCause(String slug) {
        return org.sonobill.engine.denial.RootCause.fromSlug(slug).orElseThrow(() -> new IllegalStateException("unknown root cause " + slug));
    }

    private AppealFacts.Practice practice(long org, String orgName) {
        return jdbc.sql("""
                        SELECT pr.name, pr.npi, pr.tax_id, pr.address_line1, pr.address_line2, pr.city, pr.state,
                               pr.zip, o.contact_phone
                        FROM organisations o LEFT JOIN providers pr ON pr.organisation_id = o.id AND pr.role = 'billing'
                        WHERE o.id = :org ORDER BY pr.id LIMIT 1""")
                .param("org", org)
                .query((rs, n) -> {
                    List<String> address = new ArrayList<>();
                    addIf(address, rs.getString("address_line1"));
                    addIf(address, rs.getString("address_line2"));
                    if (rs.getString("city") != null) {
                        address.add(rs.getString("city") + ", " + rs.getString("state") + " " + rs.getString("zip"));
                    }
                    String phone = rs.getString("contact_phone");
                    return new AppealFacts.Practice(rs.getString("name") != null ? rs.getString("name") : orgName,
                            address, phone == null || phone.length() != 10 ? phone : "(" + phone.substring(0, 3)
                            + ") " + phone.substring(3, 6) + "-" + phone.substring(6), rs.getString("npi"),
                            rs.getString("tax_id"));
                }).single();
    }

    private static void addIf(List<String> out, String s) {
        if (s != null && !s.isBlank()) {
            out.add(s);
        }
    }

    private List<DeniedLine> deniedLines(long org, long denialId) {
        Map<String, DeniedLine> byLine = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT dl.id, dl.claim_line_id, coalesce(l.code, dl.procedure) AS code,
                               coalesce(l.modifiers, dl.modifiers) AS modifiers, coalesce(l.units, 1) AS units,
                               coalesce(l.charge, dl.amount) AS charge, dl.amount, dl.group_code, dl.carc, dl.rarcs
                        FROM denial_lines dl LEFT JOIN claim_lines l ON l.id = dl.claim_line_id
                        WHERE dl.organisation_id = :org AND dl.denial_id = :id
                        ORDER BY l.line_number NULLS LAST, dl.id""")
                .param("org", org).param("id", denialId)
                .query((rs, n) -> {
                    String carc = rs.getString("carc");
                    List<Remark> remarks = new ArrayList<>();
                    for (String r : DenialQueue.strings(rs.getArray("rarcs"))) {
                        remarks.add(new Remark(r, texts.rarc(r)));
                    }
                    byLine.put(rs.getString("id"), new DeniedLine(rs.getString("code"),
                            DenialQueue.strings(rs.getArray("modifiers")), rs.getInt("units"),
                            rs.getBigDecimal("charge"), rs.getBigDecimal("amount"),
                            new Adjustment(rs.getString("group_code").trim(), carc, texts.carc(carc)), remarks));
                    return null;
                }).list();
        return new ArrayList<>(byLine.values());
    }

    /**
     * The payer-facing policy a letter can cite: for Medicare, the local coverage articles (and their LCDs) that
     * govern the denied codes on the date of service in the claim's state and list one of the claim's diagnoses for
     * the code; for a bundling denial, the NCCI policy manual's radiology chapter.
     */
    private List<String> citations(Head h, List<DeniedLine> lines, List<Diagnosis> diagnoses) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if ("medicare".equals(h.pack()) && h.dos() != null) {
            for (DeniedLine l : lines) {
                for (var a : engine.coverage().applicable(l.procedureCode(), h.dos(), h.state())) {
                    // cited only when it lists a diagnosis of the claim for the code: the letter says it does
                    if (diagnoses.stream().noneMatch(d -> a.covers(l.procedureCode(), d.code()))) {
                        continue;
                    }
                    out.add((a.lcd() == null ? "" : "LCD " + a.lcd() + ", ") + "article " + a.id() + " ("
                            + a.title() + ")");
                }
            }
        }
        if ("bundling".equals(h.rootCause())) {
            out.add("NCCI Policy Manual for Medicare Services, chapter IX (radiology) and chapter I (modifiers 59 "
                    + "and XE/XS/XP/XU)");
        }
        return new ArrayList<>(out);
    }

    private Evidence evidence(long org, Head h, List<DeniedLine> lines) {
        record Study(JsonNode doc, String interpreting, LocalDate orderedOn, String orderedExam, String orderingName) {
        }
        Study s = jdbc.sql("""
                        SELECT st.documentation::text AS doc, ip.name AS interpreting, o.ordered_at::date AS ordered_on,
                               o.ordered_exam, op.name AS ordering_name
                        FROM claim_studies cs JOIN studies st ON st.id = cs.study_id
                        LEFT JOIN providers ip ON ip.organisation_id = st.organisation_id
                            AND ip.id = st.interpreting_provider_id
                        LEFT JOIN orders o ON o.organisation_id = st.organisation_id AND o.id = st.order_id
                        LEFT JOIN providers op ON op.organisation_id = o.organisation_id
                            AND op.id = o.ordering_provider_id
                        WHERE cs.organisation_id = :org AND cs.claim_id = :claim ORDER BY st.id LIMIT 1""")
                .param("org", org).param("claim", h.claimId())
                .query((rs, n) -> new Study(rs.getString("doc") == null ? null : json.readTree(rs.getString("doc")),
                        rs.getString("interpreting"), rs.getObject("ordered_on", LocalDate.class),
                        rs.getString("ordered_exam"), rs.getString("ordering_name")))
                .optional().orElse(new Study(null, null, null, null, null));
        JsonNode doc = s.doc();
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (String code : jdbc.sql("SELECT code FROM claim_diagnoses WHERE claim_id = :id ORDER BY position")
                .param("id", h.claimId()).query(String.class).list()) {
            IcdCode icd = h.dos() == null ? null : engine.reference().icd10cm(h.dos()).table().get(code);
            diagnoses.add(new Diagnosis(code, icd == null ? null : icd.longTitle()));
        }
        List<DocumentedElement> elements = new ArrayList<>();
        int images = 0;
        int cine = 0;
        String indication = null;
        String reason = s.orderedExam();
        SignedReport report = null;
        if (doc != null) {
            indication = doc.path("indication").path("text").asString(null);
            for (Map.Entry<String, JsonNode> e : doc.path("elements").properties()) {
                JsonNode v = e.getValue();
                String status = v.isString() ? v.asString() : v.path("status").asString("");
                String why = v.isObject() ? v.path("reason").asString(null) : null;
                elements.add(new DocumentedElement(e.getKey().replace('_', ' '), status.equals("seen"),
                        status.equals("seen") ? null : why != null ? status + ": " + why : status));
            }
            images = doc.path("images").path("stored").asInt(0);
            cine = doc.path("images").path("cine").asInt(0);
            if (doc.path("report").path("signed").asBoolean(false)) {
                // the study document says the report is signed, not when: the letter names no time
                report = new SignedReport(s.interpreting() != null ? s.interpreting()
                        : doc.path("report").path("interpretingNpi").asString("the interpreting physician"), null);
            }
            if (doc.path("ordered").path("text").isString()) {
                reason = doc.path("ordered").path("text").asString();
            }
        }
        // an order is evidence only when SonoBill holds it (an orders row); the claim's ordering NPI alone is not
        String orderingName = s.orderingName() != null ? s.orderingName() : h.orderingName();
        Order order = s.orderedOn() == null ? null
                : new Order(orderingName != null ? orderingName : "The ordering provider", h.ordering(), s.orderedOn(),
                        s.orderedExam());
        List<String> citations = citations(h, lines, diagnoses);
        // modifier GA says an ABN was signed, but SonoBill holds neither the notice nor its date: the letter claims
        // none (the classification still treats GA as an ABN on file)
        return new Evidence(indication, diagnoses, elements, images, cine, order, report, citations, null);
    }

    /**
     * The patient's latest earlier study of a denied code (what a frequency denial counts against), and what changed:
     * the indication it was ordered for against this one's, when they differ.
     */
    private AppealFacts.PriorStudy priorStudy(long org, Head h, List<DeniedLine> lines, String indication) {
        if (h.dos() == null || lines.isEmpty()) {
            return null;
        }
        record Prior(LocalDate on, String code, String indication) {
        }
        return jdbc.sql("""
                        SELECT l.date_of_service, l.code, st.documentation->'indication'->>'text' AS indication
                        FROM claim_lines l JOIN claims c ON c.organisation_id = l.organisation_id AND c.id = l.claim_id
                        LEFT JOIN claim_studies cs ON cs.claim_id = c.id
                        LEFT JOIN studies st ON st.id = cs.study_id
                        WHERE c.organisation_id = :org AND c.patient_id = :patient AND c.id <> :claim
                          AND c.status NOT IN ('draft', 'corrected') AND l.code = ANY(CAST(:codes AS text[]))
                          AND l.date_of_service < :dos
                        ORDER BY l.date_of_service DESC LIMIT 1""")
                .param("org", org).param("patient", h.patientId()).param("claim", h.claimId())
                .param("codes", lines.stream().map(DeniedLine::procedureCode).distinct().toArray(String[]::new))
                .param("dos", h.dos())
                .query((rs, n) -> new Prior(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)))
                .optional()
                .map(p -> new AppealFacts.PriorStudy(p.on(), p.code(), p.indication() == null || indication == null
                        || p.indication().equalsIgnoreCase(indication) ? null
                        : "the earlier study was ordered for " + p.indication() + "; this one for " + indication + "."))
                .orElse(null);
    }

    private Submission submission(long org, Head h) {
        if (h.submitted() == null) {
            return null;
        }
        record Sent(String interchange, LocalDate accepted999, LocalDate accepted277) {
        }
        Sent sent = jdbc.sql("""
                        SELECT lpad(b.interchange_control::text, 9, '0'),
                               (SELECT min(a.received_at)::date FROM acknowledgements a
                                WHERE a.batch_id = b.id AND a.kind = '999' AND a.accepted) AS a999,
                               (SELECT min(a.received_at)::date FROM claim_acknowledgements ca
                                JOIN acknowledgements a ON a.id = ca.acknowledgement_id
                                WHERE ca.claim_id = bc.claim_id AND ca.accepted) AS a277
                        FROM batch_claims bc JOIN submission_batches b ON b.id = bc.batch_id
                        WHERE bc.claim_id = :claim ORDER BY b.id LIMIT 1""")
                .param("claim", h.claimId())
                .query((rs, n) -> new Sent(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)))
                .optional().orElse(new Sent(null, null, null));
        // proof of timely filing only when it proves it: sent within the payer's limit and acknowledged
        int limit = AppealWindows.of(engine.packs().get(h.pack())).timelyFilingDays();
        boolean inTime = h.dos() != null && !h.submitted().isAfter(h.dos().plusDays(limit));
        if (!inTime || (sent.accepted999() == null && sent.accepted277() == null)) {
            return null;
        }
        return new Submission(h.submitted(), sent.interchange(), sent.accepted999(), sent.accepted277());
    }

    private static AppealFacts.Authorisation authorisation(Head h) {
        return h.authorisation() == null ? null
                : new AppealFacts.Authorisation(h.authorisation(), null, false, null);
    }

    private List<PriorLevel> priorLevels(long org, long denialId, int level) {
        return jdbc.sql("""
                        SELECT level, filed_on, decided_on, status FROM appeals
                        WHERE organisation_id = :org AND denial_id = :id AND kind = 'appeal' AND level < :level
                        ORDER BY level""")
                .param("org", org).param("id", denialId).param("level", level)
                .query((ResultSet rs, int n) -> prior(rs)).list();
    }

    private static PriorLevel prior(ResultSet rs) throws SQLException {
        return new PriorLevel(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                rs.getString(4));
    }
}
