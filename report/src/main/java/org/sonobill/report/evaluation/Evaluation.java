package org.sonobill.report.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sonobill.engine.study.BillingRole;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.report.CodedReport;
import org.sonobill.report.Confidence;
import org.sonobill.report.IncomingReport;
import org.sonobill.report.ReportCoder;

/**
 * Scores the reader against coder labels: for unambiguous reports, how many are {@code ready} and whether every
 * ready one is right; for ambiguous ones, whether the answer is acceptable or sent to review. A {@code ready} report
 * with a wrong code set is the failure that matters (autonomous coding that is confidently wrong).
 */
public final class Evaluation {
    /** How one report came out. */
    public enum Outcome {
        /** Ready, and the code set is the expected one (or, for an ambiguous report, an acceptable one). */
        READY_RIGHT,
        /** Ready with a code set the coder would not accept: the worst outcome. */
        READY_WRONG,
        /** Sent to a coder, and the code set read would have been right. */
        REVIEW_RIGHT,
        /** Sent to a coder, and the code set read would have been wrong: the review was needed. */
        REVIEW_WRONG
    }

    /** One report's result. */
    public record Result(Label label, Set<CodeLine> coded, Confidence confidence, Outcome outcome,
                         List<String> review, CodedReport report) {
    }

    /** The results and their counts. */
    public record Summary(List<Result> results) {
        public long unambiguous() {
            return results.stream().filter(r -> !r.label().ambiguous()).count();
        }

        public long unambiguousReady() {
            return results.stream().filter(r -> !r.label().ambiguous() && r.confidence() == Confidence.READY).count();
        }

        public long unambiguousReadyRight() {
            return results.stream().filter(r -> !r.label().ambiguous() && r.outcome() == Outcome.READY_RIGHT).count();
        }

        public long readyWrong() {
            return results.stream().filter(r -> r.outcome() == Outcome.READY_WRONG).count();
        }

        public long ready() {
            return results.stream().filter(r -> r.confidence() == Confidence.READY).count();
        }

        public long ambiguous() {
            return results.stream().filter(r -> r.label().ambiguous()).count();
        }

        /** Ambiguous reports answered acceptably or sent to review. */
        public long ambiguousHandled() {
            return results.stream().filter(r -> r.label().ambiguous() && r.outcome() != Outcome.READY_WRONG).count();
        }

        /** Reports (ready or not) whose code set is right. */
        public long codeSetRight() {
            return results.stream().filter(r -> r.outcome() == Outcome.READY_RIGHT
                    || r.outcome() == Outcome.REVIEW_RIGHT).count();
        }

        /** Share of ready reports that are right, or 1 when none is ready. */
        public double readyPrecision() {
            long ready = ready();
            return ready == 0 ? 1.0 : (double) (ready - readyWrong()) / ready;
        }

        /** Diagnosis codes the coder labelled that the reader also coded, over all reports. */
        public long diagnosesFound() {
            return results.stream().mapToLong(r -> r.label().icd10().stream()
                    .filter(c -> r.report().read().documentation().indication().icd10().contains(c)).count()).sum();
        }

        /** Diagnosis codes the coder labelled, over all reports. */
        public long diagnosesLabelled() {
            return results.stream().mapToLong(r -> r.label().icd10().size()).sum();
        }

        /** Diagnosis codes the reader coded, over all reports. */
        public long diagnosesCoded() {
            return results.stream().mapToLong(r -> r.report().read().documentation().indication().icd10().size()).sum();
        }

        /** Share of unambiguous reports that are ready. */
        public double unambiguousReadyRate() {
            long n = unambiguous();
            return n == 0 ? 0.0 : (double) unambiguousReady() / n;
        }
    }

    private final ReportCoder coder;
    private final LocalDate dateOfService;

    /**
     * @param dateOfService the date of service to code with (the labels carry none; a fixed date keeps the
     *                      reference data, and so the result, the same on every run)
     */
    public Evaluation(ReportCoder coder, LocalDate dateOfService) {
        this.coder = coder;
        this.dateOfService = dateOfService;
    }

    public Summary run(Path labelsFile, List<Label> labels) throws IOException {
        Path dir = labelsFile.toAbsolutePath().getParent();
        List<Result> out = new ArrayList<>();
        for (Label l : labels) {
            String text = Files.readString(dir.resolve(l.file()));
            IncomingReport in = IncomingReport.ofText(l.id(), text).withContext(l.placeOfService(),
                    l.claimType().equals("institutional") ? ClaimType.INSTITUTIONAL : ClaimType.PROFESSIONAL,
                    role(l.billingRole()), l.payer(), dateOfService);
            CodedReport coded = coder.code(in);
            out.add(score(l, coded));
        }
        return new Summary(out);
    }

    static Result score(Label l, CodedReport coded) {
        Set<CodeLine> set = CodeSet.of(coded);
        boolean right = set.equals(l.expected()) || l.acceptable().stream().anyMatch(set::equals);
        boolean ready = coded.confidence() == Confidence.READY;
        Outcome o = ready ? (right ? Outcome.READY_RIGHT : Outcome.READY_WRONG)
                : (right ? Outcome.REVIEW_RIGHT : Outcome.REVIEW_WRONG);
        List<String> review = coded.review().stream().map(p -> p.code() + ": " + p.message()).toList();
        return new Result(l, set, coded.confidence(), o, review, coded);
    }

    private static BillingRole role(String key) {
        if (key == null) {
            return null;
        }
        for (BillingRole r : BillingRole.values()) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        return null;
    }
}
