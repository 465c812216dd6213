package org.sonobill.server.db;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Asks PostgreSQL to run the rest of the current transaction's prepared statements with their generic plans.
 *
 * <p>Why: PostgreSQL plans a prepared statement for its parameter values five times, then keeps one generic plan
 * only if that looks no dearer than the custom ones. Under concurrent coding, its estimates kept the custom plans
 * for the coding statement and for claim creation's read of the studies, so each was planned again at every call:
 * 0.45-0.55 ms of planning each, a sixth of PostgreSQL's CPU in the API load test (pg_stat_statements, docs/benchmarks.md).
 * These statements look rows up by organisation and id, where the generic plan is the custom plan, so nothing is lost.
 * {@code SET LOCAL} ends with the transaction: an API request's list and report queries, whose best plan can depend
 * on the values, keep PostgreSQL's own choice. A longer transaction that codes or bills on its way (report intake from
 * text, HL7 or FHIR; the demo organisation's creation) runs its later statements on generic plans too; they are
 * look-ups by organisation and id as well, and only their speed could differ, never their answers.
 */
public final class GenericPlans {
    private GenericPlans() {
    }

    /** For the rest of the current transaction (call it inside one: outside, PostgreSQL ignores it). */
    public static void forThisTransaction(JdbcClient jdbc) {
        jdbc.sql("SET LOCAL plan_cache_mode = force_generic_plan").update();
    }
}
