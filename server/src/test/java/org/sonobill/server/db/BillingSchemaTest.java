package org.sonobill.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rules of the billing records the database enforces whatever the application does: tenancy, the claim
 * lifecycle, optimistic locking, one posting per 835 payment, one open denial per claim.
 */
class BillingSchemaTest {
    @RegisterExtension
    static final EmbeddedDatabase DB = new EmbeddedDatabase();

    private static long id(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql + " RETURNING id")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** An organisation with a patient, a payer and a draft claim with one line; returns {org, patient, payer, claim}. */
    private static long[] practice(Statement s, String code) throws SQLException {
        long org = id(s, "INSERT INTO organisations (code, name) VALUES ('" + code + "', '" + code + "')");
        long patient = id(s, "INSERT INTO patients (organisation_id, mrn, last_name, first_name, sex, birth_date) VALUES ("
                + org + ", 'MRN-1', 'Doe', 'Jane', 'F', '1970-01-01')");
        long payer = id(s, "INSERT INTO payers (organisation_id, code, name, rule_pack) VALUES (" + org
                + ", 'mcr', 'Medicare', 'medicare')");
        long claim = id(s, "INSERT INTO claims (organisation_id, claim_number, patient_id, payer_id, claim_type, "
                + "place_of_service) VALUES (" + org + ", 'CLM-1', " + patient + ", " + payer + ", 'professional', '22')");
        s.executeUpdate("INSERT INTO claim_lines (organisation_id, claim_id, line_number, code, modifiers, charge, "
                + "date_of_service, control_number) VALUES (" + org + ", " + claim + ", 1, '76700', '{26}', 240, "
                + "'2026-02-10', 'CLM-1-1')");
        return new long[] {org, patient, payer, claim};
    }

    private static String status(Statement s, long claim) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT status FROM claims WHERE id = " + claim)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void aClaimFollowsItsLifecycleAndCannotSkipAStep() throws SQLException {
        try (Connection c = DB.db().connection(); Statement s = c.createStatement()) {
            long claim = practice(s, "lifecycle")[3];
            assertThatThrownBy(() -> s.executeUpdate("UPDATE claims SET status = 'submitted', version = version + 1 "
                    + "WHERE id = " + claim)).hasMessageContaining("cannot go from draft to submitted");
            for (String next : new String[] {"scrubbed", "ready", "submitted", "accepted", "denied", "appealed", "paid", "closed"}) {
                assertThat(s.executeUpdate("UPDATE claims SET status = '" + next + "', version = version + 1 WHERE id = "
                        + claim)).isEqualTo(1);
            }
            assertThat(status(s, claim)).isEqualTo("closed");
        }
    }

    @Test
    void aStaleUpdateIsRefused() throws SQLException {
        try (Connection c = DB.db().connection(); Statement s = c.createStatement()) {
            long claim = practice(s, "locking")[3];
            // two people read version 0; the first saves (version 1), the second still says 1 is next from 0
            assertThat(s.executeUpdate("UPDATE claims SET status = 'scrubbed', version = 1 WHERE id = " + claim)).isEqualTo(1);
            assertThatThrownBy(() -> s.executeUpdate("UPDATE claims SET total_charge = 10, version = 1 WHERE id = " + claim))
                    .hasMessageContaining("changed by someone else");
        }
    }

    @Test
    void aRowCannotPointIntoAnotherOrganisationsData() throws SQLException {
        try (Connection c = DB.db().connection(); Statement s = c.createStatement()) {
            long[] a = practice(s, "tenant-a");
            long[] b = practice(s, "tenant-b");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO claims (organisation_id, claim_number, patient_id, "
                    + "payer_id, claim_type, place_of_service) VALUES (" + a[0] + ", 'CLM-X', " + b[1] + ", " + a[2]
                    + ", 'professional', '11')")).hasMessageContaining("foreign key");
        }
    }

    @Test
    void aRowOfNoOrganisationIsRefusedThroughItsParent() throws SQLException {
        // V10: studies, coding_results, claims and claim_lines check their organisation through the parent's
        // composite key only; an organisation that does not exist still cannot be written
        try (Connection c = DB.db().connection(); Statement s = c.createStatement()) {
            long[] a = practice(s, "tenant-parents");
            long none = a[0] + 1_000_000;
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO claims (organisation_id, claim_number, patient_id, "
                    + "payer_id, claim_type, place_of_service) VALUES (" + none + ", 'CLM-NONE', " + a[1] + ", "
                    + a[2] + ", 'professional', '11')")).hasMessageContaining("foreign key");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO claim_lines (organisation_id, claim_id, line_number, "
                    + "code, charge, date_of_service, control_number) VALUES (" + none + ", " + a[3] + ", 9, '76700', 100, "
                    + "'2026-01-05', 'L9')"))
                    .hasMessageContaining("foreign key");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO studies (organisation_id, patient_id, accession, "
                    + "date_of_service, modality_family) VALUES (" + none + ", " + a[1] + ", 'ACC-NONE', "
                    + "'2026-01-05', 'abdomen')")).hasMessageContaining("foreign key");
        }
    }

    @Test
    void theSame835PaymentIsPostedOnce() throws SQLException {
        try (Connection c = DB.db().connection(); Statement s = c.createStatement()) {
            long[] p = practice(s, "era");
            String insert = "INSERT INTO remittances (organisation_id, payer_id, trace_number, payment_amount) VALUES ("
                    + p[0] + ", " + p[2] + ", 'TRN-0001', 37.61)";
            s.executeUpdate(insert);
            assertThatThrownBy(() -> s.executeUpdate(insert)).hasMessageContaining("remittances_organisation_id_payer_id_trace_number_key");
        }
    }

    @Test
    void aDeniedClaimHasOneOpenQueueEntry() throws SQLException {
        try (Connection c = DB.db().connection(); Statement s = c.createStatement()) {
            long[] p = practice(s, "queue");
            String insert = "INSERT INTO denials (organisation_id, claim_id, root_cause) VALUES (" + p[0] + ", " + p[3]
                    + ", 'medical-necessity')";
            long first = id(s, insert);
            assertThatThrownBy(() -> s.executeUpdate(insert)).hasMessageContaining("denials_one_open_per_claim");
            s.executeUpdate("UPDATE denials SET status = 'closed' WHERE id = " + first);
            assertThat(s.executeUpdate(insert)).isEqualTo(1); // denied again later: a new entry
        }
    }

    @Test
    void claimLinesAndClaimsKeepTheirShape() throws SQLException {
        try (Connection c = DB.db().connection(); Statement s = c.createStatement()) {
            long[] p = practice(s, "shape");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO claim_lines (organisation_id, claim_id, line_number, code, "
                    + "modifiers, charge, date_of_service, control_number) VALUES (" + p[0] + ", " + p[3] + ", 2, '76705', "
                    + "'{26,RT,59,XS,76}', 100, '2026-02-10', 'CLM-1-2')")).hasMessageContaining("claim_lines_modifiers_check");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO claims (organisation_id, claim_number, patient_id, payer_id, "
                    + "claim_type, place_of_service, frequency) VALUES (" + p[0] + ", 'CLM-7', " + p[1] + ", " + p[2]
                    + ", 'professional', '11', '7')")).hasMessageContaining("claims_check");
        }
    }
}
