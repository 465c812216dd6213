package org.sonobill.server.remit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Posts several 835 files at once, one file per worker: PostgreSQL gives each connection one core, so a second
 * worker uses the second core. Payments are independent transactions; when two files pay the same claims and
 * PostgreSQL breaks a deadlock between them, the file that lost is read again — posting is idempotent, so the
 * payments it had committed are found posted and only the rest is posted.
 */
public final class PostingJobs {
    private static final int ATTEMPTS = 5;

    private PostingJobs() {
    }

    /** The reports of the files, in the order given. */
    public static List<PostingReport> postAll(RemittancePosting posting, long org, String actor, List<Path> files,
                                              boolean dryRun, int jobs, Consumer<Long> progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, files.size())), r -> {
            Thread t = new Thread(r, "remit-post");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<PostingReport>> running = new ArrayList<>();
            for (Path f : files) {
                running.add(pool.submit(() -> postOne(posting, org, actor, f, dryRun, progress)));
            }
            List<PostingReport> out = new ArrayList<>();
            for (Future<PostingReport> r : running) {
                try {
                    out.add(r.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("posting was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static PostingReport postOne(RemittancePosting posting, long org, String actor, Path file, boolean dryRun,
                                         Consumer<Long> progress) {
        for (int attempt = 1; ; attempt++) {
            try (X12Input input = X12Input.open(file)) {
                return posting.post(org, actor, input, dryRun, progress);
            } catch (java.io.IOException e) {
                return new PostingReport(file.toString(), dryRun, List.of(), file + ": " + e.getMessage());
            } catch (X12InputException e) {
                return new PostingReport(file.toString(), dryRun, List.of(), e.getMessage());
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                // another file posting to the same claims won a deadlock: this file's open payment rolled back
            }
        }
    }
}
