package org.sonobill.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.sonobill.x12.ack.Acknowledgments;
import org.sonobill.x12.ack.ClaimAcknowledgment;
import org.sonobill.x12.ack.ClaimStatusReport;
import org.sonobill.x12.ack.ElementError;
import org.sonobill.x12.ack.ImplementationAcknowledgment;
import org.sonobill.x12.ack.InterchangeAcknowledgment;
import org.sonobill.x12.ack.SegmentError;
import org.sonobill.x12.ack.StatusCode;
import org.sonobill.x12.ack.TransactionSetResponse;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.remit.Adjustment;
import org.sonobill.x12.remit.ClaimPayment;
import org.sonobill.x12.remit.Payment;
import org.sonobill.x12.remit.PaymentEnd;
import org.sonobill.x12.remit.ProviderAdjustment;
import org.sonobill.x12.remit.ReadSummary;
import org.sonobill.x12.remit.RemitFinding;
import org.sonobill.x12.remit.ServicePayment;
import org.sonobill.x12.validate.ValidationReport;

/** A readable listing, indented payment / claim / line, for a person at a terminal. */
final class X12TextPrinter implements X12Printer {
    private final PrintWriter out;

    X12TextPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void file(X12Input input) {
        out.println(input.source() + ": " + (input.transactionType().isEmpty() ? "interchange acknowledgment"
                : input.transactionType()) + (input.version().isEmpty() ? "" : " " + input.version())
                + ", " + input.encoding().label());
        input.notices().forEach(n -> out.println("  note: " + n));
    }

    @Override
    public void payment(Payment p) {
        out.println("payment " + p.traceNumber() + ": " + money(p.signedAmount()) + " by " + p.method()
                + (p.paymentDate() == null ? "" : " on " + p.paymentDate()) + " from " + p.payer().name()
                + " to " + p.payee().name() + (p.payee().id().isEmpty() ? ""
                : " (" + p.payee().idQualifier() + " " + p.payee().id() + ")")
                + " [transaction set " + p.transactionControlNumber() + "]");
    }

    @Override
    public void claim(ClaimPayment c) {
        out.println("  claim " + c.patientControlNumber() + ": status " + c.status()
                + c.knownStatus().map(s -> " (" + s.description() + ")").orElse("") + ", charge "
                + money(c.charge()) + ", paid " + money(c.paid()) + ", patient responsibility "
                + money(c.patientResponsibility()) + (c.payerClaimNumber().isEmpty() ? ""
                : ", payer claim " + c.payerClaimNumber())
                + c.patient().map(n -> ", patient " + n.displayName()).orElse(""));
        adjustments("    ", c.adjustments());
        if (!c.remarks().isEmpty()) {
            out.println("    remarks " + c.remarks().stream().map(r -> r.code()).collect(Collectors.joining(" ")));
        }
        for (ServicePayment line : c.lines()) {
            out.println("    line " + line.number() + " " + line.procedure().display() + ": charge "
                    + money(line.charge()) + ", paid " + money(line.paid()) + ", units " + line.units().toPlainString()
                    + (line.serviceDate() == null ? "" : ", date " + line.serviceDate())
                    + (line.allowed() == null ? "" : ", allowed " + money(line.allowed()))
                    + (line.lineControlNumber().isEmpty() ? "" : ", line control " + line.lineControlNumber())
                    + (line.originalProcedure() == null ? "" : ", billed as "
                    + line.originalProcedure().display()));
            adjustments("      ", line.adjustments());
            if (!line.remarks().isEmpty()) {
                out.println("      remarks " + line.remarks().stream().map(r -> r.code())
                        .collect(Collectors.joining(" ")));
            }
        }
    }

    private void adjustments(String indent, List<Adjustment> adjustments) {
        if (!adjustments.isEmpty()) {
            out.println(indent + "adjustments " + adjustments.stream().map(a -> a.group() + "-" + a.reason() + " "
                    + money(a.amount())).collect(Collectors.joining(", ")));
        }
    }

    @Override
    public void paymentEnd(PaymentEnd end) {
        for (ProviderAdjustment plb : end.providerAdjustments()) {
            out.println("  provider adjustment " + plb.reason() + (plb.reference().isEmpty() ? ""
                    : " " + plb.reference()) + ": " + money(plb.amount()));
        }
        out.println("  " + end.claimCount() + " claim(s), paid " + money(end.claimsPaid()));
    }

    @Override
    public void finding(RemitFinding finding) {
        out.println("  finding " + finding.code().id() + " at " + finding.location().describe() + ": "
                + finding.message());
    }

    @Override
    public void summary(ReadSummary s) {
        out.println("read " + s.transactionSets() + " payment(s), " + s.claims() + " claim(s), " + s.serviceLines()
                + " line(s), " + s.adjustmentSegments() + " CAS segment(s), " + s.providerAdjustments()
                + " provider adjustment(s), " + s.findings() + " finding(s)");
    }

    @Override
    public void validation(ValidationReport report) {
        report.notValidated().forEach(n -> out.println("  not validated: " + n));
        report.problems().forEach(p -> out.println("  invalid: " + p));
        out.println("validated: " + (report.isValid() ? "no departure from the implementation guides"
                : report.problems().size() + " departure(s) from the implementation guides"));
    }

    @Override
    public void acknowledgments(Acknowledgments acks) {
        for (InterchangeAcknowledgment ta1 : acks.interchanges()) {
            out.println("TA1 for interchange " + ta1.controlNumber() + ": " + ta1.acknowledgment() + "; "
                    + ta1.note());
        }
        acks.implementation().forEach(this::implementation);
        acks.claimStatus().forEach(this::claimStatus);
    }

    private void implementation(ImplementationAcknowledgment ack) {
        out.println("999 " + ack.controlNumber() + " for group " + ack.groupControlNumber() + " ("
                + ack.functionalIdentifier() + " " + ack.groupVersion() + "): " + ack.groupStatus() + ", "
                + ack.acceptedCount() + " of " + ack.includedCount() + " transaction set(s) accepted"
                + (ack.groupErrors().isEmpty() ? "" : "; " + ack.groupErrors()));
        for (TransactionSetResponse response : ack.responses()) {
            out.println("  " + response.transactionType() + " " + response.controlNumber() + ": " + response.status()
                    + (response.errors().isEmpty() ? "" : "; " + response.errors()));
            for (SegmentError segment : response.segmentErrors()) {
                out.println("    segment " + segment.segmentId() + " at position " + segment.position()
                        + (segment.loopId().isEmpty() ? "" : " in loop " + segment.loopId()) + ": " + segment.error()
                        + (segment.contexts().isEmpty() ? "" : " [" + String.join("; ", segment.contexts()) + "]"));
                for (ElementError element : segment.elementErrors()) {
                    out.println("      " + segment.segmentId() + " " + element.describePosition()
                            + (element.dataElementReference().isEmpty() ? "" : " (element "
                            + element.dataElementReference() + ")") + ": " + element.error()
                            + (element.badValue().isEmpty() ? "" : ", value '" + element.badValue() + "'"));
                }
            }
        }
    }

    private void claimStatus(ClaimStatusReport report) {
        out.println("277 " + report.controlNumber() + " from " + report.responder().kind().name().toLowerCase()
                + " " + report.responder().name() + " for batch " + report.originatorTransactionId()
                + statuses(report.receiverStatuses()));
        for (ClaimAcknowledgment claim : report.claims()) {
            out.println("  claim " + claim.patientControlNumber() + ": " + claim.outcome().name().toLowerCase()
                    + statuses(claim.statuses()) + (claim.payerClaimNumber().isEmpty() ? ""
                    : ", payer claim " + claim.payerClaimNumber()) + (claim.patientName().isEmpty() ? ""
                    : ", patient " + claim.patientName()));
            claim.lines().forEach(line -> out.println("    line " + line.procedure()
                    + (line.lineControlNumber().isEmpty() ? "" : " (line control " + line.lineControlNumber() + ")")
                    + statuses(line.statuses())));
        }
    }

    private static String statuses(List<StatusCode> statuses) {
        return statuses.isEmpty() ? "" : " " + statuses.stream().map(s -> s.display() + " ("
                + s.category().text() + ")").collect(Collectors.joining(", "));
    }

    @Override
    public void claims(org.sonobill.x12.claim.ReadResult claims) {
        claims.envelopeProblems().forEach(p -> out.println("  envelope: " + p.describe()));
        for (org.sonobill.x12.claim.ReadTransaction t : claims.transactions()) {
            out.println("transaction set " + t.controlNumber() + " (" + t.kind() + " " + t.version() + "): "
                    + t.claimSegments() + " claims, " + t.serviceLines() + " service lines"
                    + (t.accepted() ? "" : ", REFUSED (" + t.problems().size() + " problems)"));
            t.problems().forEach(p -> out.println("  problem: " + p.describe()));
            for (org.sonobill.x12.claim.ClaimSubmission s : t.claims()) {
                org.sonobill.engine.claim.Claim c = s.claim();
                BigDecimal total = c.lines().stream().map(org.sonobill.engine.claim.ClaimLine::charge)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                out.println("  claim " + c.id() + ": " + (s.payer() == null ? "" : "payer " + s.payer().name() + ", ")
                        + "place of service " + c.placeOfService() + ", frequency " + c.frequency()
                        + (c.originalClaimNumber() == null ? "" : " (replaces " + c.originalClaimNumber() + ")")
                        + ", diagnoses " + String.join(" ", c.diagnoses()) + ", charge " + money(total));
                for (org.sonobill.engine.claim.ClaimLine l : c.lines()) {
                    out.println("    line " + l.number() + ": " + l.code() + (l.modifiers().isEmpty() ? ""
                            : "-" + String.join("-", l.modifiers())) + " x" + l.units() + " " + money(l.charge())
                            + " on " + l.dateOfService() + (l.controlNumber() == null ? "" : " [" + l.controlNumber()
                            + "]"));
                }
            }
        }
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }
}
