package org.sonobill.server.denial;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.claim.ClaimService;
import org.sonobill.server.claim.ClaimViews.ClaimDetail;
import org.sonobill.server.denial.DenialWork.Locked;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A corrected claim for a denial: a replacement (frequency 7) carrying every line again with the fix, or a void
 * (frequency 8), both naming the payer's claim number (837 loop 2300 REF*F8, from the 835's CLP07); for a claim the
 * payer never adjudicated (rejected), a new original claim. The new claim is scrubbed at once, so the engine's edits
 * judge the fix before anyone releases it; it then goes out in a batch like any claim. Rules:
 * shared/docs/ultrasound-coding-reference.md g.3 (CMS-1500 box 22; 005010X222A1 CLM05-3 and REF*F8).
 */
@Service
public class CorrectedClaims {
    private static final Pattern CODE = Pattern.compile("[0-9A-Z][0-9]{3}[0-9A-Z]");
    private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");
    private static final Pattern ICD = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?");
    /** Days to wait for the payer's answer to a corrected claim before following up. */
    static final int FOLLOW_UP_DAYS = 30;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final DenialWork work;
    private final ClaimService claims;
    private final Clock clock;

    public CorrectedClaims(JdbcClient jdbc, AuditTrail audit, DenialWork work, ClaimService claims, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.work = work;
        this.claims = claims;
        this.clock = clock;
    }

    /** The change to a line: a new code, modifiers, units or pointers, or the line removed. */
    public record LineChange(int lineNumber, String code, List<String> modifiers, Integer units,
                             List<Integer> pointers, Boolean remove) {
    }

    /**
     * The correction.
     *
     * @param frequency  7 (replacement, the default) or 8 (void)
     * @param diagnoses  the claim's diagnoses in their new order, or null to keep them
     */
    public record Correction(String frequency, List<LineChange> lines, List<String> diagnoses, String note) {
    }

    /** Makes the corrected claim, scrubs it, and moves the denial and the original claim to corrected. */
    @Transactional
    public ClaimDetail correct(SonoBillUser user, long denialId, Correction req, Integer ifMatch) {
        String frequency = req.frequency() == null ? "7" : req.frequency();
        if (!frequency.equals("7") && !frequency.equals("8")) {
            throw ApiException.badField("frequency", "expected 7 (replacement) or 8 (void); found " + frequency);
        }
        if (req.note() == null || req.note().isBlank()) {
            throw ApiException.badField("note", "expected what was corrected and why (kept with the claim's history)");
        }
        validate(req);
        Locked d = work.lock(user, denialId, ifMatch);
        DenialWork.requireActive(d);
        long org = user.organisationId();
        String icn = jdbc.sql("SELECT payer_claim_number FROM claims WHERE id = :id").param("id", d.claimId())
                .query(String.class).optional().orElse(null);
        boolean adjudicated = !d.claimStatus().equals("rejected");
        if (adjudicated && (icn == null || icn.isBlank())) {
            throw ApiException.conflict("Claim " + d.claimNumber() + " has no payer claim number (CLP07 of the 835) "
                    + "for REF*F8; a replacement needs it. Record it from the remittance, or ask for a reopening.");
        }
        if (!adjudicated && frequency.equals("8")) {
            throw ApiException.conflict("Claim " + d.claimNumber() + " was rejected, never adjudicated: there is "
                    + "nothing at the payer to void.");
        }
        String newFrequency = adjudicated ? frequency : "1";
        String number = "SB" + jdbc.sql("SELECT nextval('claim_number_seq')").query(Long.class).single();
        long id = copyClaim(org, d.claimId(), number, newFrequency, adjudicated ? icn : null, user.actor());
        applyDiagnoses(org, id, d.claimId(), req.diagnoses());
        int diagnoses = jdbc.sql("SELECT count(*) FROM claim_diagnoses WHERE claim_id = :id").param("id", id)
                .query(Integer.class).single();
        applyLines(org, id, d.claimId(), number, req.lines(), diagnoses);
        jdbc.sql("""
                        UPDATE claims SET total_charge = (SELECT coalesce(sum(charge), 0) FROM claim_lines
                                                          WHERE claim_id = :id), version = version + 1
                        WHERE id = :id""").param("id", id).update();
        // the original ends as corrected when its lifecycle allows (denied, partly paid, rejected)
        jdbc.sql("""
                        UPDATE claims c SET status = 'corrected', version = c.version + 1 WHERE c.id = :id
                        AND EXISTS (SELECT 1 FROM claim_status_transitions t WHERE t.from_status = c.status
                                    AND t.to_status = 'corrected')""")
                .param("id", d.claimId()).update();
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                        UPDATE denials SET status = 'corrected', corrected_claim_id = :claim, next_deadline = :follow,
                            deadline_what = :what, escalated_on = NULL, version = version + 1, updated_at = now()
                        WHERE id = :id""")
                .param("claim", id).param("follow", today.plusDays(FOLLOW_UP_DAYS))
                .param("what", "Follow up: the payer's answer to corrected claim " + number)
                .param("id", denialId).update();
        audit.record(user, "correct", "claim", d.claimId(), DenialWork.mapOf("status", d.claimStatus()),
                DenialWork.mapOf("status", "corrected", "replacedBy", number));
        audit.record(user, "create", "claim", id, null, DenialWork.mapOf("claimNumber", number, "frequency",
                newFrequency, "replaces", d.claimNumber(), "payerClaimNumber", adjudicated ? icn : null,
                "note", req.note().trim(), "denialId", denialId));
        audit.record(user, "correct", "denial", denialId, DenialWork.mapOf("status", d.status()),
                DenialWork.mapOf("status", "corrected", "correctedClaim", number));
        work.retriage(user, denialId);
        return claims.scrub(user, id, null);
    }

    private static void validate(Correction req) {
        for (LineChange l : req.lines() == null ? List.<LineChange>of() : req.lines()) {
            if (l.code() != null && !CODE.matcher(l.code()).matches()) {
                throw ApiException.badField("lines[" + l.lineNumber() + "].code", "expected a CPT/HCPCS code like "
                        + "76705; found " + l.code());
            }
            for (String m : l.modifiers() == null ? List.<String>of() : l.modifiers()) {
                if (!MODIFIER.matcher(m).matches()) {
                    throw ApiException.badField("lines[" + l.lineNumber() + "].modifiers", "expected two-character "
                            + "modifiers like 26 or XS; found " + m);
                }
            }
            if (l.modifiers() != null && l.modifiers().size() > 4) {
                throw ApiException.badField("lines[" + l.lineNumber() + "].modifiers", "expected at most 4");
            }
            if (l.units() != null && (l.units() < 1 || l.units() > 999)) {
                throw ApiException.badField("lines[" + l.lineNumber() + "].units", "expected 1 to 999");
            }
        }
        for (String dx : req.diagnoses() == null ? List.<String>of() : req.diagnoses()) {
            if (!ICD.matcher(dx).matches()) {
                throw ApiException.badField("diagnoses", "expected ICD-10-CM codes like R10.11; found " + dx);
            }
        }
        if (req.diagnoses() != null && (req.diagnoses().isEmpty() || req.diagnoses().size() > 12)) {
            throw ApiException.badField("diagnoses", "expected 1 to 12 diagnoses");
        }
    }

    private long copyClaim(long org, long original, String number, String frequency, String icn, String actor) {
        return jdbc.sql("""
                        INSERT INTO claims (organisation_id, claim_number, patient_id, payer_id, claim_type, frequency,
                            original_claim_number, place_of_service, total_charge, billing_npi, rendering_npi,
                            ordering_npi, prior_authorization, state, pricing_locality, date_of_service, created_by)
                        SELECT organisation_id, :number, patient_id, payer_id, claim_type, :frequency, :icn,
                            place_of_service, total_charge, billing_npi, rendering_npi, ordering_npi,
                            prior_authorization, state, pricing_locality, date_of_service, :actor
                        FROM claims WHERE organisation_id = :org AND id = :id RETURNING id""")
                .param("number", number).param("frequency", frequency).param("icn", icn).param("actor", actor)
                .param("org", org).param("id", original).query(Long.class).single();
    }

    /** Every line again (a replacement resends all lines, g.3), with the changes, renumbered from 1. */
    private void applyLines(long org, long id, long original, String number, List<LineChange> changes,
                            int diagnoses) {
        Map<Integer, LineChange> byLine = new HashMap<>();
        for (LineChange c : changes == null ? List.<LineChange>of() : changes) {
            byLine.put(c.lineNumber(), c);
        }
        record Line(int number, String code, List<String> modifiers, int units, java.math.BigDecimal charge,
                    List<Integer> pointers, LocalDate dos) {
        }
        List<Line> lines = jdbc.sql("""
                        SELECT line_number, code, modifiers, units, charge, pointers, date_of_service
                        FROM claim_lines WHERE organisation_id = :org AND claim_id = :id ORDER BY line_number""")
                .param("org", org).param("id", original)
                .query((rs, n) -> new Line(rs.getInt(1), rs.getString(2), DenialQueue.strings(rs.getArray(3)),
                        rs.getInt(4), rs.getBigDecimal(5), pointers(rs.getArray(6)),
                        rs.getObject(7, LocalDate.class))).list();
        for (Integer n : byLine.keySet()) {
            if (lines.stream().noneMatch(l -> l.number() == n)) {
                throw ApiException.badField("lines", "claim has no line " + n);
            }
        }
        int next = 1;
        for (Line l : lines) {
            LineChange c = byLine.get(l.number());
            if (c != null && Boolean.TRUE.equals(c.remove())) {
                continue;
            }
            String code = c != null && c.code() != null ? c.code() : l.code();
            List<String> mods = c != null && c.modifiers() != null ? c.modifiers() : l.modifiers();
            int units = c != null && c.units() != null ? c.units() : l.units();
            List<Integer> ptrs = c != null && c.pointers() != null ? c.pointers() : l.pointers();
            if (ptrs.isEmpty() || ptrs.size() > 4 || ptrs.stream().anyMatch(p -> p < 1 || p > diagnoses)) {
                throw ApiException.badField("lines[" + l.number() + "].pointers", "expected 1 to 4 pointers to the "
                        + diagnoses + " diagnoses of the corrected claim; found " + ptrs);
            }
            jdbc.sql("""
                            INSERT INTO claim_lines (organisation_id, claim_id, line_number, code, modifiers, units,
                                charge, pointers, date_of_service, control_number)
                            VALUES (:org, :claim, :n, :code, CAST(:mods AS text[]), :units, :charge,
                                CAST(:ptrs AS smallint[]), :dos, :ctl)""")
                    .param("org", org).param("claim", id).param("n", next).param("code", code)
                    .param("mods", mods.toArray(new String[0])).param("units", units).param("charge", l.charge())
                    .param("ptrs", ptrs.stream().map(Integer::shortValue).toArray(Short[]::new))
                    .param("dos", l.dos()).param("ctl", number + "-" + next).update();
            next++;
        }
        if (next == 1) {
            throw ApiException.badField("lines", "a corrected claim keeps at least one line (to cancel the claim, "
                    + "send a void: frequency 8)");
        }
        jdbc.sql("INSERT INTO claim_studies (organisation_id, claim_id, study_id) SELECT organisation_id, :id, study_id"
                        + " FROM claim_studies WHERE organisation_id = :org AND claim_id = :original")
                .param("id", id).param("org", org).param("original", original).update();
    }

    private void applyDiagnoses(long org, long id, long original, List<String> diagnoses) {
        if (diagnoses == null) {
            jdbc.sql("""
                            INSERT INTO claim_diagnoses (organisation_id, claim_id, position, code)
                            SELECT organisation_id, :id, position, code FROM claim_diagnoses
                            WHERE organisation_id = :org AND claim_id = :original""")
                    .param("id", id).param("org", org).param("original", original).update();
            return;
        }
        List<String> codes = new ArrayList<>(diagnoses);
        jdbc.sql("""
                        INSERT INTO claim_diagnoses (organisation_id, claim_id, position, code)
                        SELECT :org, :id, x.n, x.code FROM unnest(CAST(:dx AS text[])) WITH ORDINALITY AS x(code, n)""")
                .param("org", org).param("id", id).param("dx", codes.toArray(new String[0])).update();
    }

    private static List<Integer> pointers(java.sql.Array a) throws java.sql.SQLException {
        List<Integer> out = new ArrayList<>();
        if (a != null) {
            for (Object o : (Object[]) a.getArray()) {
                out.add(((Number) o).intValue());
            }
        }
        return out;
    }
}
