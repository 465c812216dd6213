package org.sonobill.x12.remit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sonobill.x12.segment.Segment;

/** Conversions of the segments that 835 loops share (CAS, REF, DTM, AMT, QTY, NM1, SVC01 composites). */
final class Elements {
    private Elements() {
    }

    /** "CASnn (meaning)" for each CAS position, built once: messages are only needed when a value is wrong. */
    private static final String[] CAS_MEANINGS = new String[20];

    static {
        for (int reason = 2; reason <= 17; reason += 3) {
            CAS_MEANINGS[reason] = name(reason) + " (adjustment reason code)";
            CAS_MEANINGS[reason + 1] = name(reason + 1) + " (adjustment amount)";
            CAS_MEANINGS[reason + 2] = name(reason + 2) + " (adjustment quantity)";
        }
    }

    /** CAS: a group code and up to six reason/amount/quantity triplets (CAS02-04 ... CAS17-19). */
    static void adjustments(Segment cas, List<Adjustment> into) {
        String group = cas.text(1);
        if (group.isEmpty()) {
            throw cas.refuse(1, "CAS01 (claim adjustment group code) is missing; expected CO, CR, OA, PI or PR");
        }
        int last = Math.min(cas.elementCount(), 19);
        for (int reason = 2; reason <= last; reason += 3) {
            if (!cas.has(reason) && !cas.has(reason + 1)) {
                continue;
            }
            if (!cas.has(reason)) {
                throw cas.refuse(reason, CAS_MEANINGS[reason] + " is missing although " + name(reason + 1)
                        + " carries an amount");
            }
            into.add(new Adjustment(group, cas.text(reason), cas.decimal(reason + 1, CAS_MEANINGS[reason + 1]),
                    cas.decimalOrNull(reason + 2, CAS_MEANINGS[reason + 2])));
        }
    }

    static Reference reference(Segment ref) {
        return new Reference(ref.text(1), ref.text(2));
    }

    static QualifiedDate date(Segment dtm) {
        return new QualifiedDate(dtm.text(1), dtm.dateOrNull(2, "DTM02 (date)"));
    }

    static QualifiedAmount amount(Segment amt) {
        return new QualifiedAmount(amt.text(1), amt.decimal(2, "AMT02 (monetary amount)"));
    }

    static QualifiedAmount quantity(Segment qty) {
        return new QualifiedAmount(qty.text(1), qty.decimal(2, "QTY02 (quantity)"));
    }

    static NamedEntity name(Segment nm1) {
        return new NamedEntity(nm1.text(1), nm1.text(2), nm1.text(3), nm1.text(4), nm1.text(5), nm1.text(7),
                nm1.text(8), nm1.text(9));
    }

    /**
     * A composite procedure identifier (SVC01, SVC06): qualifier, code, modifiers 1-4, description. Some senders
     * write composites with another separator than the one their ISA16 declares ("HC>76856" under ISA16 ':'):
     * such a composite is read with the separator it uses, and reported, because the amounts are unaffected.
     */
    static ServiceCode serviceCode(Segment svc, int position, Balancing findings, String patientControlNumber) {
        List<String> parts = svc.components(position);
        String value = svc.text(position);
        char used = otherSeparator(value);
        if (parts.size() < 2 && used != 0) {
            parts = List.of(value.split(Pattern.quote(String.valueOf(used)), -1));
            findings.report(new RemitFinding(RemitFindingCode.COMPONENT_SEPARATOR_MISMATCH, "SVC"
                    + String.format("%02d", position) + " '" + value + "' separates its components with '" + used
                    + "', but ISA16 declares '" + svc.componentSeparator() + "'; read with '" + used + "'. Tell the "
                    + "sender their file contradicts its own interchange header", svc.location(position),
                    patientControlNumber));
        }
        if (parts.size() < 2 || parts.get(1).isEmpty()) {
            throw svc.refuse(position, "SVC" + String.format("%02d", position) + " (composite medical procedure "
                    + "identifier) is '" + value + "'; expected a qualifier and a code separated by "
                    + "the component separator " + svc.componentSeparator() + " that ISA16 declares, such as HC"
                    + svc.componentSeparator() + "76856" + (value.length() <= 2 ? " (the code may have been "
                    + "written as a separate element, which shifts the amounts that follow)" : ""));
        }
        List<String> modifiers = new ArrayList<>(4);
        for (int i = 2; i < Math.min(parts.size(), 6); i++) {
            if (!parts.get(i).isEmpty()) {
                modifiers.add(parts.get(i));
            }
        }
        return new ServiceCode(parts.get(0), parts.get(1), modifiers, parts.size() > 6 ? parts.get(6) : "");
    }

    /** The punctuation after a two-character qualifier ("HC>55669" gives '>'), or 0. */
    private static char otherSeparator(String value) {
        boolean looksComposite = value.length() > 3 && Character.isLetterOrDigit(value.charAt(0))
                && Character.isLetterOrDigit(value.charAt(1)) && !Character.isLetterOrDigit(value.charAt(2))
                && value.charAt(2) != ' ';
        return looksComposite ? value.charAt(2) : 0;
    }

    /** Sum of adjustment amounts (a loop, not a stream: this runs for every claim and line of large files). */
    static BigDecimal sum(List<Adjustment> adjustments) {
        BigDecimal total = BigDecimal.ZERO;
        for (Adjustment adjustment : adjustments) {
            total = total.add(adjustment.amount());
        }
        return total;
    }

    static String name(int casPosition) {
        return "CAS" + String.format("%02d", casPosition);
    }
}
