package org.sonobill.engine.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.payer.PayerPack;
import org.sonobill.engine.reference.DatasetKind;
import org.sonobill.engine.reference.FeeSchedule;
import org.sonobill.engine.reference.Gpci;
import org.sonobill.engine.reference.GpciTable;
import org.sonobill.engine.reference.PlaceOfService;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.reference.RvuRow;
import org.sonobill.engine.study.ClaimType;

/**
 * Expected payment under the Medicare physician fee schedule (42 CFR 414.22; PFS relative value file documentation):
 * for each line {@code [(work RVU × work GPCI) + (PE RVU × PE GPCI) + (MP RVU × MP GPCI)] × conversion factor}, with
 * the facility or non-facility practice expense by place of service, the professional (26) or technical (TC) row,
 * the bilateral adjustment by the MPFS bilateral indicator, and the multiple procedure payment reductions of the
 * same session: imaging (indicator 4: technical component of the second and later procedures at 50%, professional
 * component at 95%), diagnostic cardiovascular (6: technical component 75%) and ophthalmology (7: technical
 * component 80%). A commercial pack pays its contract percentage of that amount. Thread-safe.
 */
public final class FeeScheduleCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<String> PRICED_STATUS = Set.of("A", "R", "T");
    private final ReferenceLibrary reference;

    /** The fee schedule of a date, remembered for the lines of one claim (they usually share a date). */
    private final class Fees {
        private LocalDate date;
        private FeeSchedule fees;

        FeeSchedule on(LocalDate d) {
            if (!d.equals(date)) {
                fees = reference.feeSchedule(d).table();
                date = d;
            }
            return fees;
        }
    }

    public FeeScheduleCalculator(ReferenceLibrary reference) {
        this.reference = reference;
    }

    /** Prices a claim for its payer. */
    public ClaimPricing price(Claim claim, PayerPack payer) {
        if (payer == null || payer.pricingPercent() == null) {
            return ClaimPricing.unpriced("The payer pack " + (payer == null ? claim.payer() : payer.id())
                    + " has no fee schedule; expected payment is not estimated.");
        }
        if (claim.claimType() == ClaimType.INSTITUTIONAL) {
            return ClaimPricing.unpriced("Institutional claims are paid under the hospital outpatient system (APCs), "
                    + "not the physician fee schedule; expected payment is not estimated.");
        }
        if (!reference.has(DatasetKind.RVU) || claim.lines().isEmpty()) {
            return ClaimPricing.unpriced("No fee schedule is loaded.");
        }
        List<String> notes = new ArrayList<>();
        LocalDate first = claim.lines().get(0).dateOfService();
        Gpci gpci = locality(claim, first, notes);
        PlaceOfService pos = reference.placesOfService(first).table().get(claim.placeOfService());
        boolean facility = pos != null && pos.facility();
        List<ClaimLine> lines = claim.lines();
        Unit[][] units = new Unit[lines.size()][];
        List<LinePrice> out = new ArrayList<>(lines.size());
        Fees fees = new Fees();
        boolean mppr = false;
        for (int i = 0; i < units.length; i++) {
            units[i] = units(lines.get(i), facility, gpci, fees);
            mppr |= units[i] != null && units[i][0].family != 0;
        }
        if (mppr && units.length > 1 || units.length == 1 && units[0] != null && units[0].length > 1) {
            reduce(claim, units);
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean anyUnpriced = false;
        for (int i = 0; i < units.length; i++) {
            ClaimLine l = lines.get(i);
            LinePrice p = linePrice(l, units[i], payer, gpci, facility, fees, sidePair(lines, i, units));
            out.add(p);
            if (p.amount() == null) {
                anyUnpriced = true;
            } else {
                total = total.add(p.amount());
            }
        }
        if (anyUnpriced) {
            notes.add("Some lines have no Medicare fee-schedule amount (carrier-priced or not in the file); the total leaves them out.");
        }
        return new ClaimPricing(true, gpci == Gpci.NATIONAL ? "national" : gpci.key() + " " + gpci.name(), total, out, notes);
    }

    private Gpci locality(Claim claim, LocalDate dos, List<String> notes) {
        if (claim.pricingLocality() == null) {
            notes.add("The claim names no pricing locality; national (unadjusted) amounts are shown.");
            return Gpci.NATIONAL;
        }
        if (!reference.has(DatasetKind.GPCI)) {
            notes.add("No GPCI file is loaded; national (unadjusted) amounts are shown.");
            return Gpci.NATIONAL;
        }
        GpciTable t = reference.gpci(dos).table();
        Gpci g = t.get(claim.pricingLocality());
        if (g == null) {
            notes.add("Locality " + claim.pricingLocality() + " is not in the GPCI file in force on " + dos
                    + "; national (unadjusted) amounts are shown.");
            return Gpci.NATIONAL;
        }
        return g;
    }

    /** One billed procedure (a unit, or a side of a bilateral line) split into its technical and professional parts. */
    private static final class Unit {
        final int family;
        BigDecimal tc;
        BigDecimal pc;
        final BigDecimal whole;
        boolean reducedTc;
        boolean reducedPc;

        Unit(int family, BigDecimal tc, BigDecimal pc, BigDecimal whole) {
            this.family = family;
            this.tc = tc;
            this.pc = pc;
            this.whole = whole;
        }

        BigDecimal amount() {
            return reducedTc || reducedPc ? tc.add(pc) : whole;
        }
    }

    /** The procedures of a line, or null when the line cannot be priced. */
    /** A code and component priced in one fee schedule, setting and locality. */
    private record Priced(RvuRow row, BigDecimal whole, BigDecimal tc, BigDecimal pc) {
    }

    /** The key of {@link Priced}: tables and localities by identity (they are loaded once), codes by value. */
    private static final class PricedKey {
        final FeeSchedule fees;
        final String code;
        final String component;
        final boolean facility;
        final Gpci gpci;
        final int hash;

        PricedKey(FeeSchedule fees, String code, String component, boolean facility, Gpci gpci) {
            this.fees = fees;
            this.code = code;
            this.component = component;
            this.facility = facility;
            this.gpci = gpci;
            this.hash = ((code.hashCode() * 31 + component.hashCode()) * 31 + System.identityHashCode(gpci)) * 2
                    + (facility ? 1 : 0) + System.identityHashCode(fees);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PricedKey k && k.fees == fees && k.gpci == gpci && k.facility == facility
                    && k.code.equals(code) && k.component.equals(component);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final Priced UNPRICED = new Priced(null, null, null, null);
    private final java.util.concurrent.ConcurrentHashMap<PricedKey, Priced> priced = new java.util.concurrent.ConcurrentHashMap<>();

    private Priced priced(FeeSchedule fs, String code, String component, boolean facility, Gpci gpci) {
        if (priced.size() > 200_000) {
            priced.clear(); // bounded: the codes × localities a batch actually uses
        }
        return priced.computeIfAbsent(new PricedKey(fs, code, component, facility, gpci), k -> {
            RvuRow row = fs.row(code, component);
            if (row == null || !PRICED_STATUS.contains(row.status())) {
                return UNPRICED;
            }
            BigDecimal whole = amount(row, facility, gpci);
            RvuRow tcRow = fs.row(code, "TC");
            RvuRow pcRow = fs.row(code, "26");
            if (component.equals("TC")) {
                return new Priced(row, whole, whole, BigDecimal.ZERO);
            }
            if (component.equals("26")) {
                return new Priced(row, whole, BigDecimal.ZERO, whole);
            }
            if (tcRow != null && pcRow != null) {
                return new Priced(row, whole, amount(tcRow, facility, gpci), amount(pcRow, facility, gpci));
            }
            return new Priced(row, whole, whole, BigDecimal.ZERO);
        });
    }

    private static String component(ClaimLine l) {
        return l.has("26") ? "26" : l.has("TC") ? "TC" : "";
    }

    /** The procedures of a line, or null when the line cannot be priced. */
    private Unit[] units(ClaimLine l, boolean facility, Gpci gpci, Fees fees) {
        if (l.dateOfService() == null) {
            return null;
        }
        Priced p = priced(fees.on(l.dateOfService()), l.code(), component(l), facility, gpci);
        if (p == UNPRICED) {
            return null;
        }
        RvuRow row = p.row();
        int count = Math.max(1, l.units());
        if (l.has("50") && row.bilateral() == 3) {
            count = 2 * count; // indicator 3: each side paid as a procedure of its own (reference e.4)
        }
        Unit[] out = new Unit[count];
        int mult = row.multipleProcedure();
        // 59 or XE say the service was a separate session, which the MPPR does not reduce (CMS MPPR FAQ)
        int family = (mult == 4 || mult == 6 || mult == 7) && !l.has("59") && !l.has("XE") ? mult : 0;
        for (int i = 0; i < count; i++) {
            out[i] = new Unit(family, p.tc(), p.pc(), p.whole());
        }
        return out;
    }

    /** A date and a multiple-procedure family. */
    private record Session(LocalDate date, int family) {
    }

    /** The multiple procedure payment reduction among the procedures of one date (one session). */
    private static void reduce(Claim claim, Unit[][] units) {
        Map<Session, List<Unit>> groups = new LinkedHashMap<>();
        for (int i = 0; i < units.length; i++) {
            ClaimLine l = claim.lines().get(i);
            Unit[] u = units[i];
            if (u == null) {
                continue;
            }
            for (Unit x : u) {
                if (x.family != 0) {
                    groups.computeIfAbsent(new Session(l.dateOfService(), x.family), k -> new ArrayList<>()).add(x);
                }
            }
        }
        for (List<Unit> g : groups.values()) {
            if (g.size() < 2) {
                continue; // one procedure in the session: nothing to reduce
            }
            int family = g.get(0).family;
            BigDecimal tcFactor = switch (family) {
                case 4 -> new BigDecimal("0.50");
                case 6 -> new BigDecimal("0.75");
                default -> new BigDecimal("0.80");
            };
            List<Unit> byTc = g.stream().filter(u -> u.tc.signum() > 0)
                    .sorted(Comparator.comparing((Unit u) -> u.tc).reversed()).toList();
            for (int i = 1; i < byTc.size(); i++) {
                Unit u = byTc.get(i);
                u.tc = u.tc.multiply(tcFactor).setScale(2, RoundingMode.HALF_UP);
                u.reducedTc = true;
            }
            if (family == 4) {
                List<Unit> byPc = g.stream().filter(u -> u.pc.signum() > 0)
                        .sorted(Comparator.comparing((Unit u) -> u.pc).reversed()).toList();
                for (int i = 1; i < byPc.size(); i++) {
                    Unit u = byPc.get(i);
                    u.pc = u.pc.multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.HALF_UP);
                    u.reducedPc = true;
                }
            }
        }
    }

    /**
     * True when the line is one side of a bilateral-indicator-1 service reported as RT and LT lines of the same code
     * and date: the two sides together are paid 150% of one (PFS relative value file documentation, BILAT SURG 1:
     * "reported with modifier 50 or with modifiers RT and LT"), so each line is paid 75%.
     */
    private static boolean sidePair(List<ClaimLine> lines, int i, Unit[][] units) {
        ClaimLine l = lines.get(i);
        if (units[i] == null || l.has("50") || !(l.has("RT") || l.has("LT"))) {
            return false;
        }
        String other = l.has("RT") ? "LT" : "RT";
        for (int j = 0; j < lines.size(); j++) {
            ClaimLine o = lines.get(j);
            if (j != i && units[j] != null && o.code().equals(l.code()) && o.has(other)
                    && java.util.Objects.equals(o.dateOfService(), l.dateOfService())) {
                return true;
            }
        }
        return false;
    }

    private LinePrice linePrice(ClaimLine l, Unit[] u, PayerPack payer, Gpci gpci, boolean facility, Fees fees,
                                boolean side) {
        if (u == null) {
            return new LinePrice(l.number(), l.code(), null, null, l.dateOfService() == null ? "no date of service"
                    : "no payable Medicare fee-schedule row for " + l.code() + componentLabel(l)
                    + " (carrier-priced, bundled or not in the file)");
        }
        RvuRow row = priced(fees.on(l.dateOfService()), l.code(), component(l), facility, gpci).row();
        BigDecimal sum = BigDecimal.ZERO;
        int reducedTc = 0;
        int reducedPc = 0;
        for (Unit x : u) {
            sum = sum.add(x.amount());
            reducedTc += x.reducedTc ? 1 : 0;
            reducedPc += x.reducedPc ? 1 : 0;
        }
        boolean pairedSide = side && row.bilateral() == 1;
        BigDecimal factor = l.has("50") && row.bilateral() == 1 ? new BigDecimal("1.5")
                : pairedSide ? new BigDecimal("0.75") : BigDecimal.ONE;
        BigDecimal amount = sum.multiply(factor);
        boolean contract = payer.pricingPercent().compareTo(HUNDRED) != 0;
        BigDecimal rate = payer.pricingPercent().movePointLeft(2); // exact: a percentage is a decimal shift
        if (contract) {
            amount = amount.multiply(rate);
        }
        amount = amount.setScale(2, RoundingMode.HALF_UP);
        // the allowed amount is the lesser of the charge and the fee schedule (SSA §1848(a)(1)); no charge: the fee
        boolean charged = l.charge() != null && l.charge().signum() > 0 && l.charge().compareTo(amount) < 0;
        if (charged) {
            amount = l.charge().setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal unitAtRate = u[0].whole.multiply(factor).multiply(rate).setScale(2, RoundingMode.HALF_UP);
        BigDecimal paid = amount;
        int tcReduced = reducedTc;
        int pcReduced = reducedPc;
        Supplier<String> explain = () -> {
            StringBuilder basis = new StringBuilder();
            BigDecimal pe = facility ? row.facilityPeRvu() : row.nonFacilityPeRvu();
            basis.append(l.code()).append(componentLabel(l)).append(": (").append(row.workRvu()).append(" × ")
                    .append(gpci.work()).append(" + ").append(pe).append(" × ").append(gpci.practiceExpense()).append(" + ")
                    .append(row.malpracticeRvu()).append(" × ").append(gpci.malpractice()).append(") × ")
                    .append(row.conversionFactor()).append(" = $").append(u[0].whole)
                    .append(facility ? " (facility" : " (non-facility").append(", ")
                    .append(gpci == Gpci.NATIONAL ? "national" : gpci.name()).append(")");
            if (u.length > 1) {
                basis.append("; ").append(u.length).append(l.has("50") && row.bilateral() == 3
                        ? " sides (bilateral indicator 3: 100% each)" : " units");
            }
            if (l.has("50")) {
                switch (row.bilateral()) {
                    case 1 -> basis.append("; bilateral indicator 1: 150%");
                    case 0 -> basis.append("; bilateral indicator 0: one side paid");
                    case 2 -> basis.append("; bilateral indicator 2: already bilateral, 100%");
                    default -> {
                    }
                }
            }
            if (tcReduced > 0) {
                basis.append("; multiple procedure reduction of the technical component (").append(mpprLabel(u[0].family))
                        .append(") on ").append(tcReduced).append(tcReduced == 1 ? " procedure" : " procedures");
            }
            if (pcReduced > 0) {
                basis.append("; professional component at 95% (imaging MPPR) on ").append(pcReduced)
                        .append(pcReduced == 1 ? " procedure" : " procedures");
            }
            if (pairedSide) {
                basis.append("; one side of an RT/LT pair of a bilateral-indicator-1 code: 75% (150% for both sides)");
            }
            if (contract) {
                basis.append("; × ").append(payer.pricingPercent().stripTrailingZeros().toPlainString())
                        .append("% of Medicare (").append(payer.id()).append(" contract)");
            }
            if (charged) {
                basis.append("; the charge $").append(l.charge()).append(" is lower: the lesser of charge and fee schedule");
            }
            return basis.append(" → $").append(paid).toString();
        };
        return new LinePrice(l.number(), l.code(), amount, unitAtRate, explain);
    }

    private static String mpprLabel(int family) {
        return switch (family) {
            case 4 -> "imaging: 50%";
            case 6 -> "diagnostic cardiovascular: 75%";
            default -> "ophthalmology: 80%";
        };
    }

    private static String componentLabel(ClaimLine l) {
        return l.has("26") ? "-26" : l.has("TC") ? "-TC" : "";
    }

    /** [(work × GPCI) + (PE × GPCI) + (MP × GPCI)] × CF, rounded to cents (PFS relative value file documentation). */
    static BigDecimal amount(RvuRow r, boolean facility, Gpci g) {
        BigDecimal pe = facility ? r.facilityPeRvu() : r.nonFacilityPeRvu();
        return r.workRvu().multiply(g.work()).add(pe.multiply(g.practiceExpense()))
                .add(r.malpracticeRvu().multiply(g.malpractice())).multiply(r.conversionFactor())
                .setScale(2, RoundingMode.HALF_UP);
    }
}
