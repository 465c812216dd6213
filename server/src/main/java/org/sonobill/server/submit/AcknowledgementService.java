package org.sonobill.server.submit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.x12.ack.AcknowledgmentReader;
import org.sonobill.x12.ack.Acknowledgments;
import org.sonobill.x12.ack.AckOutcome;
import org.sonobill.x12.ack.ClaimAcknowledgment;
import org.sonobill.x12.ack.ClaimStatusReport;
import org.sonobill.x12.ack.ImplementationAcknowledgment;
import org.sonobill.x12.ack.Responder;
import org.sonobill.x12.ack.TransactionSetResponse;
import org.sonobill.x12.input.X12Input;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * 999 and 277CA acknowledgements linked to the batches and claims they answer. A 999 (005010X231A1) answers our
 * functional group (AK102 = the batch's GS06) per transaction set (AK202 = ST02): a rejected set sends its claims back
 * to rejected, to be fixed and sent again. A 277CA (005010X214) answers per claim (TRN02 = our CLM01): accepted claims
 * move to accepted with the payer's claim number, rejected ones to rejected. Who answered is kept: a clearinghouse's
 * rejection (the claim never reached the payer) and a payer's are different work. The same file read twice adds
 * nothing (its ISA13, GS and ST control numbers identify it).
 */
@Service
public class AcknowledgementService {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public AcknowledgementService(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What reading one acknowledgement file did. */
    public record AckReport(String source, List<String> acknowledgements, int claimsAccepted, int claimsRejected,
                            List<String> findings) {
    }

    @Transactional
    public AckReport receive(SonoBillUser user, X12Input input) {
        long org = user.organisationId();
        Acknowledgments acks = AcknowledgmentReader.read(input);
        List<String> done = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        int[] counts = new int[2];
        for (ImplementationAcknowledgment ia : acks.implementation()) {
            implementation(user, org, input.source(), ia, done, findings, counts);
        }
        for (ClaimStatusReport report : acks.claimStatus()) {
            for (ClaimAcknowledgment c : report.claims()) {
                claim(user, org, input.source(), report, c, done, findings, counts);
            }
        }
        if (acks.implementation().isEmpty() && acks.claimStatus().isEmpty()) {
            findings.add(input.source() + " holds no 999 or 277CA transaction set (TA1 interchange acknowledgements "
                    + "are read but not linked)");
        }
        return new AckReport(input.source(), done, counts[0], counts[1], findings);
    }

    private void implementation(SonoBillUser user, long org, String source, ImplementationAcknowledgment ia,
                                List<String> done, List<String> findings, int[] counts) {
        Long batch = batchByControl(org, ia.groupControlNumber());
        if (batch == null) {
            findings.add(source + ", 999 " + ia.controlNumber() + ": AK102 group " + ia.groupControlNumber()
                    + " is none of your batches; kept unlinked");
        }
        if (ia.responses().isEmpty() && ia.isGroupRejected()) {
            // the whole functional group refused before any transaction set was looked at (AK9 R without AK2)
            Long id = store(org, batch, "999", false, Map.of("groupStatus", ia.groupStatus(), "groupErrors",
                    ia.groupErrors(), "ackControlNumber", ia.controlNumber()), "clearinghouse", ia.groupControlNumber(),
                    "*", source, ia.interchangeControlNumber() + "/" + ia.controlNumber());
            if (id == null) {
                findings.add(source + ", 999 " + ia.controlNumber() + ": read before, nothing changed");
            } else {
                done.add("999 for batch group " + ia.groupControlNumber() + ": the whole group rejected ("
                        + ia.groupStatus().code() + " " + ia.groupStatus().text() + ")");
                if (batch != null) {
                    counts[1] += rejectBatchClaims(user, org, batch, "*", true, id);
                }
            }
            return;
        }
        for (TransactionSetResponse r : ia.responses()) {
            boolean accepted = r.isAccepted() && !ia.isGroupRejected();
            Long id = store(org, batch, "999", accepted, Map.of("groupStatus", ia.groupStatus(), "response", r,
                    "ackControlNumber", ia.controlNumber()), "clearinghouse", ia.groupControlNumber(), r.controlNumber(),
                    source, ia.interchangeControlNumber() + "/" + ia.controlNumber());
            if (id == null) {
                findings.add(source + ", 999 " + ia.controlNumber() + " for set " + r.controlNumber()
                        + ": read before, nothing changed");
                continue;
            }
            done.add("999 for batch group " + ia.groupControlNumber() + " set " + r.controlNumber() + ": "
                    + (accepted ? "accepted" : "rejected (" + r.status().code() + " " + r.status().text() + ")"));
            if (!accepted && batch != null) {
                // the clearinghouse refused the transaction set: its claims go back to be fixed and sent again
                counts[1] += rejectBatchClaims(user, org, batch, r.controlNumber(), ia.isGroupRejected(), id);
            }
        }
    }

    private void claim(SonoBillUser user, long org, String source, ClaimStatusReport report, ClaimAcknowledgment c,
                       List<String> done, List<String> findings, int[] counts) {
        record Ours(long id, String status, Long batch) {
        }
        Ours ours = jdbc.sql("""
                        SELECT c.id, c.status, (SELECT max(bc.batch_id) FROM batch_claims bc
                                                WHERE bc.organisation_id = c.organisation_id AND bc.claim_id = c.id)
                        FROM claims c WHERE c.organisation_id = ? AND c.claim_number = ? FOR UPDATE OF c""")
                .params(org, c.patientControlNumber())
                .query((rs, n) -> {
                    long b = rs.getLong(3);
                    Long batch = rs.wasNull() ? null : b;
                    return new Ours(rs.getLong(1), rs.getString(2), batch);
                }).optional().orElse(null);
        String answeredBy = c.responder().kind() == Responder.Kind.PAYER ? "payer" : "clearinghouse";
        boolean accepted = c.outcome() == AckOutcome.ACCEPTED;
        Long ack = store(org, ours == null ? null : ours.batch(), "277CA", accepted, Map.of("responder",
                        c.responder(), "batchTrace", c.batchTrace(), "statuses", c.statuses()), answeredBy,
                report.controlNumber(), c.patientControlNumber() + "#" + c.segmentNumber(), source,
                "BHT03 " + report.originatorTransactionId() + "/" + report.controlNumber());
        if (ack == null) {
            findings.add(source + ", 277CA " + report.controlNumber() + " claim " + c.patientControlNumber()
                    + ": read before, nothing changed");
            return;
        }
        jdbc.sql("""
                        INSERT INTO claim_acknowledgements (organisation_id, acknowledgement_id, claim_id,
                            patient_control_number, accepted, status, payer_claim_number)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?)""")
                .params(org, ack, ours == null ? null : ours.id(), c.patientControlNumber(), accepted,
                        json.writeValueAsString(c.statuses()), c.payerClaimNumber().isBlank() ? null
                                : c.payerClaimNumber()).update();
        if (ours == null) {
            findings.add(source + ", 277CA " + report.controlNumber() + ": claim " + c.patientControlNumber()
                    + " is none of yours; kept unlinked");
            return;
        }
        String target = c.outcome() == AckOutcome.ACCEPTED ? "accepted"
                : c.outcome() == AckOutcome.REJECTED ? "rejected" : null;
        done.add("277CA from " + answeredBy + " for claim " + c.patientControlNumber() + ": "
                + (target == null ? "status only" : target));
        // a payer may refuse a claim its clearinghouse accepted: that rejection counts too
        boolean movable = ours.status().equals("submitted")
                || "payer".equals(answeredBy) && "rejected".equals(target) && ours.status().equals("accepted");
        if (target == null || !movable) {
            if (target != null) {
                findings.add(source + ": claim " + c.patientControlNumber() + " is " + ours.status() + "; the 277CA's "
                        + target + " was kept without changing it");
            }
            return;
        }
        counts[accepted ? 0 : 1]++;
        Map<String, Object> after = new HashMap<>();
        after.put("status", target);
        after.put("answeredBy", answeredBy);
        after.put("acknowledgementId", ack);
        after.put("payerClaimNumber", c.payerClaimNumber());
        jdbc.sql("""
                        UPDATE claims SET status = ?, version = version + 1,
                            payer_claim_number = coalesce(nullif(?, ''), payer_claim_number)
                        WHERE organisation_id = ? AND id = ?""")
                .params(target, c.payerClaimNumber(), org, ours.id()).update();
        jdbc.sql("""
                        INSERT INTO audit_events (organisation_id, actor, action, entity, entity_id, before_state,
                            after_state) VALUES (?, ?, ?, 'claim', ?, jsonb_build_object('status', CAST(? AS text)),
                            CAST(? AS jsonb))""")
                .params(org, user.actor(), accepted ? "accept-277ca" : "reject-277ca", String.valueOf(ours.id()),
                        ours.status(), json.writeValueAsString(after)).update();
    }

    /**
     * Keeps one acknowledgement, once: its own control numbers (the file's ISA13 or BHT03 with its ST02, and what it
     * answers) identify it, so reading the same file again stores nothing. Returns its id, or null when it was kept
     * before.
     */
    private Long store(long org, Long batch, String kind, boolean accepted, Map<String, Object> detail,
                       String answeredBy, String groupControl, String transactionControl, String source,
                       String interchangeControl) {
        return jdbc.sql("""
                        INSERT INTO acknowledgements (organisation_id, batch_id, kind, accepted, detail, answered_by,
                            group_control, transaction_control, source_name, interchange_control)
                        VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)
                        ON CONFLICT (organisation_id, kind, interchange_control, group_control, transaction_control)
                            WHERE interchange_control IS NOT NULL DO NOTHING RETURNING id""")
                .params(org, batch, kind, accepted, json.writeValueAsString(detail), answeredBy, groupControl,
                        transactionControl, source, interchangeControl)
                .query(Long.class).optional().orElse(null);
    }

    /** The batch's submitted claims of one transaction set (or all of them) back to rejected; how many. */
    private int rejectBatchClaims(SonoBillUser user, long org, long batch, String set, boolean whole, long ack) {
        return jdbc.sql("""
                        WITH u AS (
                            UPDATE claims c SET status = 'rejected', version = c.version + 1
                            FROM batch_claims bc WHERE bc.organisation_id = c.organisation_id
                            AND bc.claim_id = c.id AND bc.batch_id = :batch
                            AND (bc.transaction_control = :st OR :group) AND c.status = 'submitted'
                            RETURNING c.id)
                        INSERT INTO audit_events (organisation_id, actor, action, entity, entity_id,
                            before_state, after_state)
                        SELECT :org, :actor, 'reject-999', 'claim', u.id::text, '{"status": "submitted"}',
                               jsonb_build_object('status', 'rejected', 'acknowledgementId', CAST(:ack AS bigint),
                                   'answeredBy', 'clearinghouse')
                        FROM u""")
                .param("batch", batch).param("st", set).param("group", whole)
                .param("org", org).param("actor", user.actor()).param("ack", ack).update();
    }

    private Long batchByControl(long org, String groupControl) {
        long control;
        try {
            control = Long.parseLong(groupControl.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        return jdbc.sql("SELECT id FROM submission_batches WHERE organisation_id = ? AND group_control = ?")
                .params(org, control).query(Long.class).optional().orElse(null);
    }
}
