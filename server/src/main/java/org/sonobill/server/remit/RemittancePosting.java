package org.sonobill.server.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.sonobill.engine.denial.DenialClassifier;
import org.sonobill.engine.denial.DenialContext;
import org.sonobill.engine.denial.DenialLine;
import org.sonobill.server.config.EngineData;
import org.sonobill.server.denial.DenialTriage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.sonobill.server.remit.PostingReport.PaymentReport;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
import org.sonobill.x12.remit.Adjustment;
import org.sonobill.x12.remit.ClaimPayment;
import org.sonobill.x12.remit.Payment;
import org.sonobill.x12.remit.PaymentEnd;
import org.sonobill.x12.remit.ProviderAdjustment;
import org.sonobill.x12.remit.Reference;
import org.sonobill.x12.remit.Remark;
import org.sonobill.x12.remit.RemitFinding;
import org.sonobill.x12.remit.RemittanceListener;
import org.sonobill.x12.remit.RemittanceReader;
import org.sonobill.x12.remit.ServicePayment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts 835 remittances (005010X221A1) to claims, exactly once.
 *
 * <p>Each payment (transaction set: BPR, TRN, its claims, PLB) is one database transaction: it is posted whole or
 * not at all. A payment is known by its payer and trace number, each claim payment by its place in the payment, so
 * re-reading a file posts only what is not posted yet (nothing, for the same file). Claims are matched by CLP01, our
 * claim number (837 CLM01); service lines by REF*6R (our line control number), then by code, modifiers and date
 * when the payer dropped it (SVC06 names the code billed when the payer changed it), then by code. A claim payment
 * whose claim is not ours, and a line matched to none, are kept for a person to match, never dropped.
 *
 * <p>Posting adds each line's payment to the line and each claim payment's CLP04/CLP05 to the claim (a reversal,
 * CLP02 22, carries negative amounts and takes them back), moves the claim along its lifecycle (paid, partially
 * paid, denied; a reversal alone back to accepted), and puts each denied or partly denied line in the denial queue
 * under its claim's single open entry, with its root cause from the engine's CARC/RARC table ({@link DenialClassifier}). Claims are read and written in
 * chunks through array parameters, so a file of any size streams through in constant memory.
 */
@Service
public class RemittancePosting {
    /** Claim payments per round of statements: large enough to amortise round trips, small enough for memory. */
    static final int CHUNK = 500;
    private static final Set<String> PROCESSED = Set.of("1", "2", "3", "19", "20", "21");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PlatformTransactionManager transactions;
    private final DenialTriage triage;
    private final DenialClassifier denialClassifier;
    private final ZoneId zone = ZoneId.systemDefault();

    public RemittancePosting(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions,
                             DenialTriage triage, EngineData engine) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
        this.triage = triage;
        this.denialClassifier = engine.denials();
    }

    /**
     * The root cause of a denying adjustment: the table's row for its group, CARC and remarks (the cause depends on
     * those alone; the action, which also depends on the claim, is decided by the triage after).
     */
    private String causeOf(String group, String carc, List<String> remarks) {
        return denialClassifier.classify(new DenialLine(group, carc, remarks, BigDecimal.ZERO, null, List.of()),
                DenialContext.of("commercial").build()).rootCause().slug();
    }

    /**
     * Posts every payment of an 835 for an organisation; with {@code dryRun} works everything out and keeps nothing.
     * A file that cannot be read from some point on keeps the payments before it (each was whole) and reports where.
     *
     * @param progress told of each claim payment read (for a terminal's progress line), may be null
     */
    public PostingReport post(long organisationId, String actor, X12Input input, boolean dryRun,
                              Consumer<Long> progress) {
        Session session = new Session(organisationId, actor, input.source(), dryRun);
        // the file is read on its own thread while this one writes: parsing the next claims overlaps with
        // PostgreSQL's work on the last ones (the transaction stays on this thread, as Spring binds it here)
        BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(8);
        AtomicBoolean stopped = new AtomicBoolean();
        Pipe pipe = new Pipe(queue, stopped, progress);
        Thread reader = new Thread(() -> {
            try {
                RemittanceReader.read(input, pipe);
                pipe.send(END, true);
            } catch (Stopped e) {
                // this thread stopped writing: nothing more to read for it
            } catch (RuntimeException e) {
                try {
                    pipe.send(e, true);
                } catch (Stopped ignored) {
                    // nobody listens any more
                }
            } catch (Throwable e) {
                // an Error must not leave the writer waiting with its transaction and claim locks held
                try {
                    pipe.send(new IllegalStateException("reading " + input.source() + " failed: "
                            + e.getClass().getSimpleName(), e), true);
                } catch (Stopped ignored) {
                    // nobody listens any more
                }
            }
        }, "remit-reader");
        reader.setDaemon(true);
        reader.start();
        String refusal = null;
        try {
            refusal = drain(queue, session, input.source());
        } catch (Refused e) {
            refusal = input.source() + ": " + e.getMessage();
        } finally {
            stopped.set(true);
            queue.clear();
            session.abandon();
        }
        return new PostingReport(input.source(), dryRun, session.reports, refusal);
    }

    /** Writes what the reader sends until the file ends; returns why it could not be read, or null. */
    private static String drain(BlockingQueue<List<Object>> queue, Session session, String source) {
        while (true) {
            List<Object> events;
            try {
                events = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("posting " + source + " was interrupted", e);
            }
            for (Object event : events) {
                if (event instanceof ClaimPayment c) {
                    session.claim(c);
                } else if (event instanceof Payment p) {
                    session.payment(p);
                } else if (event instanceof PaymentEnd e) {
                    session.paymentEnd(e);
                } else if (event instanceof RemitFinding f) {
                    session.finding(f);
                } else if (event == END) {
                    return null;
                } else if (event instanceof X12InputException e) {
                    return e.getMessage();
                } else if (event instanceof RuntimeException e) {
                    throw e;
                }
            }
        }
    }

    private static final Object END = new Object();

    /** The reader stopped because the writer did. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Hands what the reader reads to the writing thread, a few hundred records at a time. */
    private static final class Pipe implements RemittanceListener {
        private static final int BATCH = 256;
        private final BlockingQueue<List<Object>> queue;
        private final AtomicBoolean stopped;
        private final Consumer<Long> progress;
        private List<Object> batch = new ArrayList<>(BATCH);
        private long read;

        Pipe(BlockingQueue<List<Object>> queue, AtomicBoolean stopped, Consumer<Long> progress) {
            this.queue = queue;
            this.stopped = stopped;
            this.progress = progress;
        }

        @Override
        public void payment(Payment payment) {
            send(payment, false);
        }

        @Override
        public void claim(ClaimPayment claim) {
            send(claim, false);
            if (progress != null) {
                progress.accept(++read);
            }
        }

        @Override
        public void paymentEnd(PaymentEnd end) {
            send(end, true); // the writer commits the payment without waiting for more of the file
        }

        @Override
        public void finding(RemitFinding finding) {
            send(finding, false);
        }

        void send(Object event, boolean now) {
            batch.add(event);
            if (!now && batch.size() < BATCH) {
                return;
            }
            List<Object> full = batch;
            batch = new ArrayList<>(BATCH);
            try {
                while (!queue.offer(full, 100, TimeUnit.MILLISECONDS)) {
                    if (stopped.get()) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }
    }

    /** Why a payment cannot be posted although the file reads (its payer is none of the organisation's). */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** Our claim, as posting needs it. */
    private record ClaimRow(long id, String number, String status, long payerId, String pack) {
    }

    /** One of our claim's lines, as matching needs it. */
    private record LineRow(long id, long claimId, String code, List<String> modifiers, LocalDate date,
                           String controlNumber) {
    }

    /** The posting of one file: a transaction per payment, claims buffered into chunks. */
    private final class Session implements RemittanceListener {
        private final long org;
        private final String actor;
        private final String source;
        private final boolean dryRun;
        private final List<PaymentReport> reports = new ArrayList<>();
        private final Set<String> transitions;
        private TransactionStatus tx;
        private Payment payment;
        private Long remittanceId;
        private Long payerId;
        private String payerName;
        private String payerPack;
        private boolean alreadyKnown;
        private int position;
        private final List<ClaimPayment> buffer = new ArrayList<>();
        private final List<Integer> bufferPositions = new ArrayList<>();
        private final List<String> findings = new ArrayList<>();
        private final Set<String> otherPayer = new HashSet<>();
        private int claims;
        private int posted;
        private int alreadyPosted;
        private int unmatched;
        private int lines;
        private int linesUnmatched;
        private int adjustments;
        private int denials;

        Session(long org, String actor, String source, boolean dryRun) {
            this.org = org;
            this.actor = actor;
            this.source = source;
            this.dryRun = dryRun;
            this.transitions = new HashSet<>(jdbc.sql("SELECT from_status || '>' || to_status FROM claim_status_transitions")
                    .query(String.class).list());
        }

        @Override
        public void payment(Payment p) {
            abandon();
            tx = transactions.getTransaction(new DefaultTransactionDefinition());
            payment = p;
            remittanceId = null;
            payerId = null;
            payerName = null;
            payerPack = null;
            alreadyKnown = false;
            position = 0;
            buffer.clear();
            bufferPositions.clear();
            findings.clear();
            claims = posted = alreadyPosted = unmatched = lines = linesUnmatched = adjustments = denials = 0;
            otherPayer.clear();
        }

        @Override
        public void claim(ClaimPayment c) {
            buffer.add(c);
            bufferPositions.add(++position);
            claims++;
            if (buffer.size() >= CHUNK) {
                flush();
            }
        }

        @Override
        public void finding(RemitFinding f) {
            findings.add(f.toString());
        }

        @Override
        public void paymentEnd(PaymentEnd end) {
            flush();
            if (remittanceId == null) {
                remittance(List.of());
            }
            int plb = 0;
            if (remittanceId != null && (!alreadyKnown || posted > 0)) {
                plb = providerAdjustments(end.providerAdjustments());
                jdbc.sql("UPDATE remittances SET findings = findings || CAST(:findings AS jsonb)"
                                + " WHERE organisation_id = :org AND id = :id")
                        .param("findings", json.writeValueAsString(findings)).param("org", org)
                        .param("id", remittanceId).update();
                if (!alreadyKnown || posted > 0) {
                    jdbc.sql("INSERT INTO audit_events (organisation_id, actor, action, entity, entity_id, after_state)"
                                    + " VALUES (:org, :actor, :action, 'remittance', :id, CAST(:after AS jsonb))")
                            .param("org", org).param("actor", actor).param("action", alreadyKnown ? "post-missing" : "post")
                            .param("id", String.valueOf(remittanceId))
                            .param("after", json.writeValueAsString(Map.of("traceNumber", payment.traceNumber(),
                                    "claimsPosted", posted, "linesPosted", lines, "source", source)))
                            .update();
                }
            }
            reports.add(new PaymentReport(dryRun && !alreadyKnown ? null : remittanceId, payerName,
                    payment.traceNumber(), payment.amount(), payment.paymentDate(), alreadyKnown, claims, posted,
                    alreadyPosted, unmatched, lines, linesUnmatched, adjustments, denials, plb, findings));
            TransactionStatus finishing = tx;
            tx = null;
            payment = null;
            if (dryRun) {
                transactions.rollback(finishing);
            } else {
                transactions.commit(finishing);
            }
        }

        /** Rolls back a payment left open (its file broke before its SE): none of it is kept or reported. */
        void abandon() {
            if (tx != null) {
                transactions.rollback(tx);
                tx = null;
                payment = null;
            }
        }

        /** The payer of the payment: by the X12 ids the file gives, else by the claims it pays. */
        private void remittance(List<ClaimRow> matched) {
            List<String> ids = new ArrayList<>();
            if (payment.payer() != null) {
                add(ids, payment.payer().id());
                payment.payer().references().stream().filter(r -> r.qualifier().equals("2U")
                        || r.qualifier().equals("HI") || r.qualifier().equals("NF")).map(Reference::value)
                        .forEach(v -> add(ids, v));
            }
            String company = payment.originatingCompanyId();
            add(ids, company);
            if (company != null && company.length() == 10 && company.startsWith("1")) {
                add(ids, company.substring(1)); // TRN03 is "1" followed by the payer's tax id
            }
            record Payer(long id, String name, String pack) {
            }
            Payer found = jdbc.sql("SELECT id, name, rule_pack FROM payers WHERE organisation_id = :org"
                            + " AND payer_id_x12 = ANY(CAST(:ids AS text[])) ORDER BY id LIMIT 1")
                    .param("org", org).param("ids", ids.toArray(new String[0]))
                    .query((rs, n) -> new Payer(rs.getLong(1), rs.getString(2), rs.getString(3))).optional()
                    .orElse(null);
            if (found == null && !matched.isEmpty()) {
                Map<Long, Integer> votes = new HashMap<>();
                matched.forEach(c -> votes.merge(c.payerId(), 1, Integer::sum));
                long best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                found = jdbc.sql("SELECT id, name, rule_pack FROM payers WHERE organisation_id = ? AND id = ?")
                        .params(org, best).query((rs, n) -> new Payer(rs.getLong(1), rs.getString(2), rs.getString(3)))
                        .single();
            }
            if (found == null) {
                String name = payment.payer() == null ? "(no N1*PR)" : payment.payer().name();
                throw new Refused("the payer \"" + name + "\" (ids " + ids + ") of payment "
                        + payment.traceNumber() + " is none of your payers, and none of its claims is yours: add the "
                        + "payer with its X12 id (payer_id_x12), or check that the file is meant for this organisation");
            }
            payerId = found.id();
            payerName = found.name();
            payerPack = found.pack();
            String identifier = company != null && !company.isBlank() ? company : String.join(",", ids);
            // the same payment posted before, whichever of our payers it was filed under then (a payer's X12 id set
            // since would otherwise make it a new remittance and post its money twice)
            record Known(long id, long payer, String name, String pack) {
            }
            Known known = jdbc.sql("""
                            SELECT r.id, r.payer_id, py.name, py.rule_pack FROM remittances r
                            JOIN payers py ON py.organisation_id = r.organisation_id AND py.id = r.payer_id
                            WHERE r.organisation_id = ? AND r.trace_number = ? AND r.payer_identifier = ?
                            ORDER BY r.id LIMIT 1 FOR UPDATE OF r""")
                    .params(org, payment.traceNumber(), identifier)
                    .query((rs, n) -> new Known(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                    .optional().orElse(null);
            if (known != null) {
                alreadyKnown = true;
                payerId = known.payer();
                payerName = known.name();
                payerPack = known.pack();
                remittanceId = known.id();
                return;
            }
            Long id = jdbc.sql("""
                            INSERT INTO remittances (organisation_id, payer_id, trace_number, payment_amount, paid_on,
                                payer_identifier, method, handling_code, interchange_control, transaction_control,
                                source_name, posted_by)
                            VALUES (:org, :payer, :trace, :amount, :paidOn, :identifier, :method, :handling, :isa, :st,
                                :source, :actor)
                            ON CONFLICT (organisation_id, payer_id, trace_number) DO NOTHING RETURNING id""")
                    .param("org", org).param("payer", payerId).param("trace", payment.traceNumber())
                    .param("amount", payment.amount()).param("paidOn", payment.paymentDate())
                    .param("identifier", identifier).param("method", payment.method())
                    .param("handling", payment.handlingCode()).param("isa", payment.interchangeControlNumber())
                    .param("st", payment.transactionControlNumber()).param("source", source).param("actor", actor)
                    .query(Long.class).optional().orElse(null);
            if (id == null) {
                alreadyKnown = true;
                // the same payment posted before: wait for (or see) the posting that holds it, then add what is missing
                id = jdbc.sql("SELECT id FROM remittances WHERE organisation_id = ? AND payer_id = ? AND trace_number = ?"
                                + " FOR UPDATE")
                        .params(org, payerId, payment.traceNumber()).query(Long.class).single();
            }
            remittanceId = id;
        }

        private void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            List<ClaimPayment> chunk = List.copyOf(buffer);
            List<Integer> positions = List.copyOf(bufferPositions);
            buffer.clear();
            bufferPositions.clear();
            Map<String, ClaimRow> ours = claims(chunk);
            if (remittanceId == null) {
                remittance(new ArrayList<>(ours.values()));
            }
            // a claim of ours billed to another payer is not this payer's to pay: kept unmatched for a person
            ours.values().removeIf(r -> {
                if (r.payerId() != payerId) {
                    otherPayer.add(r.number());
                    return true;
                }
                return false;
            });
            post(chunk, positions, ours);
        }

        private Map<String, ClaimRow> claims(List<ClaimPayment> chunk) {
            String[] numbers = chunk.stream().map(ClaimPayment::patientControlNumber).distinct().toArray(String[]::new);
            Map<String, ClaimRow> out = new HashMap<>();
            // locked: two postings (or a person) changing a claim's money take turns
            jdbc.sql("""
                            SELECT c.id, c.claim_number, c.status, c.payer_id, py.rule_pack FROM claims c
                            JOIN payers py ON py.organisation_id = c.organisation_id AND py.id = c.payer_id
                            WHERE c.organisation_id = :org AND c.claim_number = ANY(CAST(:numbers AS text[]))
                            ORDER BY c.id FOR UPDATE OF c""")
                    .param("org", org).param("numbers", numbers)
                    .query((rs, n) -> out.put(rs.getString(2), new ClaimRow(rs.getLong(1), rs.getString(2),
                            rs.getString(3), rs.getLong(4), rs.getString(5)))).list();
            return out;
        }

        private void post(List<ClaimPayment> chunk, List<Integer> positions, Map<String, ClaimRow> ours) {
            int n = chunk.size();
            Long[] claimIds = new Long[n];
            String[] statuses = new String[n];
            String[] payerNumbers = new String[n];
            BigDecimal[] charges = new BigDecimal[n];
            BigDecimal[] paid = new BigDecimal[n];
            BigDecimal[] patient = new BigDecimal[n];
            Integer[] pos = positions.toArray(new Integer[0]);
            String[] numbers = new String[n];
            String[] filing = new String[n];
            String[] remarks = new String[n];
            for (int i = 0; i < n; i++) {
                ClaimPayment c = chunk.get(i);
                ClaimRow row = ours.get(c.patientControlNumber());
                claimIds[i] = row == null ? null : row.id();
                statuses[i] = c.status();
                payerNumbers[i] = c.payerClaimNumber() == null ? "" : c.payerClaimNumber();
                charges[i] = c.charge();
                paid[i] = c.paid();
                patient[i] = c.patientResponsibility();
                numbers[i] = c.patientControlNumber();
                filing[i] = c.filingIndicator();
                remarks[i] = String.join(",", c.remarks().stream().map(Remark::code).toList());
            }
            Map<Integer, Long> inserted = new HashMap<>();
            jdbc.sql("""
                            INSERT INTO remittance_claims (organisation_id, remittance_id, claim_id, status_code,
                                payer_claim_number, charge, paid, patient_responsibility, position,
                                patient_control_number, filing_indicator, remarks)
                            SELECT :org, :remittance, x.claim, x.status, x.pcn, x.charge, x.paid, x.pr, x.pos, x.number,
                                   x.filing, string_to_array(x.remarks, ',')
                            FROM unnest(CAST(:claims AS bigint[]), CAST(:statuses AS text[]), CAST(:pcns AS text[]),
                                        CAST(:charges AS numeric[]), CAST(:paid AS numeric[]), CAST(:pr AS numeric[]),
                                        CAST(:positions AS int[]), CAST(:numbers AS text[]), CAST(:filing AS text[]),
                                        CAST(:remarks AS text[]))
                                 AS x(claim, status, pcn, charge, paid, pr, pos, number, filing, remarks)
                            ON CONFLICT (remittance_id, position) DO NOTHING RETURNING id, position""")
                    .param("org", org).param("remittance", remittanceId).param("claims", claimIds)
                    .param("statuses", statuses).param("pcns", payerNumbers).param("charges", charges)
                    .param("paid", paid).param("pr", patient).param("positions", pos).param("numbers", numbers)
                    .param("filing", filing).param("remarks", remarks)
                    .query((rs, k) -> inserted.put(rs.getInt(2), rs.getLong(1))).list();
            alreadyPosted += n - inserted.size();
            if (inserted.isEmpty()) {
                return;
            }
            Map<Long, List<LineRow>> ourLines = lines(ours.values().stream().map(ClaimRow::id).toList());
            LineBatch batch = new LineBatch();
            // per claim of ours: what the chunk adds, in file order (a reversal then its correction nets out)
            Map<Long, ClaimChange> changes = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Long rc = inserted.get(pos[i]);
                if (rc == null) {
                    continue;
                }
                ClaimPayment c = chunk.get(i);
                ClaimRow row = ours.get(c.patientControlNumber());
                posted++;
                if (row == null && otherPayer.contains(c.patientControlNumber())) {
                    unmatched++;
                    findings.add("SB-POST-004 " + source + ", claim payment " + pos[i] + " of payment "
                            + payment.traceNumber() + ": claim " + c.patientControlNumber() + " is billed to another "
                            + "payer than " + payerName + "; kept unmatched, nothing posted to the claim (payer claim "
                            + c.payerClaimNumber() + ")");
                } else if (row == null) {
                    unmatched++;
                    findings.add("SB-POST-001 " + source + ", claim payment " + pos[i] + " of payment "
                            + payment.traceNumber() + ": CLP01 \"" + c.patientControlNumber() + "\" is none of your "
                            + "claims; kept unmatched for a person to match (payer claim " + c.payerClaimNumber() + ")");
                }
                for (Adjustment a : c.adjustments()) {
                    batch.adjustment(rc, a);
                }
                boolean reversal = "22".equals(c.status());
                boolean anyDenied = false;
                boolean allDenied = !c.lines().isEmpty();
                Set<Long> taken = new HashSet<>();
                List<LineRow> candidates = row == null ? List.of() : ourLines.getOrDefault(row.id(), List.of());
                for (ServicePayment l : c.lines()) {
                    Match m = match(l, candidates, taken);
                    if (m.line() == null) {
                        linesUnmatched++;
                    }
                    if (m.line() == null && row != null) {
                        findings.add("SB-POST-002 " + source + ", segment " + l.segmentNumber() + " (SVC " + l.procedure()
                                .display() + ") of claim " + c.patientControlNumber() + ": no line of "
                                + "claim " + row.number() + " has its control number, code and date; kept unmatched");
                    }
                    if (m.line() != null) {
                        taken.add(m.line().id());
                    }
                    List<String> lineRemarks = l.remarkCodes();
                    boolean denied = false;
                    for (Adjustment a : l.adjustments()) {
                        denied |= !reversal && a.amount().signum() > 0 && denialClassifier.table().denies(a.group(), a.reason());
                    }
                    boolean deniedInFull = denied && l.paid().signum() == 0 && l.charge().signum() > 0;
                    anyDenied |= denied;
                    allDenied &= deniedInFull;
                    batch.line(rc, row, l, m, lineRemarks, denied, deniedInFull);
                    lines++;
                }
                if (row != null) {
                    ClaimChange ch = changes.computeIfAbsent(row.id(), k -> new ClaimChange(row));
                    ch.add(c, reversal, anyDenied, allDenied && c.paid().signum() == 0);
                }
            }
            batch.write();
            adjustments += batch.adjustmentCount;
            claimUpdates(changes);
            denials += batch.deny(changes);
        }

        private Map<Long, List<LineRow>> lines(List<Long> claimIds) {
            Map<Long, List<LineRow>> out = new HashMap<>();
            if (claimIds.isEmpty()) {
                return out;
            }
            jdbc.sql("""
                            SELECT id, claim_id, code, modifiers, date_of_service, control_number FROM claim_lines
                            WHERE organisation_id = :org AND claim_id = ANY(CAST(:ids AS bigint[])) ORDER BY claim_id, line_number""")
                    .param("org", org).param("ids", claimIds.toArray(new Long[0]))
                    .query((rs, n) -> out.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new LineRow(
                            rs.getLong(1), rs.getLong(2), rs.getString(3), List.of((String[]) rs.getArray(4).getArray()),
                            rs.getObject(5, LocalDate.class), rs.getString(6)))).list();
            return out;
        }

        /** Moves each claim along its lifecycle and adds what was paid; one statement for the chunk. */
        private void claimUpdates(Map<Long, ClaimChange> changes) {
            if (changes.isEmpty()) {
                return;
            }
            int n = changes.size();
            Long[] ids = new Long[n];
            String[] before = new String[n];
            String[] after = new String[n];
            BigDecimal[] paid = new BigDecimal[n];
            BigDecimal[] patient = new BigDecimal[n];
            String[] payerNumbers = new String[n];
            String[] codes = new String[n];
            int i = 0;
            for (ClaimChange ch : changes.values()) {
                String target = ch.target();
                if (!target.equals(ch.row.status()) && !transitions.contains(ch.row.status() + ">" + target)) {
                    findings.add("SB-POST-003 " + source + ": claim " + ch.row.number() + " is " + ch.row.status()
                            + "; the payment was posted but the claim stays " + ch.row.status() + " (a claim in that "
                            + "state should not be " + target + "; check that CLP01 names the right claim)");
                    target = ch.row.status();
                }
                ids[i] = ch.row.id();
                before[i] = ch.row.status();
                after[i] = target;
                paid[i] = ch.paid;
                patient[i] = ch.patient;
                payerNumbers[i] = ch.payerClaimNumber;
                codes[i] = String.join(",", ch.codes);
                i++;
            }
            jdbc.sql("""
                            UPDATE claims c SET status = t.after, version = c.version + 1,
                                paid_amount = c.paid_amount + t.paid,
                                patient_responsibility = c.patient_responsibility + t.pr,
                                payer_claim_number = coalesce(nullif(t.pcn, ''), c.payer_claim_number)
                            FROM unnest(CAST(:ids AS bigint[]), CAST(:after AS text[]), CAST(:paid AS numeric[]),
                                        CAST(:pr AS numeric[]), CAST(:pcns AS text[])) AS t(id, after, paid, pr, pcn)
                            WHERE c.organisation_id = :org AND c.id = t.id""")
                    .param("ids", ids).param("after", after).param("paid", paid).param("pr", patient)
                    .param("pcns", payerNumbers).param("org", org).update();
            jdbc.sql("""
                            INSERT INTO audit_events (organisation_id, actor, action, entity, entity_id, before_state,
                                after_state)
                            SELECT :org, :actor, 'post-remittance', 'claim', t.id::text, jsonb_build_object('status', t.before),
                                   jsonb_build_object('status', t.after, 'traceNumber', CAST(:trace AS text),
                                       'claimStatusCodes', string_to_array(t.codes, ','), 'paid', t.paid,
                                       'patientResponsibility', t.pr, 'payerClaimNumber', t.pcn)
                            FROM unnest(CAST(:ids AS bigint[]), CAST(:before AS text[]), CAST(:after AS text[]),
                                        CAST(:codes AS text[]), CAST(:paid AS numeric[]), CAST(:pr AS numeric[]),
                                        CAST(:pcns AS text[])) AS t(id, before, after, codes, paid, pr, pcn)""")
                    .param("org", org).param("actor", actor).param("trace", payment.traceNumber()).param("ids", ids)
                    .param("before", before).param("after", after).param("codes", codes).param("paid", paid)
                    .param("pr", patient).param("pcns", payerNumbers).update();
        }

        private int providerAdjustments(List<ProviderAdjustment> plbs) {
            if (plbs.isEmpty()) {
                return 0;
            }
            int n = plbs.size();
            Integer[] pos = new Integer[n];
            String[] providers = new String[n];
            String[] periods = new String[n];
            String[] reasons = new String[n];
            String[] references = new String[n];
            BigDecimal[] amounts = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                ProviderAdjustment p = plbs.get(i);
                pos[i] = i + 1;
                providers[i] = p.providerId();
                periods[i] = p.fiscalPeriodEnd() == null ? null : p.fiscalPeriodEnd().toString();
                reasons[i] = p.reason();
                references[i] = p.reference();
                amounts[i] = p.amount();
            }
            return jdbc.sql("""
                            INSERT INTO provider_adjustments (organisation_id, remittance_id, position, provider_id,
                                fiscal_period_end, reason, reference, amount)
                            SELECT :org, :remittance, t.pos, t.provider, t.period, t.reason, nullif(t.reference, ''), t.amount
                            FROM unnest(CAST(:pos AS int[]), CAST(:providers AS text[]), CAST(:periods AS date[]),
                                        CAST(:reasons AS text[]), CAST(:references AS text[]), CAST(:amounts AS numeric[]))
                                 AS t(pos, provider, period, reason, reference, amount)
                            ON CONFLICT (remittance_id, position) DO NOTHING""")
                    .param("org", org).param("remittance", remittanceId).param("pos", pos).param("providers", providers)
                    .param("periods", periods).param("reasons", reasons).param("references", references)
                    .param("amounts", amounts).update();
        }

        /** What one chunk does to one claim of ours. */
        private final class ClaimChange {
            final ClaimRow row;
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal patient = BigDecimal.ZERO;
            String payerClaimNumber = "";
            final List<String> codes = new ArrayList<>();
            /** Claim-level CAS (loop 2100) that deny money, for a claim denied without line detail. */
            final List<Adjustment> claimDenials = new ArrayList<>();
            String status;

            ClaimChange(ClaimRow row) {
                this.row = row;
                this.status = row.status();
            }

            void add(ClaimPayment c, boolean reversal, boolean anyDenied, boolean allDenied) {
                paid = paid.add(c.paid());
                patient = patient.add(c.patientResponsibility());
                if (c.payerClaimNumber() != null && !c.payerClaimNumber().isBlank() && !reversal) {
                    payerClaimNumber = c.payerClaimNumber();
                }
                codes.add(c.status());
                if (!reversal) {
                    for (Adjustment a : c.adjustments()) {
                        if (a.amount().signum() > 0 && denialClassifier.table().denies(a.group(), a.reason())) {
                            claimDenials.add(a);
                        }
                    }
                }
                if (reversal) {
                    status = "accepted"; // the payer took its payment back: the corrected payment follows
                } else if ("4".equals(c.status())) {
                    status = "denied";
                } else if (PROCESSED.contains(c.status())) {
                    status = allDenied ? "denied" : anyDenied ? "partially-paid" : "paid";
                }
            }

            String target() {
                return status;
            }
        }

        /** The lines, adjustments and denial lines of a chunk, written as arrays. */
        private final class LineBatch {
            private final List<Long> rcs = new ArrayList<>();
            private final List<Integer> positions = new ArrayList<>();
            private final List<Long> claimLines = new ArrayList<>();
            private final List<String> matchedBy = new ArrayList<>();
            private final List<String> codes = new ArrayList<>();
            private final List<String> mods = new ArrayList<>();
            private final List<String> submitted = new ArrayList<>();
            private final List<BigDecimal> charges = new ArrayList<>();
            private final List<BigDecimal> paid = new ArrayList<>();
            private final List<BigDecimal> allowed = new ArrayList<>();
            private final List<BigDecimal> units = new ArrayList<>();
            private final List<String> controls = new ArrayList<>();
            private final List<String> dates = new ArrayList<>();
            private final List<String> remarks = new ArrayList<>();
            private final List<ServicePayment> payments = new ArrayList<>();
            private final List<ClaimRow> owners = new ArrayList<>();
            private final List<Boolean> denied = new ArrayList<>();
            private final List<Boolean> inFull = new ArrayList<>();
            private final List<List<String>> lineRemarks = new ArrayList<>();
            private final List<String> casGroups = new ArrayList<>();
            private final List<String> casCarcs = new ArrayList<>();
            private final List<String> casAmounts = new ArrayList<>();
            private final List<String> casQuantities = new ArrayList<>();
            // the claim-level CAS triplets (loop 2100), by remittance claim
            private final List<Long> adjRc = new ArrayList<>();
            private final List<Adjustment> adj = new ArrayList<>();
            private Long[] lineIds;
            int adjustmentCount;

            void adjustment(long rc, Adjustment a) {
                adjRc.add(rc);
                adj.add(a);
                adjustmentCount++;
            }

            void line(long rc, ClaimRow owner, ServicePayment l, Match m, List<String> lineRemarkCodes, boolean isDenied,
                      boolean deniedInFull) {
                int index = rcs.size();
                rcs.add(rc);
                positions.add(l.number());
                claimLines.add(m.line() == null ? null : m.line().id());
                matchedBy.add(m.by());
                codes.add(l.procedure().code());
                mods.add(String.join(",", l.procedure().modifiers()));
                submitted.add(l.originalProcedure() == null ? null : l.originalProcedure().code());
                charges.add(l.charge());
                paid.add(l.paid());
                allowed.add(l.allowed());
                units.add(l.units());
                controls.add(l.lineControlNumber() == null || l.lineControlNumber().isBlank() ? null
                        : l.lineControlNumber());
                dates.add(l.serviceDate() == null ? null : l.serviceDate().toString());
                remarks.add(String.join(",", lineRemarkCodes));
                payments.add(l);
                owners.add(owner);
                denied.add(isDenied);
                inFull.add(deniedInFull);
                lineRemarks.add(lineRemarkCodes);
                List<String> g = new ArrayList<>();
                List<String> c = new ArrayList<>();
                List<String> a = new ArrayList<>();
                List<String> q = new ArrayList<>();
                for (Adjustment x : l.adjustments()) {
                    g.add(x.group());
                    c.add(x.reason());
                    a.add(x.amount().toPlainString());
                    q.add(x.quantity() == null ? "-" : x.quantity().toPlainString()); // "-" for none: "" would be no element
                }
                casGroups.add(String.join(",", g));
                casCarcs.add(String.join(",", c));
                casAmounts.add(String.join(",", a));
                casQuantities.add(String.join(",", q));
                adjustmentCount += l.adjustments().size();
            }

            void write() {
                lineIds = new Long[rcs.size()];
                if (!rcs.isEmpty()) {
                    Map<String, Integer> index = new HashMap<>();
                    for (int i = 0; i < rcs.size(); i++) {
                        index.put(rcs.get(i) + ":" + positions.get(i), i);
                    }
                    jdbc.sql("""
                                    INSERT INTO remittance_lines (organisation_id, remittance_claim_id, position,
                                        claim_line_id, matched_by, code, modifiers, submitted_code, charge, paid, allowed,
                                        units, control_number, date_of_service, remarks, cas_groups, cas_carcs,
                                        cas_amounts, cas_quantities)
                                    SELECT :org, t.rc, t.pos, t.line, t.by, t.code, string_to_array(t.mods, ','),
                                           t.submitted, t.charge, t.paid, t.allowed, t.units, t.control, t.dos,
                                           string_to_array(t.remarks, ','), string_to_array(t.g, ','),
                                           string_to_array(t.c, ','), CAST(string_to_array(t.a, ',') AS numeric[]),
                                           CAST(string_to_array(t.q, ',', '-') AS numeric[])
                                    FROM unnest(CAST(:rcs AS bigint[]), CAST(:pos AS int[]), CAST(:lines AS bigint[]),
                                                CAST(:by AS text[]), CAST(:codes AS text[]), CAST(:mods AS text[]),
                                                CAST(:submitted AS text[]), CAST(:charges AS numeric[]),
                                                CAST(:paid AS numeric[]), CAST(:allowed AS numeric[]),
                                                CAST(:units AS numeric[]), CAST(:controls AS text[]),
                                                CAST(:dates AS date[]), CAST(:remarks AS text[]), CAST(:g AS text[]),
                                                CAST(:c AS text[]), CAST(:a AS text[]), CAST(:q AS text[]))
                                         AS t(rc, pos, line, by, code, mods, submitted, charge, paid, allowed, units,
                                              control, dos, remarks, g, c, a, q)
                                    RETURNING id, remittance_claim_id, position""")
                            .param("org", org).param("rcs", rcs.toArray(new Long[0]))
                            .param("pos", positions.toArray(new Integer[0]))
                            .param("lines", claimLines.toArray(new Long[0])).param("by", matchedBy.toArray(new String[0]))
                            .param("codes", codes.toArray(new String[0])).param("mods", mods.toArray(new String[0]))
                            .param("submitted", submitted.toArray(new String[0]))
                            .param("charges", charges.toArray(new BigDecimal[0]))
                            .param("paid", paid.toArray(new BigDecimal[0]))
                            .param("allowed", allowed.toArray(new BigDecimal[0]))
                            .param("units", units.toArray(new BigDecimal[0]))
                            .param("controls", controls.toArray(new String[0]))
                            .param("dates", dates.toArray(new String[0]))
                            .param("remarks", remarks.toArray(new String[0]))
                            .param("g", casGroups.toArray(new String[0])).param("c", casCarcs.toArray(new String[0]))
                            .param("a", casAmounts.toArray(new String[0]))
                            .param("q", casQuantities.toArray(new String[0]))
                            .query((rs, n) -> {
                                lineIds[index.get(rs.getLong(2) + ":" + rs.getInt(3))] = rs.getLong(1);
                                return null;
                            }).list();
                }
                if (adj.isEmpty()) {
                    return;
                }
                int n = adj.size();
                Long[] rc = adjRc.toArray(new Long[0]);
                String[] groups = new String[n];
                String[] carcs = new String[n];
                BigDecimal[] amounts = new BigDecimal[n];
                BigDecimal[] quantities = new BigDecimal[n];
                for (int i = 0; i < n; i++) {
                    Adjustment a = adj.get(i);
                    groups[i] = a.group();
                    carcs[i] = a.reason();
                    amounts[i] = a.amount();
                    quantities[i] = a.quantity();
                }
                jdbc.sql("""
                                INSERT INTO adjustments (organisation_id, remittance_claim_id, group_code, carc, amount,
                                    quantity)
                                SELECT :org, t.rc, t.g, t.c, t.a, t.q
                                FROM unnest(CAST(:rc AS bigint[]), CAST(:g AS text[]), CAST(:c AS text[]),
                                            CAST(:a AS numeric[]), CAST(:q AS numeric[])) AS t(rc, g, c, a, q)""")
                        .param("org", org).param("rc", rc).param("g", groups).param("c", carcs).param("a", amounts)
                        .param("q", quantities).update();
            }

            /** The denied lines into their claims' open denials (one per claim); the number of claims denied. */
            int deny(Map<Long, ClaimChange> changes) {
                record DenialLine(long claim, long remittanceLine, Long claimLine, boolean inFull, Adjustment a,
                                  List<String> rarcs, String cause, BigDecimal amount) {
                }
                List<DenialLine> found = new ArrayList<>();
                for (int i = 0; i < rcs.size(); i++) {
                    if (!denied.get(i) || owners.get(i) == null) {
                        continue;
                    }
                    for (Adjustment a : payments.get(i).adjustments()) {
                        if (a.amount().signum() > 0 && denialClassifier.table().denies(a.group(), a.reason())) {
                            found.add(new DenialLine(owners.get(i).id(), lineIds[i], claimLines.get(i), inFull.get(i),
                                    a, lineRemarks.get(i), causeOf(a.group(), a.reason(), lineRemarks.get(i)),
                                    a.amount()));
                        }
                    }
                }
                // the claim's root cause: the cause of the largest denied amount
                Map<Long, String> causeOf = new LinkedHashMap<>();
                // a claim denied at claim level only: its biggest claim adjustment is the entry's reason
                Map<Long, Adjustment> claimLevel = new HashMap<>();
                Map<Long, BigDecimal> largest = new HashMap<>();
                for (DenialLine d : found) {
                    if (largest.getOrDefault(d.claim(), BigDecimal.valueOf(-1)).compareTo(d.amount()) < 0) {
                        largest.put(d.claim(), d.amount());
                        causeOf.put(d.claim(), d.cause());
                    }
                }
                // a claim denied as a whole (CLP02 4, or claim-level CAS only) joins the queue too, without lines
                for (ClaimChange ch : changes.values()) {
                    if (causeOf.containsKey(ch.row.id())) {
                        continue;
                    }
                    Adjustment top = ch.claimDenials.stream().max(java.util.Comparator.comparing(Adjustment::amount))
                            .orElse(null);
                    if (top != null) {
                        causeOf.put(ch.row.id(), causeOf(top.group(), top.reason(), List.of()));
                        claimLevel.put(ch.row.id(), top);
                    } else if ("denied".equals(ch.target())) {
                        causeOf.put(ch.row.id(), "other");
                    }
                }
                if (causeOf.isEmpty()) {
                    return 0;
                }
                LocalDate paidOn = payment.paymentDate() == null ? LocalDate.now(zone) : payment.paymentDate();
                // Medicare: 120 days to ask for redetermination (42 CFR 405.942); other payers 180 by default
                LocalDate deadline = paidOn.plusDays("medicare".equals(payerPack) ? 120 : 180);
                Long[] claimIds = causeOf.keySet().toArray(new Long[0]);
                String[] causes = causeOf.values().toArray(new String[0]);
                Map<Long, Long> denialOf = new HashMap<>();
                jdbc.sql("""
                                INSERT INTO denials (organisation_id, claim_id, root_cause, status, next_deadline,
                                    payer_id, service_date, received_on, group_code, carc, denied_amount)
                                SELECT :org, t.claim, t.cause, 'open', CAST(:deadline AS date), c.payer_id,
                                       c.date_of_service, CAST(:received AS date), t.grp, t.carc, coalesce(t.amount, 0)
                                FROM unnest(CAST(:claims AS bigint[]), CAST(:causes AS text[]),
                                            CAST(:groups AS text[]), CAST(:carcs AS text[]),
                                            CAST(:amounts AS numeric[])) AS t(claim, cause, grp, carc, amount)
                                JOIN claims c ON c.id = t.claim
                                ON CONFLICT (claim_id) WHERE status NOT IN ('closed', 'written-off', 'billed-patient')
                                DO NOTHING
                                RETURNING id, claim_id""")
                        .param("org", org).param("deadline", deadline).param("received", paidOn).param("claims", claimIds)
                        .param("causes", causes)
                        .param("groups", causeOf.keySet().stream().map(k -> claimLevel.containsKey(k)
                                ? claimLevel.get(k).group() : null).toArray(String[]::new))
                        .param("carcs", causeOf.keySet().stream().map(k -> claimLevel.containsKey(k)
                                ? claimLevel.get(k).reason() : null).toArray(String[]::new))
                        .param("amounts", causeOf.keySet().stream().map(k -> claimLevel.containsKey(k)
                                ? claimLevel.get(k).amount() : null).toArray(BigDecimal[]::new))
                        .query((rs, n) -> denialOf.put(rs.getLong(2), rs.getLong(1))).list();
                if (denialOf.size() < claimIds.length) {
                    jdbc.sql("""
                                    SELECT id, claim_id FROM denials WHERE organisation_id = :org
                                    AND claim_id = ANY(CAST(:claims AS bigint[]))
                                    AND status NOT IN ('closed', 'written-off', 'billed-patient')""")
                            .param("org", org).param("claims", claimIds)
                            .query((rs, n) -> denialOf.putIfAbsent(rs.getLong(2), rs.getLong(1))).list();
                }
                if (found.isEmpty()) {
                    triage.triage(org, List.copyOf(denialOf.values()));
                    return causeOf.size();
                }
                int n = found.size();
                Long[] denialIds = new Long[n];
                Long[] rl = new Long[n];
                Long[] cl = new Long[n];
                Boolean[] full = new Boolean[n];
                String[] groups = new String[n];
                String[] carcs = new String[n];
                String[] rarcs = new String[n];
                BigDecimal[] amounts = new BigDecimal[n];
                String[] lineCauses = new String[n];
                for (int i = 0; i < n; i++) {
                    DenialLine d = found.get(i);
                    denialIds[i] = denialOf.get(d.claim());
                    rl[i] = d.remittanceLine();
                    cl[i] = d.claimLine();
                    full[i] = d.inFull();
                    groups[i] = d.a().group();
                    carcs[i] = d.a().reason();
                    rarcs[i] = String.join(",", d.rarcs());
                    amounts[i] = d.amount();
                    lineCauses[i] = d.cause();
                }
                jdbc.sql("""
                                INSERT INTO denial_lines (organisation_id, denial_id, remittance_line_id, claim_line_id,
                                    denied_in_full, group_code, carc, rarcs, amount, root_cause, payer_id, procedure,
                                    modifiers, service_date, place_of_service, ordering_npi, interpreting_provider_id,
                                    technologist)
                                SELECT :org, t.d, t.rl, t.cl, t.f, t.g, t.c, string_to_array(t.r, ','), t.a, t.cause,
                                       c.payer_id, coalesce(l.code, rl.code), coalesce(l.modifiers, rl.modifiers),
                                       coalesce(l.date_of_service, rl.date_of_service, c.date_of_service),
                                       c.place_of_service, c.ordering_npi, s.interpreting_provider_id, s.technologist
                                FROM unnest(CAST(:d AS bigint[]), CAST(:rl AS bigint[]), CAST(:cl AS bigint[]),
                                            CAST(:f AS boolean[]), CAST(:g AS text[]), CAST(:c AS text[]),
                                            CAST(:r AS text[]), CAST(:a AS numeric[]), CAST(:cause AS text[]))
                                     AS t(d, rl, cl, f, g, c, r, a, cause)
                                JOIN denials dn ON dn.id = t.d
                                JOIN claims c ON c.id = dn.claim_id
                                JOIN remittance_lines rl ON rl.id = t.rl
                                LEFT JOIN claim_lines l ON l.id = t.cl
                                LEFT JOIN LATERAL (SELECT st.interpreting_provider_id, st.technologist
                                                   FROM claim_studies cs JOIN studies st ON st.id = cs.study_id
                                                   WHERE cs.claim_id = c.id ORDER BY st.id LIMIT 1) s ON true
                                ON CONFLICT DO NOTHING""")
                        .param("org", org).param("d", denialIds).param("rl", rl).param("cl", cl).param("f", full)
                        .param("g", groups).param("c", carcs).param("r", rarcs).param("a", amounts)
                        .param("cause", lineCauses).update();
                // classified, dated and prioritised with the lines it now has (an entry may gain lines later)
                triage.triage(org, List.copyOf(denialOf.values()));
                return causeOf.size();
            }
        }
    }

    /** How a service line payment found our line. */
    private record Match(LineRow line, String by) {
    }

    /**
     * Our line for a service line payment: by REF*6R, then by code (as billed, SVC06, when the payer changed it),
     * modifiers and date, then by code and date, then by code; each of our lines taken once.
     */
    private static Match match(ServicePayment l, List<LineRow> candidates, Set<Long> taken) {
        String control = l.lineControlNumber();
        if (control != null && !control.isBlank()) {
            for (LineRow r : candidates) {
                if (control.equals(r.controlNumber()) && !taken.contains(r.id())) {
                    return new Match(r, "control-number");
                }
            }
        }
        String code = l.originalProcedure() != null ? l.originalProcedure().code() : l.procedure().code();
        List<String> modifiers = l.originalProcedure() != null ? l.originalProcedure().modifiers()
                : l.procedure().modifiers();
        LocalDate date = l.serviceDate();
        for (LineRow r : candidates) {
            if (!taken.contains(r.id()) && r.code().equals(code) && r.modifiers().equals(modifiers)
                    && (date == null || date.equals(r.date()))) {
                return new Match(r, "code-and-date");
            }
        }
        for (LineRow r : candidates) {
            if (!taken.contains(r.id()) && r.code().equals(code) && (date == null || date.equals(r.date()))) {
                return new Match(r, "code-and-date");
            }
        }
        for (LineRow r : candidates) {
            if (!taken.contains(r.id()) && r.code().equals(code)) {
                return new Match(r, "code");
            }
        }
        return new Match(null, "unmatched");
    }

    private static void add(List<String> ids, String id) {
        if (id != null && !id.isBlank() && !ids.contains(id)) {
            ids.add(id);
        }
    }
}
