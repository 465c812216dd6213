package org.sonobill.server.appeal.letter;

import org.sonobill.engine.denial.RootCause;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sonobill.server.appeal.letter.AppealFacts.Evidence;
import org.sonobill.server.appeal.letter.AppealFacts.Specifics;

/**
 * The attachments an appeal packet needs for its root cause and level, each marked available or missing from the
 * evidence SonoBill holds (coding reference g.4: signed report, images and cine reference, order with indication,
 * element checklist for complete codes, LCD/NCD citation, ABN if any; plus the proof each argument rests on).
 */
public final class AttachmentChecklist {

    /** Root causes whose argument rests on the clinical record and the coverage policy. */
    private static final Set<RootCause> CLINICAL = EnumSet.of(RootCause.MEDICAL_NECESSITY, RootCause.FREQUENCY,
            RootCause.BUNDLING, RootCause.DOCUMENTATION, RootCause.DUPLICATE, RootCause.CODING_MODIFIER);

    /** One attachment: what it is, whether SonoBill holds it, and what it holds (or why it is missing). */
    public record Item(String attachment, boolean available, String detail) {}

    private final List<Item> items;

    private AttachmentChecklist(List<Item> items) {
        this.items = List.copyOf(items);
    }

    /** The checklist for these facts. */
    public static AttachmentChecklist of(AppealFacts facts) {
        Evidence evidence = facts.evidence();
        Specifics specifics = facts.specifics();
        RootCause cause = facts.denial().rootCause();
        List<Item> items = new ArrayList<>();
        items.add(report(evidence));
        items.add(order(evidence));
        if (CLINICAL.contains(cause)) {
            items.add(item("Images and cine clips (archive reference)", evidence.imagesStored() > 0,
                    evidence.imagesStored() + " images, " + evidence.cineClips() + " cine clips stored",
                    "no images stored"));
        }
        if (!evidence.elements().isEmpty() || cause == RootCause.DOCUMENTATION) {
            items.add(item("Documented elements for the code billed", !evidence.elements().isEmpty(),
                    evidence.elementsDocumented() + " of " + evidence.elementsRequired() + " documented",
                    "no element checklist"));
        }
        boolean policyArgued = cause == RootCause.MEDICAL_NECESSITY || cause == RootCause.FREQUENCY;
        if (!evidence.policyCitations().isEmpty() || policyArgued) {
            items.add(item("Coverage or coding policy citation (LCD, NCD, NCCI)", !evidence.policyCitations().isEmpty(),
                    String.join("; ", evidence.policyCitations()), "no policy cited"));
        }
        if (evidence.abn() != null) {
            items.add(item("Advance Beneficiary Notice (copy)", true,
                    "signed " + Placeholders.format(evidence.abn().signedOn()), ""));
        }
        items.addAll(forRootCause(cause, specifics));
        if (facts.level().number() > 1) {
            AppealFacts.PriorLevel prior = facts.lastPriorLevel();
            boolean decided = prior != null && prior.decidedOn() != null;
            items.add(item("Decision letter from the previous level", decided,
                    decided ? "level " + prior.level() + ", decided " + Placeholders.format(prior.decidedOn()) : "",
                    "no decision on file"));
        }
        return new AttachmentChecklist(items);
    }

    /** Every attachment, in the order the letter lists them. */
    public List<Item> items() {
        return items;
    }

    /** The attachments SonoBill does not hold: to find before the packet is sent. */
    public List<Item> missing() {
        return items.stream().filter(item -> !item.available()).toList();
    }

    private static List<Item> forRootCause(RootCause cause, Specifics specifics) {
        var submission = specifics.submission();
        var authorisation = specifics.authorisation();
        var enrollment = specifics.enrollment();
        var coverage = specifics.coverage();
        var correction = specifics.correction();
        var repeat = specifics.repeat();
        return switch (cause) {
            case TIMELY_FILING -> List.of(item("Proof of timely filing (999 and 277CA acknowledgements)",
                    submission != null && (submission.acceptedOn999() != null || submission.acceptedOn277ca() != null),
                    submission == null ? "" : "interchange " + submission.interchangeControlNumber(),
                    "no acknowledgement on file"));
            case AUTHORISATION -> List.of(item("Authorisation record", authorisation != null,
                    authorisation == null ? "" : "authorisation " + authorisation.number(),
                    "no authorisation on file"));
            case CREDENTIALING -> List.of(item("Provider enrollment confirmation", enrollment != null,
                    enrollment == null ? "" : enrollment.providerName(), "no enrollment on file"));
            case ELIGIBILITY -> List.of(item("Eligibility verification response", coverage != null,
                    coverage == null ? "" : "verified " + Placeholders.format(coverage.verifiedOn()),
                    "no verification on file"));
            case CODING_MODIFIER, REGISTRATION -> List.of(item("Corrected claim", correction != null,
                    correction == null ? "" : correction.corrected(), "no correction recorded"));
            case DUPLICATE -> List.of(item("Reports of both same-day examinations", repeat != null,
                    repeat == null ? "" : "modifier " + repeat.modifier(), "repeat not recorded"));
            default -> List.of();
        };
    }

    private static Item report(Evidence evidence) {
        var report = evidence.report();
        return item("Signed report", report != null, report == null ? "" : signedBy(report), "not signed");
    }

    /** "Dr X, signed 3 March 2026 at 10:02", or without the time when SonoBill does not hold it. */
    static String signedBy(AppealFacts.SignedReport report) {
        return report.interpretingPhysician() + (report.signedAt() == null ? ", signed"
                : ", signed " + Placeholders.format(report.signedAt()));
    }

    /** "Dr Y (NPI 1234567893), 1 March 2026", each part only when it is on file. */
    static String orderedBy(AppealFacts.Order order) {
        String who = order.orderingProvider() != null ? order.orderingProvider() : "ordering provider";
        return who + (order.orderingNpi() == null ? "" : " (NPI " + order.orderingNpi() + ")")
                + (order.orderedOn() == null ? "" : ", " + Placeholders.format(order.orderedOn()));
    }

    private static Item order(Evidence evidence) {
        var order = evidence.order();
        return item("Order with indication", order != null, order == null ? "" : orderedBy(order),
                "no order on file");
    }

    private static Item item(String attachment, boolean available, String held, String missing) {
        return new Item(attachment, available, available ? held : missing);
    }
}
