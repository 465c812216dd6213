package org.sonobill.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An installation that holds V5 data (claims submitted and denied, their denial lines) moves to V6: the denials get
 * their payer and dates, the lines their trend facts, and the trends count what was billed and denied, once.
 */
class DenialQueueMigrationTest {
    @RegisterExtension
    static final EmbeddedDatabase DB = new EmbeddedDatabase();

    private static Flyway flyway(DataSource ds, String target) {
        return Flyway.configure().dataSource(ds).schemas("upgrade").createSchemas(true)
                .locations("classpath:db/migration").target(target).load();
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aVersion5DatabaseWithDenialsMovesToTheQueueWithItsHistoryCountedOnce() throws SQLException {
        DataSource ds = DB.db().dataSource();
        flyway(ds, "5").migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO upgrade");
            s.execute("INSERT INTO organisations (id, code, name) VALUES (1, 'up', 'Upgrade')");
            s.execute("INSERT INTO payers (id, organisation_id, code, name, rule_pack) VALUES (1, 1, 'mcr', 'Medicare',"
                    + " 'medicare')");
            s.execute("INSERT INTO patients (id, organisation_id, mrn, last_name, first_name, sex) VALUES (1, 1, 'M1',"
                    + " 'Doe', 'Jo', 'F')");
            s.execute("INSERT INTO claims (id, organisation_id, claim_number, patient_id, payer_id, claim_type,"
                    + " place_of_service, status, total_charge, date_of_service, ordering_npi) VALUES"
                    + " (1, 1, 'C1', 1, 1, 'professional', '11', 'denied', 700, DATE '2026-03-10', '1245319599'),"
                    + " (2, 1, 'C2', 1, 1, 'professional', '11', 'paid', 300, DATE '2026-04-02', NULL),"
                    + " (3, 1, 'C3', 1, 1, 'professional', '11', 'draft', 300, DATE '2026-04-05', NULL)");
            s.execute("INSERT INTO claim_lines (id, organisation_id, claim_id, line_number, code, charge,"
                    + " date_of_service, control_number) VALUES (1, 1, 1, 1, '76700', 420, DATE '2026-03-10', 'C1-1'),"
                    + " (2, 1, 1, 2, '76705', 280, DATE '2026-03-10', 'C1-2'),"
                    + " (3, 1, 2, 1, '76770', 300, DATE '2026-04-02', 'C2-1'),"
                    + " (4, 1, 3, 1, '76770', 300, DATE '2026-04-05', 'C3-1')");
            s.execute("INSERT INTO remittances (id, organisation_id, payer_id, trace_number, payment_amount)"
                    + " VALUES (1, 1, 1, 'T1', 0)");
            s.execute("INSERT INTO remittance_claims (id, organisation_id, remittance_id, claim_id, status_code,"
                    + " payer_claim_number, charge, paid, position, patient_control_number)"
                    + " VALUES (1, 1, 1, 1, '4', 'ICN1', 700, 0, 1, 'C1')");
            s.execute("INSERT INTO remittance_lines (id, organisation_id, remittance_claim_id, position, claim_line_id,"
                    + " matched_by, code, charge, paid, units) VALUES (1, 1, 1, 1, 1, 'control-number', '76700', 420,"
                    + " 0, 1)");
            s.execute("INSERT INTO denials (id, organisation_id, claim_id, root_cause) VALUES (1, 1, 1,"
                    + " 'medical-necessity')");
            s.execute("INSERT INTO denial_lines (organisation_id, denial_id, remittance_line_id, claim_line_id,"
                    + " denied_in_full, group_code, carc, amount, root_cause) VALUES (1, 1, 1, 1, true, 'CO', '50',"
                    + " 420, 'medical-necessity')");
        }
        flyway(ds, "latest").migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO upgrade");
            assertThat(one(s, "SELECT count(*) FROM denials WHERE payer_id = 1 AND service_date = DATE '2026-03-10'"
                    + " AND received_on IS NOT NULL AND denied_amount = 420")).isEqualTo(1);
            assertThat(one(s, "SELECT count(*) FROM denial_lines WHERE procedure = '76700' AND payer_id = 1"
                    + " AND service_date = DATE '2026-03-10' AND ordering_npi = '1245319599'")).isEqualTo(1);
            // billed: the two claims past submission (not the draft), each line once
            assertThat(one(s, "SELECT sum(billed_claims) FROM denial_trends WHERE dimension = 'all'")).isEqualTo(2);
            assertThat(one(s, "SELECT sum(billed_lines) FROM denial_trends WHERE dimension = 'all'")).isEqualTo(3);
            assertThat(one(s, "SELECT sum(billed_lines) FROM denial_trends WHERE dimension = 'code'")).isEqualTo(3);
            assertThat(one(s, "SELECT sum(denied_lines) FROM denial_trends WHERE dimension = 'all'")).isEqualTo(1);
            assertThat(one(s, "SELECT sum(denied_claims) FROM denial_trends WHERE dimension = 'all'")).isEqualTo(1);
            assertThat(one(s, "SELECT denied_lines FROM denial_trends WHERE dimension = 'carc' AND key = 'CO-50'"))
                    .isEqualTo(1);
            // the claims kept their versions: the backfill dated first submissions without the guard
            assertThat(one(s, "SELECT max(version) FROM claims")).isZero();
            assertThat(one(s, "SELECT count(*) FROM claims WHERE first_submitted_on IS NOT NULL")).isEqualTo(2);
        }
    }
}
