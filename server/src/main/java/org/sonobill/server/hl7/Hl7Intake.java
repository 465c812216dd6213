package org.sonobill.server.hl7;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sonobill.fhir.hl7.Hl7Exception;
import org.sonobill.fhir.hl7.Hl7Patient;
import org.sonobill.fhir.hl7.Hl7Reader;
import org.sonobill.fhir.hl7.Hl7Result;
import org.sonobill.report.IncomingReport;
import org.sonobill.server.report.ReportIntake;
import org.sonobill.server.report.ReportIntake.Arrival;
import org.sonobill.server.report.ReportSource;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.study.InvalidDocumentation;
import org.sonobill.server.study.StudyRequests.PatientInput;
import org.sonobill.server.web.ApiException;
import org.sonobill.server.web.ProblemHandler;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One HL7 v2 ORU^R01 message to studies, for the MLLP listener and {@code sonobill hl7 import} alike: the message is
 * kept in the inbox first; its results (one per OBR) are read by the fhir module's {@link Hl7Reader} and taken by
 * {@link ReportIntake} in one transaction, which also marks the message processed. A result whose accession is
 * known already is not written again; a message whose results were all known is a duplicate, acknowledged AA so
 * that the sender stops resending it. A message that cannot be read, or lacks what a study needs, is refused (AR/AE
 * naming the segment and field); one whose intake fails for another reason is marked failed (AE). Either way it
 * stays in the inbox for a person, and nothing of it is half-written.
 */
@Service
public class Hl7Intake {
    // where each field the intake checks comes from in an ORU^R01, so a refusal names the HL7 field
    private static final Map<String, String> HL7_FIELDS = Map.of("accession", "OBR-3", "patient.mrn", "PID-3",
            "patient.lastName", "PID-5", "patient.sex", "PID-8", "patient", "PID", "dateOfService", "OBR-7",
            "placeOfService", "PV1-2", "reportText", "OBX-5");
    private final Hl7Reader reader = new Hl7Reader();
    private final ReportIntake intake;
    private final Hl7Inbox inbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Acknowledgements acks = new Acknowledgements();

    public Hl7Intake(ReportIntake intake, Hl7Inbox inbox, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.intake = intake;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Takes one message.
     *
     * @param channel mllp or file
     */
    public Hl7Outcome take(SonoBillUser user, String channel, String raw) {
        long org = user.organisationId();
        long id = inbox.receive(org, channel, raw);
        if ("ORM^O01".equals(Hl7Reader.messageType(raw))) {
            return order(user, id, raw);
        }
        List<Hl7Result> results;
        try {
            results = reader.results(raw);
        } catch (Hl7Exception e) {
            inbox.finish(org, id, "refused", e.getMessage(), null);
            return Hl7Outcome.refused(id, e.rejection().ackCode(), e.errorCode(), e.getMessage(),
                    acks.forOrganisation(user.organisationCode()).reject(raw, e));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> write(user, raw, id, results));
            } catch (ApiException e) {
                if (e.status() == HttpStatus.CONFLICT && attempt == 1) {
                    continue; // another message took one of the accessions meanwhile: it is a duplicate now
                }
                return refuse(user, id, raw, problem(e));
            } catch (InvalidDocumentation e) {
                return refuse(user, id, raw, "the report's documentation was refused: " + String.join("; ",
                        e.problems().stream().map(Hl7Intake::describe).toList()));
            } catch (RuntimeException e) {
                return fail(user, id, raw, e);
            }
        }
    }

    // content SonoBill cannot take: AE, kept as refused
    private Hl7Outcome refuse(SonoBillUser user, long id, String raw, String problem) {
        inbox.finish(user.organisationId(), id, "refused", problem, null);
        return Hl7Outcome.refused(id, "AE", "207", problem, acks.forOrganisation(user.organisationCode())
                .applicationError(raw, problem));
    }

    // the intake failed half-way (its transaction rolled back): AE, kept as failed for a person
    private Hl7Outcome fail(SonoBillUser user, long id, String raw, RuntimeException e) {
        String problem = "SonoBill could not store the result (incident " + ProblemHandler.logIncident(e)
                + "); nothing of it was saved and the message is kept for review";
        try {
            inbox.finish(user.organisationId(), id, "failed", problem, null);
        } catch (RuntimeException again) {
            ProblemHandler.logIncident(again);
        }
        return new Hl7Outcome(id, "failed", "AE", "207", problem, List.of(), List.of(),
                acks.forOrganisation(user.organisationCode()).applicationError(raw, problem));
    }

    private static String describe(org.sonobill.engine.study.InputProblem p) {
        return (p.field() == null || p.field().isEmpty() ? "" : p.field() + ": ") + p.message();
    }

    /**
     * An order (ORM^O01) arrives on the same feed as the results: it is read (so a broken one is refused naming its
     * field) and kept in the inbox, but SonoBill codes from the final report, so nothing else is written; the AA
     * says so, and the sender does not resend it.
     */
    private Hl7Outcome order(SonoBillUser user, long id, String raw) {
        long org = user.organisationId();
        int orders;
        try {
            orders = reader.orders(raw).size();
        } catch (Hl7Exception e) {
            inbox.finish(org, id, "refused", e.getMessage(), null);
            return Hl7Outcome.refused(id, e.rejection().ackCode(), e.errorCode(), e.getMessage(),
                    acks.forOrganisation(user.organisationCode()).reject(raw, e));
        }
        String text = orders + " order" + (orders == 1 ? "" : "s") + " received and kept; SonoBill codes from the "
                + "result (ORU^R01), so no study was written";
        inbox.finish(org, id, "processed", null, null);
        return new Hl7Outcome(id, "processed", "AA", null, text, List.of(), List.of(),
                Acknowledgements.withText(acks.forOrganisation(user.organisationCode()).accept(raw), text));
    }

    /** An AE acknowledgement (condition 207) for a message the intake could not even keep. */
    String applicationError(SonoBillUser user, String raw, String problem) {
        return acks.forOrganisation(user.organisationCode()).applicationError(raw, problem);
    }

    private Hl7Outcome write(SonoBillUser user, String raw, long inboxId, List<Hl7Result> results) {
        long org = user.organisationId();
        List<Long> created = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Long first = null;
        for (Hl7Result r : results) {
            String accession = r.report().id();
            Long known = jdbc.sql("SELECT id FROM studies WHERE organisation_id = ? AND accession = ?")
                    .params(org, accession).query(Long.class).optional().orElse(null);
            if (known != null) {
                duplicates.add(accession);
                first = first == null ? known : first;
                continue;
            }
            long study = intake.intake(user, new Arrival(accession, patient(r.patient()), null,
                    report(r), ReportSource.HL7)).study().id();
            created.add(study);
            first = first == null ? study : first;
        }
        String status = created.isEmpty() ? "duplicate" : "processed";
        inbox.finish(org, inboxId, status, null, first);
        String text = created.isEmpty()
                ? "duplicate: accession " + String.join(", ", duplicates) + " received before; nothing was written"
                : created.size() + " stud" + (created.size() == 1 ? "y" : "ies") + " received"
                        + (duplicates.isEmpty() ? "" : "; accession " + String.join(", ", duplicates)
                        + " received before, not written again");
        return new Hl7Outcome(inboxId, status, "AA", null, text, created, duplicates,
                Acknowledgements.withText(acks.forOrganisation(user.organisationCode()).accept(raw), text));
    }

    // the report with the visit's place of service when the result itself does not say
    private static IncomingReport report(Hl7Result r) {
        IncomingReport in = r.report();
        if (in.placeOfService() != null || r.patient().placeOfService() == null) {
            return in;
        }
        return new IncomingReport(in.id(), in.text(), r.patient().placeOfService(), in.claimType(), in.billingRole(),
                in.payer(), in.dateOfService(), in.patient() == null ? r.patient().codingPatient() : in.patient(),
                in.orderedCode(), in.orderedText(), in.orderingNpi(), in.interpretingNpi(), in.signed());
    }

    private static PatientInput patient(Hl7Patient p) {
        return new PatientInput(p.mrn(), p.lastName(), p.firstName(), p.sex().name(), p.birthDate(), null, null, null);
    }

    private static String problem(ApiException e) {
        if (e.fields().isEmpty()) {
            return e.getMessage();
        }
        ApiException.FieldProblem f = e.fields().get(0);
        String hl7 = HL7_FIELDS.get(f.field());
        return (hl7 == null ? f.field() : hl7 + " (" + f.field() + ")") + ": " + f.problem();
    }
}
