package org.sonobill.server.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.sonobill.server.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 837 side of the journeys: one batch per day and claim form (837P for professional, 837I for institutional
 * claims), accepted by its 999 the same evening, and a 277CA per claim the next day. Interchange control numbers are
 * made from the date and the form, so they never repeat and grow with time.
 */
final class SubmissionWriter {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final ClaimMoves moves;
    private final long org;
    private final Map<String, Batch> batches = new HashMap<>();

    SubmissionWriter(JdbcClient jdbc, JsonMapper json, AuditTrail audit, ClaimMoves moves, long org) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.moves = moves;
        this.org = org;
    }

    private record Batch(long id, String kind, long interchange) {
    }

    void submit(DemoClaim c, long claim, LocalDate on) {
        Batch b = batch(on, c.institutional());
        jdbc.sql("INSERT INTO batch_claims (organisation_id, batch_id, claim_id) VALUES (?, ?, ?)")
                .params(org, b.id(), claim).update();
        moves.move(claim, "submitted", "submit", Map.of("batch", b.kind() + " " + b.interchange(), "submittedOn",
                on.toString()));
    }

    /** The claim's 277CA from the payer: category A2 when accepted for adjudication, A7 when rejected. */
    void acknowledge(DemoClaim c, long claim, String number, LocalDate submitted, Journey.Acknowledge a) {
        Batch b = batch(submitted, c.institutional());
        String category = a.accepted() ? "A2" : "A7";
        Map<String, Object> detail = Map.of("claimNumber", number, "claimStatus", category, "statusCode",
                a.statusCode(), "reason", a.reason());
        jdbc.sql("INSERT INTO acknowledgements (organisation_id, batch_id, kind, accepted, detail, received_at)"
                        + " VALUES (?, ?, '277CA', ?, ?::jsonb, ?)")
                .params(org, b.id(), a.accepted(), json.writeValueAsString(detail), at(a.on(), 7)).update();
        moves.move(claim, a.accepted() ? "accepted" : "rejected", "acknowledge", Map.of("kind", "277CA",
                "claimStatus", category + ":" + a.statusCode(), "reason", a.reason(), "receivedOn", a.on().toString()));
    }

    private Batch batch(LocalDate on, boolean institutional) {
        String kind = institutional ? "837I" : "837P";
        return batches.computeIfAbsent(on + kind, k -> {
            long interchange = ((on.getYear() % 100) * 1000L + on.getDayOfYear()) * 10 + (institutional ? 2 : 1);
            long id = jdbc.sql("INSERT INTO submission_batches (organisation_id, kind, interchange_control, created_at)"
                            + " VALUES (?, ?, ?, ?) RETURNING id")
                    .params(org, kind, interchange, at(on, 18)).query(Long.class).single();
            jdbc.sql("INSERT INTO acknowledgements (organisation_id, batch_id, kind, accepted, detail, received_at)"
                            + " VALUES (?, ?, '999', TRUE, ?::jsonb, ?)")
                    .params(org, id, json.writeValueAsString(Map.of("ackCode", "A", "interchangeControl", interchange,
                            "transactionSetsAccepted", 1)), at(on, 19)).update();
            audit.record(org, DemoOrganisation.LOADER, "create", "submission-batch", id, null, Map.of("kind", kind,
                    "interchangeControl", interchange, "createdOn", on.toString()));
            return new Batch(id, kind, interchange);
        });
    }

    /** A time of day on a date, in the server's zone. */
    static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
