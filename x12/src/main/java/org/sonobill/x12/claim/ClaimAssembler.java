package org.sonobill.x12.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;

/**
 * Builds claims and parties from the segments of one 837 transaction set, by segment id and qualifier (NM101, REF01,
 * DTP01, HI01-1) and by the level the HL segments open, the way 005010X222A1 and 005010X223A2 lay them out.
 */
final class ClaimAssembler {
    private enum Area { HEADER, BILLING, SUBSCRIBER, PATIENT, CLAIM, OTHER_PAYER, LINE, LINE_ADJUDICATION }

    private final ClaimKind kind;
    private final Function<String, String> payerPack;
    private final List<ClaimSubmission> claims = new ArrayList<>();
    private final List<String> conversionProblems = new ArrayList<>();
    private Area area = Area.HEADER;
    private int lines;
    private int clms;

    private Parties billing = new Parties();
    private Parties subscriber;
    private Parties patient;
    private ClaimDraft claim;

    ClaimAssembler(ClaimKind kind, Function<String, String> payerPack) {
        this.kind = kind;
        this.payerPack = payerPack;
    }

    List<ClaimSubmission> claims() {
        finishClaim();
        return claims;
    }

    /** Service lines (SV1 or SV2 segments) seen. */
    int lines() {
        return lines;
    }

    /** CLM segments seen, whether or not their claims could be built. */
    int claimSegments() {
        return clms;
    }

    /** Values that passed the schema but cannot become a SonoBill claim (e.g. fractional units). */
    List<String> conversionProblems() {
        return conversionProblems;
    }

    void segment(Seg s) {
        if (s.tag.equals("SV1") || s.tag.equals("SV2")) {
            lines++;
        }
        switch (s.tag) {
            case "HL" -> level(s);
            case "CLM" -> {
                finishClaim();
                clms++;
                area = Area.CLAIM;
                claim = new ClaimDraft(s, subscriber, patient, billing);
            }
            case "LX" -> {
                area = Area.LINE;
                if (claim != null) {
                    claim.lines.add(new LineDraft(parseInt(s.get(1), 1)));
                }
            }
            case "SBR" -> {
                if (area == Area.CLAIM || area == Area.OTHER_PAYER) {
                    area = Area.OTHER_PAYER;
                    claim.priors.add(new PriorDraft(s));
                } else if (subscriber != null) {
                    subscriber.sbr = s;
                }
            }
            case "SVD" -> {
                area = Area.LINE_ADJUDICATION;
                if (claim != null && !claim.lines.isEmpty()) {
                    claim.currentLine().adjudications.add(new LineAdjDraft(s));
                }
            }
            default -> route(s);
        }
    }

    private void level(Seg s) {
        finishClaim();
        String code = s.get(3);
        if ("20".equals(code)) {
            area = Area.BILLING;
            billing = new Parties();
        } else if ("22".equals(code)) {
            area = Area.SUBSCRIBER;
            subscriber = new Parties();
            patient = null;
        } else if ("23".equals(code)) {
            area = Area.PATIENT;
            patient = new Parties();
        }
    }

    private void route(Seg s) {
        switch (area) {
            case BILLING -> billing.add(s);
            case SUBSCRIBER -> subscriber.add(s);
            case PATIENT -> patient.add(s);
            case CLAIM -> claim.add(s);
            case OTHER_PAYER -> claim.currentPrior().add(s);
            case LINE -> {
                if (claim != null && !claim.lines.isEmpty()) {
                    claim.currentLine().add(s);
                }
            }
            case LINE_ADJUDICATION -> claim.currentLine().currentAdjudication().add(s);
            default -> {
                // header segments (BHT, 1000A/B) carry nothing a claim needs
            }
        }
    }

    private void finishClaim() {
        if (claim == null) {
            return;
        }
        try {
            claims.add(claim.build());
        } catch (RuntimeException e) {
            conversionProblems.add("claim " + claim.id + ": " + e.getMessage());
        }
        claim = null;
    }

    /** Names, addresses, demographics and identifiers of one level (2000A, 2000B or 2000C). */
    private static final class Parties {
        Seg sbr;
        Seg pat;
        Seg prv;
        final List<Seg> names = new ArrayList<>();
        final List<Seg[]> addresses = new ArrayList<>();
        final List<Seg> refs = new ArrayList<>();
        Seg dmg;
        private Seg n3;

        void add(Seg s) {
            switch (s.tag) {
                case "NM1" -> {
                    names.add(s);
                    addresses.add(new Seg[2]);
                }
                case "N3" -> addresses.get(addresses.size() - 1)[0] = s;
                case "N4" -> addresses.get(addresses.size() - 1)[1] = s;
                case "DMG" -> dmg = s;
                case "PAT" -> pat = s;
                case "PRV" -> prv = s;
                case "REF" -> refs.add(s);
                default -> {
                    // PER, CUR and the like: not needed for a claim
                }
            }
        }

        Seg name(String entity) {
            for (Seg n : names) {
                if (entity.equals(n.get(1))) {
                    return n;
                }
            }
            return null;
        }

        Address address(String entity) {
            for (int i = 0; i < names.size(); i++) {
                if (entity.equals(names.get(i).get(1))) {
                    return ClaimAssembler.address(addresses.get(i));
                }
            }
            return null;
        }

        String ref(String qualifier) {
            for (Seg r : refs) {
                if (qualifier.equals(r.get(1))) {
                    return r.get(2);
                }
            }
            return null;
        }
    }

    static Address address(Seg[] pair) {
        if (pair == null || pair[0] == null || pair[1] == null) {
            return null;
        }
        return new Address(pair[0].get(1), pair[0].get(2), pair[1].get(1), pair[1].get(2), pair[1].get(3));
    }

    static Name name(Seg nm1) {
        if (nm1 == null || nm1.get(3) == null) {
            return null;
        }
        return "1".equals(nm1.get(2)) ? new Name(nm1.get(3), nm1.get(4), nm1.get(5)) : Name.organisation(nm1.get(3));
    }

    static Provider provider(Seg nm1, Seg prv) {
        if (nm1 == null) {
            return null;
        }
        return new Provider(name(nm1), nm1.get(9), prv == null ? null : prv.get(3));
    }

    private final class ClaimDraft {
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

        ClaimDraft(Seg clm, Parties sub, Parties pat, Parties bill) {
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
                    return ClaimAssembler.provider(providers.get(i), providerPrvs.get(i));
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
                    return ClaimAssembler.provider(l.ordering, null);
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

    private final class LineDraft {
        final int number;
        Seg service;
        String revenue;
        LocalDate date;
        String control;
        Seg ordering;
        final List<LineAdjDraft> adjudications = new ArrayList<>();

        LineDraft(int number) {
            this.number = number;
        }

        LineAdjDraft currentAdjudication() {
            return adjudications.get(adjudications.size() - 1);
        }

        void add(Seg s) {
            if (s.tag.equals("SV1") || s.tag.equals("SV2")) {
                service = s;
                revenue = s.tag.equals("SV2") ? s.get(1) : null;
            } else if (s.is("DTP", "472")) {
                date = range(s.get(2), s.get(3))[0];
            } else if (s.is("REF", "6R")) {
                control = s.get(2);
            } else if (s.is("NM1", "DK")) {
                ordering = s;
            }
        }

        ClaimLine build(int position) {
            if (service == null) {
                throw new IllegalArgumentException("line " + number + " has no SV1/SV2 service segment");
            }
            boolean p = service.tag.equals("SV1");
            int proc = p ? 1 : 2;
            List<String> mods = new ArrayList<>();
            for (int c = 3; c <= 6; c++) {
                if (service.get(proc, c) != null) {
                    mods.add(service.get(proc, c));
                }
            }
            String code = service.get(proc, 2);
            BigDecimal charge = money(service.get(p ? 2 : 3));
            BigDecimal units = service.get(p ? 4 : 5) == null ? BigDecimal.ONE : new BigDecimal(service.get(p ? 4 : 5));
            if (units.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("line " + number + " (" + (p ? "SV104" : "SV205") + ") has "
                        + units.toPlainString() + " units; SonoBill claims count whole units of service");
            }
            List<Integer> pointers = new ArrayList<>();
            if (p) {
                for (int c = 1; c <= service.components(7); c++) {
                    if (service.get(7, c) != null) {
                        pointers.add(Integer.parseInt(service.get(7, c)));
                    }
                }
            }
            return new ClaimLine(number, code == null ? "" : code, mods, units.intValueExact(), charge, pointers, date,
                    control);
        }
    }

    private static final class PriorDraft {
        final Seg sbr;
        final List<Seg> cas = new ArrayList<>();
        final List<Seg> amts = new ArrayList<>();
        final Parties names = new Parties();
        final List<Seg> dtps = new ArrayList<>();

        PriorDraft(Seg sbr) {
            this.sbr = sbr;
        }

        void add(Seg s) {
            switch (s.tag) {
                case "CAS" -> cas.add(s);
                case "AMT" -> amts.add(s);
                case "DTP" -> dtps.add(s);
                default -> names.add(s);
            }
        }

        PriorPayerAdjudication build(List<LineDraft> lines) {
            Seg il = names.name("IL");
            Seg pr = names.name("PR");
            Payer payer = pr == null ? null : new Payer(pr.get(3), pr.get(9), names.address("PR"));
            Subscriber other = new Subscriber(name(il), il == null ? null : il.get(9), names.address("IL"), null,
                    Sex.U, sbr.get(3), null, null, sbr.get(2));
            BigDecimal paid = null;
            BigDecimal remaining = null;
            for (Seg a : amts) {
                if ("D".equals(a.get(1))) {
                    paid = money(a.get(2));
                } else if ("EAF".equals(a.get(1))) {
                    remaining = money(a.get(2));
                }
            }
            LocalDate adjudicated = null;
            for (Seg d : dtps) {
                if ("573".equals(d.get(1))) {
                    adjudicated = date(d.get(3));
                }
            }
            List<LineAdjudication> lineAdj = new ArrayList<>();
            String payerId = payer == null ? null : payer.id();
            for (LineDraft l : lines) {
                for (LineAdjDraft a : l.adjudications) {
                    if (payerId == null || payerId.equals(a.svd.get(1))) {
                        lineAdj.add(a.build(l.number));
                    }
                }
            }
            return new PriorPayerAdjudication(payer, sbr.get(1), sbr.get(9), other, adjustments(cas), paid, remaining,
                    adjudicated, names.ref("F8"), lineAdj);
        }
    }

    private static final class LineAdjDraft {
        final Seg svd;
        final List<Seg> cas = new ArrayList<>();
        LocalDate date;

        LineAdjDraft(Seg svd) {
            this.svd = svd;
        }

        void add(Seg s) {
            if (s.tag.equals("CAS")) {
                cas.add(s);
            } else if (s.is("DTP", "573")) {
                date = date(s.get(3));
            }
        }

        LineAdjudication build(int line) {
            List<String> mods = new ArrayList<>();
            for (int c = 3; c <= 6; c++) {
                if (svd.get(3, c) != null) {
                    mods.add(svd.get(3, c));
                }
            }
            return new LineAdjudication(line, svd.get(3, 2), mods, money(svd.get(2)),
                    svd.get(5) == null ? null : new BigDecimal(svd.get(5)), adjustments(cas), date);
        }
    }

    static List<Adjustment> adjustments(List<Seg> cas) {
        List<Adjustment> out = new ArrayList<>();
        for (Seg c : cas) {
            for (int i = 2; i + 1 <= 19; i += 3) {
                if (c.get(i) == null) {
                    break;
                }
                out.add(new Adjustment(c.get(1), c.get(i), money(c.get(i + 1)),
                        c.get(i + 2) == null ? null : new BigDecimal(c.get(i + 2))));
            }
        }
        return out;
    }

    static BigDecimal money(String s) {
        return s == null ? null : new BigDecimal(s).setScale(2, RoundingMode.HALF_UP);
    }

    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s, SegmentOut.D8);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + s + "\" is not a date CCYYMMDD");
        }
    }

    static LocalDate[] range(String format, String value) {
        if (value == null) {
            return new LocalDate[2];
        }
        if ("RD8".equals(format)) {
            int dash = value.indexOf('-');
            return new LocalDate[] {date(value.substring(0, dash)), date(value.substring(dash + 1))};
        }
        LocalDate d = date(value.length() > 8 ? value.substring(0, 8) : value);
        return new LocalDate[] {d, d};
    }

    static Sex sex(String s) {
        return "F".equals(s) ? Sex.F : "M".equals(s) ? Sex.M : Sex.U;
    }

    static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** ICD-10-CM codes get their dot back after the category (three characters); ICD-9 codes stay as sent. */
    static String dotted(String code, boolean icd10) {
        if (code == null || !icd10 || code.length() <= 3 || code.contains(".")) {
            return code;
        }
        return code.substring(0, 3) + "." + code.substring(3);
    }

    /**
     * The place of service a SonoBill claim records for an institutional claim, from the facility type (the first
     * two digits of the type of bill, CLM05-1), which 837I carries instead of a place of service.
     */
    static String placeOfServiceFor(String facilityType) {
        if (facilityType == null) {
            return "22";
        }
        return switch (facilityType) {
            case "11", "12", "18", "21" -> "21";
            case "83" -> "24";
            case "71" -> "72";
            case "77" -> "50";
            case "72" -> "65";
            default -> "22";
        };
    }
}
