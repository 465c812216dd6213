package org.sonobill.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.x12.input.X12InputException;
import org.sonobill.x12.segment.Segment;

/** Collects the header of an 835 (BPR, TRN, REF, DTM and loops 1000A/1000B) until the first claim. */
final class PaymentHeader {
    private final String source;
    private final String interchangeControlNumber;
    private final String groupControlNumber;
    private final String transactionControlNumber;
    private final String version;
    private final long stSegment;
    private String handlingCode = "";
    private BigDecimal amount;
    private String creditDebit = "";
    private String method = "";
    private String format = "";
    private LocalDate paymentDate;
    private String traceType = "";
    private String traceNumber = "";
    private String originatingCompanyId = "";
    private String receiverId = "";
    private LocalDate productionDate;
    private PartyAssembler payer;
    private PartyAssembler payee;
    private PartyAssembler current;

    PaymentHeader(String source, String interchangeControlNumber, String groupControlNumber, String version,
                  Segment st) {
        this.source = source;
        this.interchangeControlNumber = interchangeControlNumber;
        this.groupControlNumber = groupControlNumber;
        this.version = version;
        this.transactionControlNumber = st.text(2);
        this.stSegment = st.number();
    }

    /** Takes a header segment; false when it is not one (unknown segments are the validator's business). */
    boolean accept(Segment segment) {
        switch (segment.id()) {
            case "BPR" -> bpr(segment);
            case "TRN" -> {
                traceType = segment.text(1);
                traceNumber = segment.text(2);
                originatingCompanyId = segment.text(3);
            }
            case "N1" -> party(segment);
            case "N3", "N4", "PER" -> {
                if (current != null) {
                    current.accept(segment);
                }
            }
            case "REF" -> {
                if (current != null) {
                    current.accept(segment);
                } else if (segment.is(1, "EV")) {
                    receiverId = segment.text(2);
                }
            }
            case "DTM" -> {
                if (segment.is(1, "405")) {
                    productionDate = segment.dateOrNull(2, "DTM02 (production date)");
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** BPR (005010X221A1 header BPR): BPR02 is the amount the payee receives; BPR16 the issue/effective date. */
    private void bpr(Segment bpr) {
        handlingCode = bpr.text(1);
        amount = bpr.decimal(2, "BPR02 (total actual provider payment amount)");
        creditDebit = bpr.text(3);
        method = bpr.text(4);
        format = bpr.text(5);
        paymentDate = bpr.dateOrNull(16, "BPR16 (check issue or EFT effective date)");
    }

    private void party(Segment n1) {
        current = new PartyAssembler(n1);
        if (n1.is(1, "PR")) {
            payer = current;
        } else if (n1.is(1, "PE")) {
            payee = current;
        }
    }

    long stSegment() {
        return stSegment;
    }

    String transactionControlNumber() {
        return transactionControlNumber;
    }

    /** The payment; refused when the BPR the guide requires is missing. */
    Payment build(Segment at) {
        if (amount == null) {
            throw new X12InputException(at.location(), "the 835 transaction set "
                    + transactionControlNumber + " (ST at segment " + stSegment + ") has no BPR segment before "
                    + "its first " + at.id() + "; 005010X221A1 requires BPR (financial information) after ST");
        }
        return new Payment(source, interchangeControlNumber, groupControlNumber, transactionControlNumber, version,
                handlingCode, amount, creditDebit, method, format, paymentDate, traceType, traceNumber,
                originatingCompanyId, receiverId, productionDate,
                payer == null ? Party.absent("PR") : payer.build(), payee == null ? Party.absent("PE") : payee.build());
    }

    /** Collects N1/N3/N4/REF/PER of loop 1000A or 1000B. */
    private static final class PartyAssembler {
        private final String entityCode;
        private final String name;
        private final String idQualifier;
        private final String id;
        private final List<String> lines = new ArrayList<>(2);
        private String city = "";
        private String state = "";
        private String postalCode = "";
        private final List<Reference> references = new ArrayList<>(2);
        private final List<Party.Contact> contacts = new ArrayList<>(2);

        PartyAssembler(Segment n1) {
            entityCode = n1.text(1);
            name = n1.text(2);
            idQualifier = n1.text(3);
            id = n1.text(4);
        }

        void accept(Segment segment) {
            switch (segment.id()) {
                case "N3" -> {
                    lines.add(segment.text(1));
                    if (segment.has(2)) {
                        lines.add(segment.text(2));
                    }
                }
                case "N4" -> {
                    city = segment.text(1);
                    state = segment.text(2);
                    postalCode = segment.text(3);
                }
                case "REF" -> references.add(Elements.reference(segment));
                case "PER" -> contacts.add(contact(segment));
                default -> throw new IllegalArgumentException(segment.id());
            }
        }

        private static Party.Contact contact(Segment per) {
            List<String> numbers = new ArrayList<>(3);
            for (int qualifier = 3; qualifier <= 7; qualifier += 2) {
                if (per.has(qualifier + 1)) {
                    numbers.add(per.text(qualifier) + " " + per.text(qualifier + 1));
                }
            }
            return new Party.Contact(per.text(1), per.text(2), numbers);
        }

        Party build() {
            return new Party(entityCode, name, idQualifier, id,
                    new Party.Address(lines, city, state, postalCode), references, contacts);
        }
    }
}
