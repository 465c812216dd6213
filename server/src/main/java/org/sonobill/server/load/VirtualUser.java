package org.sonobill.server.load;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One person at the API, as fast as the server answers: create a study, code it, and for every second coded study
 * accept the coding if the engine asked for review, create the claim and scrub it. Each user keeps its own tallies
 * (no sharing while measuring); the run adds them up at the end.
 */
final class VirtualUser implements Runnable {
    private static final String ACCEPT = "{\"action\": \"accept\", \"reason\": \"Load test: findings reviewed with the "
            + "interpreting physician\"}";

    private final int number;
    private final String base;
    private final String runId;
    private final LoadOrganisation org;
    private final List<String> templates;
    private final LoopbackHttp http;
    private final Control control;
    private final JsonMapper json;
    final Tally[] tallies = new Tally[RequestKind.values().length];

    VirtualUser(int number, String base, String runId, LoadOrganisation org, List<String> templates, Control control,
                JsonMapper json) {
        this.number = number;
        this.base = base;
        this.runId = runId;
        this.org = org;
        this.templates = templates;
        this.http = new LoopbackHttp(base);
        this.control = control;
        this.json = json;
        for (int i = 0; i < tallies.length; i++) {
            tallies[i] = new Tally();
        }
    }

    /** When this user stopped (System.nanoTime). */
    volatile long finishedAt;

    @Override
    public void run() {
        try {
            loop();
        } finally {
            finishedAt = System.nanoTime();
            http.close();
        }
    }

    private void loop() {
        long coded = 0;
        for (long i = 0; ; i++) {
            String accession = "LT-" + runId + "-" + number + "-" + i;
            String template = templates.get((int) ((number + i) % templates.size()));
            Response created = send(RequestKind.CREATE_STUDY, org.coderToken(), "/api/studies",
                    template.replace(LoadTest.ACCESSION, accession).replace(LoadTest.MRN, "MRN-" + accession), null);
            if (created == null) {
                return;
            }
            if (!created.ok()) {
                continue;
            }
            long study = created.json(json).path("study").path("id").asLong();
            Response code = send(RequestKind.CODE, org.coderToken(), "/api/studies/" + study + "/code", null, null);
            if (code == null) {
                return;
            }
            if (!code.ok() || ++coded % 2 != 0) {
                continue;
            }
            String status = code.json(json).path("study").path("status").asString("");
            if (status.equals("needs-review")) {
                Response accepted = send(RequestKind.ACCEPT_CODING, org.coderToken(),
                        "/api/studies/" + study + "/coding", ACCEPT, null);
                if (accepted == null) {
                    return;
                }
                if (!accepted.ok()) {
                    continue;
                }
            }
            Response claim = send(RequestKind.CREATE_CLAIM, org.billerToken(), "/api/claims",
                    "{\"studyIds\": [" + study + "]}", null);
            if (claim == null) {
                return;
            }
            if (!claim.ok()) {
                continue;
            }
            long claimId = claim.json(json).path("claim").path("id").asLong();
            if (send(RequestKind.SCRUB, org.billerToken(), "/api/claims/" + claimId + "/scrub", null,
                    claim.etag()) == null) {
                return;
            }
        }
    }

    /** Sends one request and tallies it; null when the run is over (no request was sent). */
    private Response send(RequestKind kind, String token, String path, String body, String ifMatch) {
        if (!control.ticket()) {
            return null;
        }
        long t0 = System.nanoTime();
        Response r;
        try {
            LoopbackHttp.Answer a = http.post(path, token, body, ifMatch);
            r = new Response(a.status(), a.body(), a.etag());
        } catch (IOException | RuntimeException e) {
            r = new Response(-1, e.toString(), null);
        }
        if (Thread.currentThread().isInterrupted()) {
            control.stop("interrupted");
            return null;
        }
        long t1 = System.nanoTime();
        tallies[kind.ordinal()].add(r.ok(), t0 >= control.warmupEnd, t1 - t0);
        control.completed(kind, r.ok());
        if (!r.ok()) {
            control.sample(kind, r);
        }
        return r;
    }

    /** An answer: status -1 when no answer came (the exception in the body). */
    record Response(int status, String body, String etag) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json(JsonMapper mapper) {
            return mapper.readTree(body);
        }
    }

    /** The counts of one request kind for one user; the latencies of the measured (after warm-up) successes. */
    static final class Tally {
        long ok;
        long errors;
        long[] nanos = new long[1024];
        int measured;

        void add(boolean success, boolean afterWarmup, long elapsed) {
            if (!success) {
                errors++;
                return;
            }
            ok++;
            if (afterWarmup) {
                if (measured == nanos.length) {
                    nanos = Arrays.copyOf(nanos, nanos.length * 2);
                }
                nanos[measured++] = elapsed;
            }
        }
    }

    /** When to stop, shared by the users: the end of the measured time, or the bound on requests. */
    static final class Control {
        final long warmupEnd;
        final long deadline;
        private final long maxRequests;
        private final AtomicLong tickets = new AtomicLong();
        private final Queue<String> samples;
        final LongAdder completed = new LongAdder();
        final LongAdder errors = new LongAdder();
        final LongAdder coded = new LongAdder();
        private volatile String stoppedBy;

        Control(long start, LoadTestOptions o, Queue<String> samples) {
            this.warmupEnd = start + o.warmupSeconds() * 1_000_000_000L;
            this.deadline = warmupEnd + o.durationSeconds() * 1_000_000_000L;
            this.maxRequests = o.maxRequests();
            this.samples = samples;
        }

        /** True when one more request may be sent. */
        boolean ticket() {
            if (stoppedBy != null) {
                return false;
            }
            if (System.nanoTime() >= deadline) {
                stop("duration");
                return false;
            }
            if (tickets.incrementAndGet() > maxRequests) {
                stop("max-requests");
                return false;
            }
            return true;
        }

        synchronized void stop(String why) {
            if (stoppedBy == null) {
                stoppedBy = why;
            }
        }

        String stoppedBy() {
            return stoppedBy;
        }

        void completed(RequestKind kind, boolean ok) {
            completed.increment();
            if (!ok) {
                errors.increment();
            } else if (kind == RequestKind.CODE) {
                coded.increment();
            }
        }

        void sample(RequestKind kind, Response r) {
            if (samples.size() < 10) {
                String body = r.body() == null ? "" : r.body().replaceAll("\\s+", " ");
                samples.add(kind.request + " -> " + (r.status() < 0 ? "no answer" : r.status()) + ": "
                        + (body.length() > 300 ? body.substring(0, 300) + "..." : body));
            }
        }
    }
}
