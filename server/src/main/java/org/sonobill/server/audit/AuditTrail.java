package org.sonobill.server.audit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sonobill.server.security.SonoBillUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail: who did what to which record, with the record before and after. Written in the same
 * transaction as the change it describes, so a change is never saved without its audit event (and the other way
 * round). The table refuses updates and deletes (migration V1).
 */
@Component
public class AuditTrail {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records one event; before and after are any JSON-writable values (or null). */
    public void record(SonoBillUser actor, String action, String entity, Object entityId, Object before, Object after) {
        record(actor.organisationId(), actor.actor(), action, entity, entityId, before, after);
    }

    /** Records one event for an actor that is not a signed-in user (the demo loader, a sign-in attempt). */
    public void record(long organisationId, String actor, String action, String entity, Object entityId, Object before,
                       Object after) {
        jdbc.sql("INSERT INTO audit_events (organisation_id, actor, action, entity, entity_id, before_state, after_state)"
                        + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)")
                .params(organisationId, actor, action, entity, String.valueOf(entityId), text(before), text(after))
                .update();
    }

    /**
     * The audit INSERT to embed as a data-modifying CTE of the statement that makes the change ({@code a AS (...)}), so
     * a change and its event take one round trip and still commit together. It reads the named parameters of
     * {@link #parameters}; {@code entityId} and {@code after} are SQL expressions over {@code from} (after is usually
     * {@code CAST(:auditAfter AS jsonb)}, extended with values only the statement knows, such as a new version).
     */
    public static String insertAsCte(String entityId, String after, String from) {
        return "INSERT INTO audit_events (organisation_id, actor, action, entity, entity_id, before_state, after_state)"
                + " SELECT :auditOrg, :auditActor, :auditAction, :auditEntity, " + entityId
                + ", CAST(:auditBefore AS jsonb), " + after + " FROM " + from + " RETURNING 1";
    }

    /** The named parameters of {@link #insertAsCte}: the event's actor, action, entity and before/after states. */
    public Map<String, Object> parameters(SonoBillUser actor, String action, String entity, Object before,
                                          Object after) {
        Map<String, Object> p = new HashMap<>();
        p.put("auditOrg", actor.organisationId());
        p.put("auditActor", actor.actor());
        p.put("auditAction", action);
        p.put("auditEntity", entity);
        p.put("auditBefore", text(before));
        p.put("auditAfter", text(after));
        return p;
    }

    /** Events of an organisation, newest first, optionally for one entity or record. */
    public List<Event> list(long organisationId, String entity, String entityId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, actor, action, entity, entity_id, before_state::text AS b,"
                + " after_state::text AS a, at FROM audit_events WHERE organisation_id = :org");
        if (entity != null) {
            sql.append(" AND entity = :entity");
        }
        if (entityId != null) {
            sql.append(" AND entity_id = :id");
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT :limit");
        JdbcClient.StatementSpec q = jdbc.sql(sql.toString()).param("org", organisationId).param("limit", limit);
        if (entity != null) {
            q = q.param("entity", entity);
        }
        if (entityId != null) {
            q = q.param("id", entityId);
        }
        return q.query((rs, n) -> new Event(rs.getLong("id"), rs.getString("actor"), rs.getString("action"),
                rs.getString("entity"), rs.getString("entity_id"), node(rs.getString("b")), node(rs.getString("a")),
                rs.getObject("at", OffsetDateTime.class))).list();
    }

    private String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return json.writeValueAsString(s);
        }
        return json.writeValueAsString(value);
    }

    private JsonNode node(String text) {
        return text == null ? null : json.readTree(text);
    }

    /** One audit event. */
    public record Event(long id, String actor, String action, String entity, String entityId, JsonNode before,
                        JsonNode after, OffsetDateTime at) {
    }
}
