package org.sonobill.server.hl7;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sonobill.server.study.StudyViews.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code hl7_inbox} table: every HL7 v2 message is written here as received before anything is done with it,
 * then marked with what became of it. Writes outside a transaction commit at once, so a message is kept even when
 * its intake fails and rolls back.
 */
@Component
public class Hl7Inbox {
    private final JdbcClient jdbc;

    public Hl7Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a message as received; returns its inbox id. */
    public long receive(long organisationId, String channel, String raw) {
        Msh msh = Msh.of(raw);
        return jdbc.sql("""
                        INSERT INTO hl7_inbox (organisation_id, channel, control_id, message_type, raw)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(organisationId, channel, msh.controlId(), msh.type(), raw)
                .query(Long.class).single();
    }

    /**
     * Marks what became of a message.
     *
     * @param status processed, duplicate, refused or failed
     * @param error the problem (refused, failed), never a patient identifier
     * @param studyId the study it made or found, or null
     */
    public void finish(long organisationId, long id, String status, String error, Long studyId) {
        jdbc.sql("""
                        UPDATE hl7_inbox SET status = ?, error = ?, study_id = ?, processed_at = now()
                        WHERE organisation_id = ? AND id = ?""")
                .params(status, error, studyId, organisationId, id).update();
    }

    /**
     * A message as kept.
     *
     * @param raw the message as received; only in the detail of one message
     */
    public record Entry(long id, String channel, OffsetDateTime receivedAt, String controlId, String messageType,
                        String status, String error, Long studyId, OffsetDateTime processedAt, String raw) {
    }

    /** The messages of an organisation, newest first, of one status or all. */
    public Page<Entry> list(long organisationId, String status, int limit, int offset) {
        String where = " WHERE organisation_id = ?" + (status == null ? "" : " AND status = ?");
        Object[] params = status == null ? new Object[] {organisationId} : new Object[] {organisationId, status};
        long total = jdbc.sql("SELECT count(*) FROM hl7_inbox" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(Arrays.asList(params));
        paged.add(limit);
        paged.add(offset);
        List<Entry> items = jdbc.sql("SELECT id, channel, received_at, control_id, message_type, status, error,"
                        + " study_id, processed_at, NULL AS raw FROM hl7_inbox" + where
                        + " ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(paged).query(Hl7Inbox::entry).list();
        return new Page<>(items, total, limit, offset);
    }

    /** One message with its text as received. */
    public Optional<Entry> get(long organisationId, long id) {
        return jdbc.sql("SELECT id, channel, received_at, control_id, message_type, status, error, study_id, "
                        + "processed_at, raw FROM hl7_inbox WHERE organisation_id = ? AND id = ?")
                .params(organisationId, id).query(Hl7Inbox::entry).optional();
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        long study = rs.getLong("study_id");
        return new Entry(rs.getLong("id"), rs.getString("channel"),
                rs.getObject("received_at", OffsetDateTime.class), rs.getString("control_id"),
                rs.getString("message_type"), rs.getString("status"), rs.getString("error"),
                rs.wasNull() ? null : study, rs.getObject("processed_at", OffsetDateTime.class),
                rs.getString("raw"));
    }

    /** MSH-9 and MSH-10, read by splitting the first segment on its field separator: known for a bad message too. */
    record Msh(String type, String controlId) {
        static Msh of(String raw) {
            String s = raw == null ? "" : raw.stripLeading();
            if (!s.startsWith("MSH") || s.length() < 8) {
                return new Msh(null, null);
            }
            int end = s.length();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\r' || s.charAt(i) == '\n') {
                    end = i;
                    break;
                }
            }
            char sep = s.charAt(3);
            String[] f = s.substring(0, end).split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
            String type = f.length > 8 ? f[8].replace(s.charAt(4), '^') : null;
            String control = f.length > 9 ? f[9] : null;
            return new Msh(blankToNull(type, 40), blankToNull(control, 200));
        }

        private static String blankToNull(String v, int max) {
            if (v == null || v.isBlank()) {
                return null;
            }
            return v.length() > max ? v.substring(0, max) : v;
        }
    }
}
