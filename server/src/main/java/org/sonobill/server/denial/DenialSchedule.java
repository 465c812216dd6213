package org.sonobill.server.denial;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue's daily pass: the days left change every night, and with them the priorities and the escalations. It
 * runs when the server is ready (if it has not run today, and for entries never classified, such as those written
 * before the queue existed) and every night at 02:30. Each organisation's pass is one transaction. Logs counts only.
 */
@Component
public class DenialSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(DenialSchedule.class);
    private final JdbcClient jdbc;
    private final DenialTriage triage;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    public DenialSchedule(JdbcClient jdbc, DenialTriage triage,
                          org.springframework.transaction.PlatformTransactionManager transactions, Clock clock,
                          org.springframework.core.env.Environment env) {
        this.jdbc = jdbc;
        this.triage = triage;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.enabled = env.getProperty("sonobill.denials.daily", Boolean.class, true);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        if (enabled) {
            safely(false);
        }
    }

    @Scheduled(cron = "${sonobill.denials.cron:0 30 2 * * *}")
    public void nightly() {
        if (enabled) {
            safely(true);
        }
    }

    /**
     * A pass that fails leaves the queue as it was (its transaction rolls back) and must not stop the server: it is
     * logged by exception type only (a message could quote data) and tried again at the next pass.
     */
    private void safely(boolean force) {
        try {
            refresh(force);
        } catch (RuntimeException e) {
            LOG.error("Denial queue refresh failed ({}); the queue is unchanged and the next pass tries again",
                    e.getClass().getName());
        }
    }

    /**
     * Refreshes every organisation whose queue was not refreshed today (all of them when forced), each in its own
     * transaction: one organisation's failure is logged and leaves the others to be refreshed.
     */
    public int refresh(boolean force) {
        LocalDate today = LocalDate.now(clock);
        List<Long> orgs = jdbc.sql("""
                        SELECT DISTINCT organisation_id FROM denials
                        WHERE status IN ('open', 'working', 'appealed', 'corrected')
                          AND (:force OR action IS NULL OR priority_on IS NULL OR priority_on < CAST(:today AS date))""")
                .param("force", force).param("today", today.toString()).query(Long.class).list();
        int entries = 0;
        int failed = 0;
        for (long org : orgs) {
            try {
                entries += refresh(org);
            } catch (RuntimeException e) {
                failed++;
                LOG.error("Denial queue refresh of organisation {} failed ({}); its queue is unchanged", org,
                        e.getClass().getName());
            }
        }
        if (!orgs.isEmpty()) {
            LOG.info("Denial queue refreshed: {} entries of {} organisations{}", entries, orgs.size() - failed,
                    failed == 0 ? "" : ", " + failed + " failed");
        }
        return entries;
    }

    /** One organisation's pass: triage of every active entry, then its trend rows folded; one transaction. */
    public int refresh(long org) {
        Integer n = tx.execute(s -> {
            int count = triage.refreshAll(org);
            jdbc.sql("SELECT denial_trends_compact(:org)").param("org", org).query().listOfRows();
            return count;
        });
        return n == null ? 0 : n;
    }
}
