package org.sonobill.x12.claim;

import static org.sonobill.x12.claim.SegValues.address;
import static org.sonobill.x12.claim.SegValues.date;
import static org.sonobill.x12.claim.SegValues.dotted;
import static org.sonobill.x12.claim.SegValues.name;
import static org.sonobill.x12.claim.SegValues.placeOfServiceFor;
import static org.sonobill.x12.claim.SegValues.range;
import static org.sonobill.x12.claim.SegValues.sex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;

/** One claim (loop 2300 and the levels above it) being read, and the claim and parties it becomes. */
final class ClaimDraft {
    private final ClaimKind kind;
    private final Function<String, String> payerPack;
    final String id;
    final Seg clm;
    final Parties sub;
    final Parties pat;
    final Parties bill;
    final List<Seg> refs = new ArrayList<>();
    final List<Seg> his = new ArrayList<>();
    final List<Seg> dtps = new ArrayList<>();
    Seg cl1;
    final List<Seg> providers = new ArrayList<>();
    final List<Seg> providerPrvs = new ArrayList<>();
    final List<PriorDraft> priors = new ArrayList<>();
    final List<LineDraft> lines = new ArrayList<>();

    ClaimDraft(ClaimKind kind, Function<String, String> payerPack, Seg clm, Parties sub, Parties pat, Parties bill) {
        this.kind = kind;
        this.payerPack = payerPack;
        this.clm = clm;
        this.id = clm.get(1);
        this.sub = sub == null ? new Parties() : sub;
        this.pat = pat;
        this.bill = bill;
    }

    LineDraft currentLine() {
        return lines.get(lines.size() - 1);
    }

    PriorDraft currentPrior() {
        return priors.get(priors.size() - 1);
    }

    void add(Seg s) {
        switch (s.tag) {
            case "REF" -> refs.add(s);
            case "HI" -> his.add(s);
            case "DTP" -> dtps.add(s);
            case "CL1" -> cl1 = s;
            case "NM1" -> {
                providers.add(s);
                providerPrvs.add(null);
            }
            case "PRV" -> {
                if (!providerPrvs.isEmpty()) {
                    providerPrvs.set(providerPrvs.size() - 1, s);
                }
            }
            default -> {
                // PWK, NTE, CRC, service facility N3/N4 and the like are not part of a SonoBill claim
            }
        }
    }

    String ref(String q) {
        for (Seg r : refs) {
            if (q.equals(r.get(1))) {
                return r.get(2);
            }
        }
        return null;
    }

    Provider provider(String entity) {
        for (int i = 0; i < providers.size(); i++) {
            if (entity.equals(providers.get(i).get(1))) {
                return SegValues.provider(providers.get(i), providerPrvs.get(i));
            }
        }
        return null;
    }

    ClaimSubmission build() {
        Seg sbr = sub.sbr;
        Seg patientName = pat != null ? pat.name("QC") : sub.name("IL");
        Seg dmg = pat != null ? pat.dmg : sub.dmg;
        Patient patient = new Patient(sex(dmg == null ? null : dmg.get(3)), dmg == null ? null : date(dmg.get(2)));
        Seg subName = sub.name("IL");
        Subscriber subscriber = new Subscriber(name(subName), subName == null ? null : subName.get(9),
                sub.address("IL"), pat == null && dmg != null ? date(dmg.get(2)) : null,
                pat == null && dmg != null ? sex(dmg.get(3)) : Sex.U, sbr == null ? null : sbr.get(3),
                sbr == null ? null : sbr.get(1), sbr == null ? null : sbr.get(9),
                pat == null ? "18" : pat.pat == null ? null : pat.pat.get(1));
        Seg payerName = sub.name("PR");
        Payer payer = payerName == null ? null : new Payer(payerName.get(3), payerName.get(9), sub.address("PR"));
        PatientParty patientParty = pat == null ? null : new PatientParty(name(patientName), pat.address("QC"));
        Seg billName = bill.name("85");
        BillingProvider billing = billName == null ? null : new BillingProvider(name(billName), billName.get(9),
                bill.ref("EI") != null ? bill.ref("EI") : bill.ref("SY"), bill.prv == null ? null : bill.prv.get(3),
                bill.address("85"));
        Provider rendering = provider(kind == ClaimKind.PROFESSIONAL ? "82" : "71");
        Provider ordering = kind == ClaimKind.PROFESSIONAL ? lineOrdering() : provider("DN");
        if (ordering == null && kind == ClaimKind.PROFESSIONAL) {
            ordering = provider("DN");
        }
        List<String> dx = diagnoses();
        List<ClaimLine> claimLines = new ArrayList<>();
        List<String> revenue = new ArrayList<>();
        for (LineDraft l : lines) {
            claimLines.add(l.build(lines.indexOf(l) + 1));
            revenue.add(l.revenue);
        }
        String facility = clm.get(5, 1);
        Institutional inst = null;
        String pos = facility;
        if (kind == ClaimKind.INSTITUTIONAL) {
            LocalDate[] statement = statement();
            inst = new Institutional(facility, statement[0], statement[1], cl1 == null ? null : cl1.get(1),
                    cl1 == null ? null : cl1.get(3), revenue);
            pos = placeOfServiceFor(facility);
        }
        String filing = sbr == null ? null : sbr.get(9);
        Claim c = new Claim(id, kind.claimType(), payerPack.apply(filing), ref("EA"), patient,
                billName == null ? null : billName.get(9), rendering == null ? null : rendering.npi(),
                ordering == null ? null : ordering.npi(), pos, clm.get(5, 3), ref("F8"), ref("G1"),
                billing == null || billing.address() == null ? null : billing.address().state(), null, dx,
                claimLines, List.of());
        List<PriorPayerAdjudication> priorPayers = new ArrayList<>();
        for (PriorDraft p : priors) {
            priorPayers.add(p.build(lines));
        }
        return new ClaimSubmission(c, billing, subscriber, payer, patientParty, rendering, ordering, inst,
                priorPayers);
    }

    private Provider lineOrdering() {
        for (LineDraft l : lines) {
            if (l.ordering != null) {
                return SegValues.provider(l.ordering, null);
            }
        }
        return null;
    }

    private List<String> diagnoses() {
        List<String> out = new ArrayList<>();
        for (Seg hi : his) {
            for (int e = 1; e <= hi.size(); e++) {
                String q = hi.get(e, 1);
                if (q != null && (q.equals("ABK") || q.equals("BK") || q.equals("ABF") || q.equals("BF"))) {
                    out.add(dotted(hi.get(e, 2), q.startsWith("A")));
                }
            }
        }
        return out;
    }

    private LocalDate[] statement() {
        for (Seg d : dtps) {
            if ("434".equals(d.get(1))) {
                return range(d.get(2), d.get(3));
            }
        }
        return new LocalDate[2];
    }
}
