package org.sonobill.server.appeal.letter;

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
          evidence.imagesStored() + " images, " + evidence.cineClips() + " cine clips stored", "no images stored"));
    }
    if (!evidence.elements().isEmpty() || cause == RootCause.DOCUMENTATION) {
      items.add(item("Documented elements for the code billed", !evidence.elements().isEmpty(),
          evidence.elementsDocumented() + " of " + evidence.elements().size() + " documented", "no element checklist"));
    }
    if (!evidence.policyCitations().isEmpty() || cause == RootCause.MEDICAL_NECESSITY || cause == RootCause.FREQUENCY) {
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
    return switch (cause) {
      case TIMELY_FILING -> List.of(item("Proof of timely filing (999 and 277CA acknowledgements)",
          specifics.submission() != null && (specifics.submission().acceptedOn999() != null
              || specifics.submission().acceptedOn277ca() != null),
          specifics.submission() == null ? "" : "interchange " + specifics.submission().interchangeControlNumber(),
          "no acknowledgement on file"));
      case AUTHORISATION -> List.of(item("Authorisation record", specifics.authorisation() != null,
          specifics.authorisation() == null ? "" : "authorisation " + specifics.authorisation().number(),
          "no authorisation on file"));
      case CREDENTIALING -> List.of(item("Provider enrollment confirmation", specifics.enrollment() != null,
          specifics.enrollment() == null ? "" : specifics.enrollment().providerName(), "no enrollment on file"));
      case ELIGIBILITY -> List.of(item("Eligibility verification response", specifics.coverage() != null,
          specifics.coverage() == null ? "" : "verified " + Placeholders.format(specifics.coverage().verifiedOn()),
          "no verification on file"));
      case CODING_MODIFIER, REGISTRATION -> List.of(item("Corrected claim", specifics.correction() != null,
          specifics.correction() == null ? "" : specifics.correction().corrected(), "no correction recorded"));
      case DUPLICATE -> List.of(item("Reports of both same-day examinations", specifics.repeat() != null,
          specifics.repeat() == null ? "" : "modifier " + specifics.repeat().modifier(), "repeat not recorded"));
      default -> List.of();
    };
  }

  private static Item report(Evidence evidence) {
    var report = evidence.report();
    return item("Signed report", report != null, report == null ? ""
        : report.interpretingPhysician() + ", signed " + Placeholders.format(report.signedAt()), "not signed");
  }

  private static Item order(Evidence evidence) {
    var order = evidence.order();
    return item("Order with indication", order != null, order == null ? ""
        : order.orderingProvider() + ", " + Placeholders.format(order.orderedOn()), "no order on file");
  }

  private static Item item(String attachment, boolean available, String held, String missing) {
    return new Item(attachment, available, available ? held : missing);
  }
}
