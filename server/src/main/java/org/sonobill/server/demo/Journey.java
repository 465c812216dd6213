package org.sonobill.server.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sonobill.server.demo.DemoPayments.Posting;

/**
 * What happened to a released claim after the biller let it go, step by step in date order: the 837 and its
 * acknowledgements, the 835 payments, the denial, its appeal or correction, and the close. The steps are planned
 * first (so that the plan can make sure every status appears) and then written by the loaders.
 */
record Journey(DemoClaim claim, Outcome outcome, List<Step> steps) {

    /** Where a claim's journey ends, and so its final status. */
    enum Outcome {
        READY("ready"), SUBMITTED("submitted"), ACCEPTED("accepted"), REJECTED("rejected"), PAID("paid"),
        PAID_CLOSED("closed"), PARTIALLY_PAID("partially-paid"), DENIED("denied"), APPEALED("appealed"),
        APPEAL_OVERTURNED("paid"), APPEAL_UPHELD("denied"), CORRECTED("corrected"), CORRECTED_CLOSED("closed"),
        WRITTEN_OFF("closed"), REVERSED("denied");

        private final String status;

        Outcome(String status) {
            this.status = status;
        }

        String status() {
            return status;
        }
    }

    /** One thing that happened to the claim, on a date. */
    sealed interface Step permits Submit, Acknowledge, Remit, Deny, Appeal, Move, Correct {
        LocalDate on();
    }

    /** Sent in the day's 837P or 837I; the 999 accepts the file the same day. */
    record Submit(LocalDate on) implements Step {
    }

    /**
     * The payer's 277CA for the claim: accepted for adjudication (category A2) or rejected (A7), with the status code
     * (STC01-2) and what it says.
     */
    record Acknowledge(LocalDate on, boolean accepted, String statusCode, String reason) implements Step {
    }

    /** A claim payment of an 835 of the date, leaving the claim in the given status. */
    record Remit(LocalDate on, List<Posting> postings, String status) implements Step {
    }

    /**
     * The denial enters the queue, in the state it has reached by today; a resolved one with its outcome, the day it
     * was resolved and what came back.
     */
    record Deny(LocalDate on, DenialReason reason, String status, boolean owned, LocalDate deadline, String outcome,
                LocalDate resolvedOn, BigDecimal recovered) implements Step {
        Deny(LocalDate on, DenialReason reason, String status, boolean owned, LocalDate deadline) {
            this(on, reason, status, owned, deadline, null, null, null);
        }

        /** The same denial, resolved. */
        Deny resolved(String how, LocalDate when, BigDecimal amount) {
            return new Deny(on, reason, status, owned, deadline, how, when, amount);
        }
    }

    /** An appeal of the denial; decided (overturned, upheld) or still filed. */
    record Appeal(LocalDate on, int level, String status, LocalDate decided, BigDecimal recovered) implements Step {
    }

    /** A status change with nothing else to it: an appeal upheld, a claim closed. */
    record Move(LocalDate on, String status, String action, String why) implements Step {
    }

    /** A replacement claim (frequency 7) for the denied claim, with its own journey. */
    record Correct(LocalDate on, String fix, Journey replacement) implements Step {
    }
}
