package org.sonobill.server.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonobill.server.admin.OrganisationSetup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo organisation of {@code ./sonobill demo}: an imaging group with six months of studies over every exam
 * family the engine knows, claims in every state of their lifecycle, remittances, denials, appeals and corrected
 * claims. Created on first run in one transaction, so that a failure leaves nothing half-written; the same day always
 * gives the same demo (a fixed seed).
 */
@Component
public class DemoData {
    /** The organisation code {@code ./sonobill demo} uses. */
    public static final String CODE = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final long SEED = 20_260_601L;

    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final OrganisationSetup setup;
    private final DemoOrganisation organisation;
    private final DemoStudies studies;
    private final DemoCoding coding;
    private final DemoClaims claims;
    private final DemoLifecycle lifecycle;
    private final DemoReports reports;
    private final JsonMapper json;

    DemoData(PlatformTransactionManager transactions, JdbcClient jdbc, JsonMapper json, OrganisationSetup setup,
             DemoOrganisation organisation, DemoStudies studies, DemoCoding coding, DemoClaims claims,
             DemoLifecycle lifecycle, DemoReports reports) {
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.setup = setup;
        this.organisation = organisation;
        this.studies = studies;
        this.coding = coding;
        this.claims = claims;
        this.lifecycle = lifecycle;
        this.reports = reports;
        this.json = json;
    }

    /**
     * Creates the organisation with its data, dated in the 183 days before today, unless an organisation of that code
     * exists: then nothing is done and the summary says so ({@link DemoSummary#created()} false).
     */
    public DemoSummary load(String orgCode, LocalDate today) {
        Long existing = setup.find(orgCode);
        if (existing != null) {
            return summary(orgCode, existing, false);
        }
        DemoResources resources = DemoResources.read(json);
        long id = transaction.execute(status -> {
            Dice dice = new Dice(SEED);
            Stopwatch watch = new Stopwatch();
            DemoOrg org = organisation.create(orgCode, resources, today);
            watch.lap("organisation");
            List<DemoStudies.Created> created = studies.create(org, today, dice);
            watch.lap("studies");
            List<DemoCoding.Coded> coded = coding.code(org, created, today, dice);
            watch.lap("coding");
            claims.create(org, coded, today, dice);
            watch.lap("claims");
            lifecycle.run(org, today, dice);
            watch.lap("lifecycle");
            reports.receive(org, today);
            watch.lap("reports");
            LOG.debug("Demo organisation {} written in {}", orgCode, watch);
            return org.id();
        });
        return summary(orgCode, id, true);
    }

    /** Where the time of a load goes, for the debug log. */
    private static final class Stopwatch {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String what) {
            long now = System.nanoTime();
            laps.append(laps.isEmpty() ? "" : ", ").append(what).append(' ').append((now - last) / 1_000_000)
                    .append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
    }

    private DemoSummary summary(String code, long org, boolean created) {
        Map<String, Long> studiesByStatus = counts("SELECT status, count(*) FROM studies WHERE organisation_id = ?"
                + " GROUP BY status ORDER BY status", org);
        Map<String, Long> claimsByStatus = counts("SELECT status, count(*) FROM claims WHERE organisation_id = ?"
                + " GROUP BY status", org);
        return new DemoSummary(code, org, created, studiesByStatus, claimsByStatus,
                count("SELECT count(*) FROM remittances WHERE organisation_id = ?", org),
                count("SELECT count(*) FROM adjustments WHERE organisation_id = ?", org),
                count("SELECT count(*) FROM denials WHERE organisation_id = ?", org),
                count("SELECT count(*) FROM appeals WHERE organisation_id = ?", org));
    }

    private Map<String, Long> counts(String sql, long org) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql(sql).params(org).query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    private long count(String sql, long org) {
        return jdbc.sql(sql).params(org).query(Long.class).single();
    }
}
