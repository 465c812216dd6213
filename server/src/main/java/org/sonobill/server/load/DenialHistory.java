package org.sonobill.server.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.UserStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two years of billing history for {@link DenialBenchmark}, written set-based by PostgreSQL itself: N claims of one to
 * four lines over the last 730 days, each with a study (technologist, interpreting physician) and an ordering NPI,
 * submitted, then paid, rejected or denied; a denial per denied claim, in every root cause, action and status, and a
 * denied line per line of a denied claim (N lines in all when N is a multiple of 20). The trend figures are never
 * written here: claims are submitted by an UPDATE of their status (V6's billed trigger), denial lines are inserted in
 * large statements (the statement trigger), denials are resolved by an UPDATE of resolved_on (the resolution trigger),
 * exactly as the server's own writes do. Everything is a function of the row number, so two runs hold the same data.
 */
final class DenialHistory {
    /** Claims per statement (and transaction) of the bulk updates. */
    private static final int CHUNK = 100_000;
    /**
     * Claims submitted, or denials resolved, per transaction, as a submission batch or a day's resolutions would be.
     */
    private static final int BATCH = 2_000;
    /** Denials per statement of denial lines (about 250,000 lines). */
    private static final int LINE_CHUNK = 100_000;
    static final String[] PAYERS = {"medicare", "commercial", "commercial-hmo", "medicaid", "bcbs", "aetna"};
    static final int SPECIALISTS = 8;

    /** What was written, and how long each step took (seconds). */
    record Made(long claims, long claimLines, long denials, long activeDenials, long deniedLines, long trendRows,
                long trendDeltas, long firstSpecialist, Map<String, Double> seconds) {
        double totalSeconds() {
            return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private final JdbcClient jdbc;
    private final long org;
    private final Consumer<String> progress;
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private long base;
    /** Trend rows the triggers appended before the fold. */
    private long deltas;

    DenialHistory(JdbcClient jdbc, long org, Consumer<String> progress) {
        this.jdbc = jdbc;
        this.org = org;
        this.progress = progress;
    }

    Made make(UserStore users, int claims) {
        long specialist = step("reference data", () -> reference(users, claims));
        step("claims, lines and studies", () -> claims(claims));
        // as autovacuum would after a bulk load: without statistics the billed trigger's cached plan reads
        // claim_lines whole for every claim
        step("ANALYZE", () -> jdbc.sql("ANALYZE claims, claim_lines, studies, claim_studies").update());
        step("submitting (billed trigger)", this::submit);
        step("paid, rejected, denied", this::decide);
        step("denials", this::denials);
        step("denial lines (statement trigger)", this::deniedLines);
        step("resolutions (resolution trigger)", this::resolve);
        // the triggers append deltas; the daily pass folds them into a row per key and month, as here
        deltas = count("SELECT count(*) FROM denial_trends WHERE organisation_id = :org");
        step("trends folded (the daily pass's denial_trends_compact)",
                () -> jdbc.sql("SELECT denial_trends_compact(:org)").param("org", org).query().listOfRows());
        step("VACUUM ANALYZE", () -> jdbc.sql("VACUUM ANALYZE").update());
        return new Made(count("SELECT count(*) FROM claims WHERE organisation_id = :org"),
                count("SELECT count(*) FROM claim_lines WHERE organisation_id = :org"),
                count("SELECT count(*) FROM denials WHERE organisation_id = :org"),
                count("SELECT count(*) FROM denials WHERE organisation_id = :org"
                        + " AND status IN ('open', 'working', 'appealed', 'corrected')"),
                count("SELECT count(*) FROM denial_lines WHERE organisation_id = :org"),
                count("SELECT count(*) FROM denial_trends WHERE organisation_id = :org"), deltas, specialist, seconds);
    }

    private <T> T step(String what, java.util.function.Supplier<T> work) {
        progress.accept(what);
        long start = System.nanoTime();
        T result = work.get();
        seconds.put(what, (System.nanoTime() - start) / 1e9);
        return result;
    }

    private void step(String what, Runnable work) {
        step(what, () -> {
            work.run();
            return null;
        });
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("org", org).query(Long.class).single();
    }

    /** Three more payers, 8 interpreting and 40 ordering physicians, the denial specialists, the patients. */
    private long reference(UserStore users, int claims) {
        jdbc.sql("""
                        INSERT INTO payers (organisation_id, code, name, rule_pack) VALUES
                            (:org, 'medicaid', 'State Medicaid', 'commercial'),
                            (:org, 'bcbs', 'Blue Cross Blue Shield', 'commercial'),
                            (:org, 'aetna', 'Aetna', 'commercial')""").param("org", org).update();
        jdbc.sql("""
                        INSERT INTO providers (organisation_id, npi, name, role)
                        SELECT :org, '17000000' || lpad(i::text, 2, '0'), 'Interpreting Physician ' || i, 'interpreting'
                        FROM generate_series(1, 8) i
                        UNION ALL
                        SELECT :org, '18000000' || lpad(i::text, 2, '0'), 'Ordering Physician ' || i, 'ordering'
                        FROM generate_series(1, 40) i""").param("org", org).update();
        long first = 0;
        for (int i = 1; i <= SPECIALISTS; i++) {
            long id = users.create(org, "specialist" + i, "Denial Specialist " + i, "denialbench-password-" + i,
                    Set.of(Role.DENIAL_SPECIALIST));
            first = i == 1 ? id : first;
        }
        jdbc.sql("""
                        INSERT INTO patients (organisation_id, mrn, last_name, first_name, sex, birth_date)
                        SELECT :org, 'DB' || g, 'Benchmark', 'Patient ' || g, 'F', DATE '1950-01-01' + (g % 9000)
                        FROM generate_series(1, :n) g""").param("org", org).param("n", Math.max(1, claims / 4))
                .update();
        return first;
    }

    /**
     * Claim g (0-based) has 1 + g % 4 lines and is denied when (g / 4) % 5 < 2: two claims in five, which keeps the
     * denied lines at N for N claims. Payer, place of service, ordering, interpreting and technologist vary with g
     * divided by different primes, so the dimensions do not move in step.
     */
    private void claims(int claims) {
        jdbc.sql("""
                        INSERT INTO claims (organisation_id, claim_number, patient_id, payer_id, claim_type,
                            place_of_service, total_charge, status, date_of_service, billing_npi, ordering_npi,
                            created_by)
                        SELECT :org, 'DB' || g, pt.first + g % pt.n, py.id, 'professional',
                               (ARRAY['11', '22', '19'])[1 + (g / 5) % 3],
                               (SELECT sum((ARRAY[520.00, 540.00, 420.00, 380.00, 780.00, 300.00])[1 + (g + n) % 6])
                                FROM generate_series(1, 1 + g % 4) n),
                               'ready', current_date - 1 - (g * 37 % 730)::int, '1245319599',
                               '18000000' || lpad((1 + (g / 17) % 40)::text, 2, '0'), 'denialbench'
                        FROM generate_series(0, :claims - 1) g
                        CROSS JOIN (SELECT min(id) AS first, count(*) AS n FROM patients
                                    WHERE organisation_id = :org) pt
                        JOIN payers py ON py.organisation_id = :org
                         AND py.code = (ARRAY['medicare', 'commercial', 'commercial-hmo', 'medicaid', 'bcbs',
                                              'aetna'])[1 + (g / 7) % 6]
                        ORDER BY g""").param("org", org).param("claims", claims).update();
        base = count("SELECT min(id) FROM claims WHERE organisation_id = :org");
        if (count("SELECT max(id) FROM claims WHERE organisation_id = :org") - base + 1 != claims) {
            throw new IllegalStateException("claim ids are not consecutive");
        }
        jdbc.sql("""
                        INSERT INTO claim_lines (organisation_id, claim_id, line_number, code, modifiers, units, charge,
                            pointers, date_of_service, control_number)
                        SELECT c.organisation_id, c.id, n,
                               (ARRAY['93880', '93970', '76700', '76856', '93306', '76536'])
                                   [1 + (c.id - :base + n)::int % 6],
                               '{26}', 1, (ARRAY[520.00, 540.00, 420.00, 380.00, 780.00, 300.00])
                                   [1 + (c.id - :base + n)::int % 6],
                               '{1}', c.date_of_service, c.claim_number || '-' || n
                        FROM claims c, generate_series(1, 1 + (c.id - :base)::int % 4) n
                        WHERE c.organisation_id = :org""").param("org", org).param("base", base).update();
        jdbc.sql("""
                        INSERT INTO studies (organisation_id, patient_id, interpreting_provider_id, accession,
                            date_of_service, modality_family, technologist, status)
                        SELECT c.organisation_id, c.patient_id, pr.id, c.claim_number, c.date_of_service,
                               (ARRAY['carotid_duplex', 'extremity', 'abdomen', 'pelvis', 'echo_tte', 'thyroid'])
                                   [1 + (c.id - :base)::int % 6],
                               (ARRAY['Ana Ruiz', 'Ben Okafor', 'Chloe Martin', 'Dev Patel', 'Emma Novak', 'Farah Aziz',
                                      'Gus Lindqvist', 'Hana Sato', 'Ivan Petrov', 'Jade Wong', 'Kofi Mensah',
                                      'Lena Fischer'])[1 + ((c.id - :base) / 13)::int % 12],
                               'billed'
                        FROM claims c JOIN providers pr ON pr.organisation_id = c.organisation_id
                         AND pr.role = 'interpreting'
                         AND pr.npi = '17000000' || lpad((1 + ((c.id - :base) / 11) % 8)::text, 2, '0')
                        WHERE c.organisation_id = :org""").param("org", org).param("base", base).update();
        jdbc.sql("""
                        INSERT INTO claim_studies (organisation_id, claim_id, study_id)
                        SELECT c.organisation_id, c.id, s.id FROM claims c
                        JOIN studies s ON s.organisation_id = c.organisation_id AND s.accession = c.claim_number
                        WHERE c.organisation_id = :org""").param("org", org).update();
    }

    /** ready → submitted, as the submission job does: the billed trigger counts each claim once. */
    private void submit() {
        chunks("""
                UPDATE claims SET status = 'submitted', version = version + 1
                WHERE organisation_id = :org AND id BETWEEN :from AND :to AND status = 'ready'""", BATCH);
    }

    /** submitted → denied (two in five), rejected (one in fifty of the rest) or paid (35% of the charge). */
    private void decide() {
        chunks("""
                UPDATE claims SET version = version + 1,
                    status = CASE WHEN ((id - :base) / 4) % 5 < 2 THEN 'denied'
                                  WHEN (id - :base) % 50 = 1 THEN 'rejected' ELSE 'paid' END,
                    paid_amount = CASE WHEN ((id - :base) / 4) % 5 < 2 OR (id - :base) % 50 = 1 THEN 0
                                       ELSE round(total_charge * 0.35, 2) END
                WHERE organisation_id = :org AND id BETWEEN :from AND :to""", CHUNK);
    }

    /**
     * One denial per denied claim, classified as the engine's table would (the cause by claim, 13 causes covering
     * every action), in every status: half still worked (open, working, appealed, corrected), half ended (closed with
     * each outcome, written off, billed to the patient). A tenth are low-dollar (partial denials under $25). Active
     * entries are 70% owned by one of the specialists, the rest in the pool; their deadlines run from 30 days overdue
     * to 119 days ahead.
     */
    private void denials() {
        jdbc.sql("""
                WITH cause (i, root_cause, grp, carc, rarcs, action, owner_role, team, appealable, chance, reason, fix) AS (
                    VALUES (0, 'medical-necessity', 'CO', '50', '{N115}'::text[], 'appeal', 'denial-specialist',
                            'denial-specialist', true, 0.400, 'The payer found the service not medically necessary for'
                            || ' the diagnosis billed under its local coverage determination.', 'Appeal with the order,'
                            || ' the indication and the report showing the coverage criteria were met.'),
                           (1, 'documentation', 'CO', '16', '{M51}', 'new-claim', 'biller', 'billing', false, 0.850,
                            'The claim lacked information the payer needs to adjudicate it.', 'Send a new claim with'
                            || ' the missing information the remark code names.'),
                           (2, 'coding-modifier', 'CO', '4', '{}', 'corrected-claim', 'coder', 'coding', true, 0.800,
                            'The procedure code is inconsistent with the modifier used or a modifier is missing.',
                            'Correct the modifier (26, TC, 50, 59/X{EPSU}) and send a replacement claim.'),
                           (3, 'bundling', 'CO', '97', '{M15}', 'corrected-claim', 'coder', 'coding', true, 0.350,
                            'The service is included in another service paid on the same day (NCCI PTP edit).',
                            'Add a justified distinct-procedure modifier or remove the bundled line.'),
                           (4, 'authorisation', 'CO', '15', '{}', 'appeal', 'denial-specialist', 'authorisation', true,
                            0.350, 'The authorisation number is missing, invalid or does not cover this service.',
                            'Appeal with the authorisation on file, or obtain a retro-authorisation.'),
                           (5, 'eligibility', 'CO', '27', '{}', 'bill-other-payer', 'biller', 'front-desk', false, 0.800,
                            'The patient''s coverage had ended on the date of service.', 'Verify current coverage and'
                            || ' bill the payer that covered the patient on that date.'),
                           (6, 'registration', 'CO', '16', '{MA27}', 'corrected-claim', 'coder', 'front-desk', true,
                            0.800, 'The patient''s name, identifier or birth date does not match the payer''s records.',
                            'Correct the registration from the insurance card and send a replacement claim.'),
                           (7, 'frequency', 'CO', '119', '{}', 'appeal', 'denial-specialist', 'denial-specialist', true,
                            0.400, 'The benefit maximum for this period has been reached.', 'Appeal with the clinical'
                            || ' change that justified a repeat study.'),
                           (8, 'duplicate', 'CO', '18', '{}', 'none', 'biller', 'billing', true, 0.000,
                            'The payer holds this claim or service as already submitted.', 'Check the earlier claim''s'
                            || ' payment; nothing to send when it was paid.'),
                           (9, 'timely-filing', 'CO', '29', '{}', 'write-off', 'manager', 'billing', false, 0.050,
                            'The time limit for filing has expired.', 'Write off unless proof of timely filing exists.'),
                           (10, 'credentialing', 'CO', '8', '{}', 'corrected-claim', 'manager', 'credentialing', false,
                            0.500, 'The procedure is inconsistent with the provider type or specialty.', 'Check the'
                            || ' rendering provider''s enrolment and send a replacement claim.'),
                           (11, 'patient-responsibility', 'PR', '1', '{}', 'bill-patient', 'biller', 'billing', false,
                            0.600, 'The amount is the patient''s deductible.', 'Send the patient a statement.'),
                           (12, 'medical-necessity', 'CO', '50', '{}', 'write-off', 'denial-specialist', 'billing',
                            true, 0.150, 'Not medically necessary, and no coverage criteria support an appeal.',
                            'Write off, or bill the patient when an ABN was signed.')),
                d AS (
                    SELECT c.id AS claim_id, c.payer_id, c.date_of_service, (c.id - :base)::int AS g,
                           least(current_date, c.date_of_service + 20 + ((c.id - :base) % 15)::int) AS received_on,
                           (ARRAY['open', 'open', 'open', 'open', 'working', 'working', 'working', 'appealed', 'appealed',
                                  'corrected', 'closed', 'closed', 'closed', 'closed', 'closed', 'closed', 'closed',
                                  'written-off', 'written-off', 'billed-patient'])
                               [1 + ((c.id - :base) * 7 + (c.id - :base) / 20)::int % 20]
                               AS status,
                           ((c.id - :base) / 20) % 10 = 3 AS low,
                           (SELECT sum(CASE WHEN ((c.id - :base) / 20) % 10 = 3 THEN 2.00 + (c.id - :base) % 4 ELSE l.charge
                                       END)
                            FROM claim_lines l WHERE l.claim_id = c.id) AS amount
                    FROM claims c WHERE c.organisation_id = :org AND c.status = 'denied'),
                e AS (
                    SELECT d.*, k.*, d.status IN ('open', 'working', 'appealed', 'corrected') AS active,
                           current_date + ((d.g * 13) % 150)::int - 30 AS deadline,
                           round(d.amount * k.chance, 2) AS expected
                    FROM d JOIN cause k ON k.i = (d.g / 3) % 13)
                INSERT INTO denials (organisation_id, claim_id, root_cause, status, owner_user_id, next_deadline,
                    payer_id, service_date, received_on, denied_amount, group_code, carc, rarcs, action, owner_role,
                    team, appealable, reason, fix, source, deadline_what, level, chance, chance_basis,
                    expected_recovery, priority, priority_on, low_dollar, escalated_on, outcome, recovered, created_at)
                SELECT :org, claim_id, root_cause, status,
                       CASE WHEN (g / 20) % 10 < 7 OR NOT active THEN :firstUser + g % :users END,
                       CASE WHEN active THEN deadline END, payer_id, date_of_service, received_on, amount, grp, carc,
                       rarcs, action, owner_role, team, appealable, reason, fix,
                       'reference g.1 (X12 CARC/RARC lists, June 2024)',
                       CASE WHEN status = 'appealed' THEN 'appeal decision follow-up' WHEN active THEN 'first-level appeal'
                       END,
                       CASE WHEN status = 'appealed' THEN 1 ELSE 0 END, chance, 'prior for ' || root_cause, expected,
                       CASE WHEN NOT active THEN 0
                            WHEN deadline < current_date - 30 THEN round(expected * 0.1, 4)
                            ELSE round(expected * (1 + 30.0 / (greatest(deadline - current_date, 0) + 30)), 4) END,
                       current_date, low AND amount < 25,
                       CASE WHEN active AND deadline <= current_date + 7 THEN current_date END,
                       CASE status WHEN 'written-off' THEN 'written-off' WHEN 'billed-patient' THEN 'billed-patient'
                           WHEN 'closed' THEN (ARRAY['overturned', 'partly-overturned', 'upheld',
                                                     'paid-on-correction'])[1 + g % 4] END,
                       CASE WHEN status = 'closed' AND g % 4 IN (0, 3) THEN amount
                            WHEN status = 'closed' AND g % 4 = 1 THEN round(amount / 2, 2) ELSE 0 END,
                       received_on
                FROM e ORDER BY claim_id""")
                .param("org", org).param("base", base).param("firstUser", firstSpecialist())
                .param("users", SPECIALISTS).update();
    }

    private long firstSpecialist() {
        return count("SELECT min(u.id) FROM users u WHERE u.organisation_id = :org AND u.username LIKE 'specialist%'");
    }

    /** Each line of a denied claim, with the trend facts copied as the posting does, 100,000 denials a statement. */
    private void deniedLines() {
        chunks("""
                INSERT INTO denial_lines (organisation_id, denial_id, remittance_line_id, claim_line_id, denied_in_full,
                    group_code, carc, rarcs, amount, root_cause, payer_id, procedure, modifiers, service_date,
                    place_of_service, ordering_npi, interpreting_provider_id, technologist, action)
                SELECT d.organisation_id, d.id, NULL, l.id, NOT d.low_dollar, d.group_code, d.carc, d.rarcs,
                       CASE WHEN d.low_dollar THEN 2.00 + (c.id - :base) % 4 ELSE l.charge END,
                       d.root_cause, c.payer_id, l.code, l.modifiers, l.date_of_service, c.place_of_service,
                       c.ordering_npi, s.interpreting_provider_id, s.technologist, d.action
                FROM denials d JOIN claims c ON c.id = d.claim_id
                JOIN claim_lines l ON l.claim_id = c.id
                JOIN claim_studies cs ON cs.claim_id = c.id JOIN studies s ON s.id = cs.study_id
                WHERE d.organisation_id = :org AND d.id BETWEEN :from AND :to
                ORDER BY d.id, l.line_number""", LINE_CHUNK, "denials");
    }

    /** The ended entries get their resolution date, as resolving does: the trigger adds each to the trends. */
    private void resolve() {
        chunks("""
                UPDATE denials SET resolved_on = least(current_date, received_on + 10 + (id % 80)::int),
                    resolution_note = 'denialbench'
                WHERE organisation_id = :org AND id BETWEEN :from AND :to
                  AND status IN ('closed', 'written-off', 'billed-patient') AND resolved_on IS NULL""", BATCH,
                "denials");
    }

    private void chunks(String sql, int size) {
        chunks(sql, size, "claims");
    }

    /** Runs the statement over consecutive id ranges of the table (each its own transaction). */
    private void chunks(String sql, int size, String table) {
        long min = count("SELECT coalesce(min(id), 0) FROM " + table + " WHERE organisation_id = :org");
        long max = count("SELECT coalesce(max(id), -1) FROM " + table + " WHERE organisation_id = :org");
        for (long from = min; from <= max; from += size) {
            jdbc.sql(sql).param("org", org).param("base", base).param("from", from).param("to", from + size - 1)
                    .update();
        }
    }
}
