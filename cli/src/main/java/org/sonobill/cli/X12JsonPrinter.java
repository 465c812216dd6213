package org.sonobill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Set;
import org.sonobill.x12.ack.Acknowledgments;
import org.sonobill.x12.ack.ClaimStatusReport;
import org.sonobill.x12.ack.ImplementationAcknowledgment;
import org.sonobill.x12.ack.InterchangeAcknowledgment;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.remit.ClaimPayment;
import org.sonobill.x12.remit.Payment;
import org.sonobill.x12.remit.PaymentEnd;
import org.sonobill.x12.remit.ReadSummary;
import org.sonobill.x12.remit.RemitFinding;
import org.sonobill.x12.validate.ValidationProblem;
import org.sonobill.x12.validate.ValidationReport;

/**
 * JSON Lines: one object per record, {"file": ..., "record": "claim", ...}. A claim names its payment by trace
 * number and transaction control number instead of repeating the payment header.
 */
final class X12JsonPrinter implements X12Printer {
    private static final Set<String> NONE = Set.of();
    private final PrintWriter out;
    private final JsonGenerator json;
    private String source = "";

    X12JsonPrinter(PrintWriter out) {
        this.out = out;
        try {
            this.json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out);
            json.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void file(X12Input input) {
        line("file", () -> {
            json.writeStringField("transactionType", input.transactionType());
            json.writeStringField("version", input.version());
            json.writeStringField("encoding", input.encoding().label());
            json.writeArrayFieldStart("notices");
            for (String notice : input.notices()) {
                json.writeString(notice);
            }
            json.writeEndArray();
        }, input.source());
    }

    @Override
    public void payment(Payment payment) {
        record("payment", payment, NONE);
    }

    @Override
    public void claim(ClaimPayment claim) {
        line("claim", () -> {
            json.writeStringField("paymentTrace", claim.payment().traceNumber());
            json.writeStringField("transactionControlNumber", claim.payment().transactionControlNumber());
            json.writeFieldName("claim");
            RecordJson.write(json, claim, Set.of("payment"));
        }, source);
    }

    @Override
    public void paymentEnd(PaymentEnd end) {
        line("paymentEnd", () -> {
            json.writeStringField("paymentTrace", end.payment().traceNumber());
            json.writeNumberField("claimCount", end.claimCount());
            json.writeStringField("claimsPaid", end.claimsPaid().toPlainString());
            json.writeFieldName("providerAdjustments");
            json.writeStartArray();
            for (var adjustment : end.providerAdjustments()) {
                RecordJson.write(json, adjustment, NONE);
            }
            json.writeEndArray();
        }, source);
    }

    @Override
    public void finding(RemitFinding finding) {
        line("finding", () -> {
            json.writeStringField("id", finding.code().id());
            json.writeStringField("code", finding.code().name());
            json.writeStringField("message", finding.message());
            json.writeStringField("location", finding.location().describe());
            json.writeStringField("patientControlNumber", finding.patientControlNumber());
        }, source);
    }

    @Override
    public void summary(ReadSummary summary) {
        record("summary", summary, NONE);
    }

    @Override
    public void validation(ValidationReport report) {
        for (ValidationProblem problem : report.problems()) {
            line("validationProblem", () -> {
                json.writeStringField("error", problem.error());
                json.writeStringField("location", problem.location().describe());
                json.writeStringField("loop", problem.loop());
                json.writeNumberField("positionInTransaction", problem.positionInTransaction());
                json.writeStringField("message", problem.message());
            }, report.source());
        }
        line("validation", () -> {
            json.writeBooleanField("valid", report.isValid());
            json.writeNumberField("problems", report.problems().size());
            json.writeArrayFieldStart("notValidated");
            for (String note : report.notValidated()) {
                json.writeString(note);
            }
            json.writeEndArray();
        }, report.source());
    }

    @Override
    public void acknowledgments(Acknowledgments acknowledgments) {
        for (InterchangeAcknowledgment ta1 : acknowledgments.interchanges()) {
            record("interchangeAcknowledgment", ta1, NONE);
        }
        for (ImplementationAcknowledgment ack : acknowledgments.implementation()) {
            record("implementationAcknowledgment", ack, NONE);
        }
        for (ClaimStatusReport report : acknowledgments.claimStatus()) {
            record("claimStatusReport", report, NONE);
        }
    }

    @Override
    public void claims(org.sonobill.x12.claim.ReadResult claims) {
        for (org.sonobill.x12.claim.X12Problem p : claims.envelopeProblems()) {
            record("envelopeProblem", p, NONE);
        }
        for (org.sonobill.x12.claim.ReadTransaction t : claims.transactions()) {
            record("claimTransaction", t, Set.of("claims"));
            for (org.sonobill.x12.claim.ClaimSubmission s : t.claims()) {
                record("claimSubmission", s, NONE);
            }
        }
    }

    private void record(String kind, Record record, Set<String> skipped) {
        line(kind, () -> {
            json.writeFieldName(kind);
            RecordJson.write(json, record, skipped);
        }, source);
    }

    /** What one line writes after its "file" and "record" fields. */
    private interface Fields {
        void write() throws IOException;
    }

    private void line(String kind, Fields fields, String file) {
        source = file;
        try {
            json.writeStartObject();
            json.writeStringField("file", file);
            json.writeStringField("record", kind);
            fields.write();
            json.writeEndObject();
            json.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
