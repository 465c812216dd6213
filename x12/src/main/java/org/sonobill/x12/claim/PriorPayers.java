package org.sonobill.x12.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.study.Sex;
import org.sonobill.x12.remit.ClaimPayment;
import org.sonobill.x12.remit.NamedEntity;
import org.sonobill.x12.remit.Reference;
import org.sonobill.x12.remit.ServicePayment;

/**
 * What the primary payer did with a claim, taken from its 835, for the secondary claim's loops 2320/2330/2430
 * (005010X222A1 and X223A2: 2320 CAS and AMT*D paid, AMT*EAF what the patient still owes; 2330A the subscriber of
 * that coverage; 2330B the payer with its claim number REF*F8 and adjudication date DTP*573; 2430 SVD, CAS and DTP*573
 * per line). The 835's claim payment is found by CLP01, our claim id; its lines are matched to ours by REF*6R, then by
 * code, modifiers and date. A reversal (CLP02 22) and the claim payment it reverses cancel each other: what counts is
 * the payer's last word on the claim.
 */
public final class PriorPayers {
    /** CLP02 of a primary payer's adjudication: processed as primary, denied, processed as primary and forwarded. */
    private static final Set<String> PRIMARY = Set.of("1", "4", "19");
    private final Map<String, ClaimPayment> latest = new HashMap<>();

    /** The claim payments of one or more 835s, the later ones superseding the earlier for the same claim. */
    public PriorPayers(List<ClaimPayment> payments) {
        for (ClaimPayment p : payments) {
            if (!PRIMARY.contains(p.status()) && !"22".equals(p.status())) {
                continue; // processed as secondary or tertiary, forwarded, not our claim: not the primary's word
            }
            if ("22".equals(p.status())) {
                ClaimPayment earlier = latest.get(p.patientControlNumber());
                if (earlier != null && earlier.payerClaimNumber().equals(p.payerClaimNumber())) {
                    latest.remove(p.patientControlNumber());
                }
            } else {
                latest.put(p.patientControlNumber(), p);
            }
        }
    }

    /** The primary payer's adjudication of a claim, if an 835 holds one. */
    public Optional<PriorPayerAdjudication> of(Claim claim) {
        ClaimPayment p = latest.get(claim.id());
        return p == null ? Optional.empty() : Optional.of(adjudication(p, claim));
    }

    /** The submission with the primary payer's adjudication added when it is a secondary claim that lacks it. */
    public ClaimSubmission complete(ClaimSubmission s) {
        if (s.subscriber() == null || "P".equals(s.subscriber().responsibility()) || !s.priorPayers().isEmpty()) {
            return s;
        }
        return of(s.claim()).map(a -> new ClaimSubmission(s.claim(), s.billing(), s.subscriber(), s.payer(),
                s.patient(), s.rendering(), s.ordering(), s.institutional(), List.of(a))).orElse(s);
    }

    static PriorPayerAdjudication adjudication(ClaimPayment p, Claim claim) {
        LocalDate adjudicated = p.payment().paymentDate() != null ? p.payment().paymentDate()
                : p.payment().productionDate();
        NamedEntity insured = p.name("IL").or(p::patient).orElse(null);
        Subscriber subscriber = insured == null ? null : new Subscriber(insured.lastOrOrganizationName().isBlank()
                ? Name.organisation("UNKNOWN") : Name.person(insured.lastOrOrganizationName(),
                insured.firstName().isBlank() ? null : insured.firstName()), insured.id().isBlank() ? null
                : insured.id(), null, null, Sex.U, null, "P", p.filingIndicator(), "18");
        String payerId = payerId(p);
        Payer payer = new Payer(p.payment().payer().name(), payerId, null);
        List<LineAdjudication> lines = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (ServicePayment l : p.lines()) {
            int line = lineNumber(l, claim, taken);
            if (line == 0) {
                continue; // a line of the payer's that is none of ours: the secondary claim cannot name it
            }
            taken.add(line);
            lines.add(new LineAdjudication(line, l.procedure().code(), l.procedure().modifiers(), l.paid(), l.units(),
                    adjustments(l.adjustments()), adjudicated));
        }
        return new PriorPayerAdjudication(payer, "P", p.filingIndicator(), subscriber, adjustments(p.adjustments()),
                p.paid(), p.patientResponsibility(), adjudicated, p.payerClaimNumber(), lines);
    }

    private static String payerId(ClaimPayment p) {
        for (Reference r : p.payment().payer().references()) {
            if (r.qualifier().equals("2U")) {
                return r.value();
            }
        }
        if (!p.payment().payer().id().isBlank()) {
            return p.payment().payer().id();
        }
        return p.payment().originatingCompanyId();
    }

    private static int lineNumber(ServicePayment l, Claim claim, Set<Integer> taken) {
        String control = l.lineControlNumber();
        for (ClaimLine c : claim.lines()) {
            if (!taken.contains(c.number()) && control != null && !control.isBlank()
                    && control.equals(c.controlNumber())) {
                return c.number();
            }
        }
        String code = l.originalProcedure() != null ? l.originalProcedure().code() : l.procedure().code();
        List<String> modifiers = l.originalProcedure() != null ? l.originalProcedure().modifiers()
                : l.procedure().modifiers();
        for (ClaimLine c : claim.lines()) {
            if (!taken.contains(c.number()) && c.code().equals(code) && c.modifiers().equals(modifiers)
                    && (l.serviceDate() == null || l.serviceDate().equals(c.dateOfService()))) {
                return c.number();
            }
        }
        for (ClaimLine c : claim.lines()) {
            if (!taken.contains(c.number()) && c.code().equals(code)
                    && (l.serviceDate() == null || l.serviceDate().equals(c.dateOfService()))) {
                return c.number();
            }
        }
        return 0;
    }

    private static List<Adjustment> adjustments(List<org.sonobill.x12.remit.Adjustment> from) {
        return from.stream().map(a -> new Adjustment(a.group(), a.reason(), a.amount(), a.quantity())).toList();
    }
}
