package org.sonobill.server.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small, balanced 835 files (005010X221A1) for posting tests: the payer's answer to claims the test made,
 * with the amounts, adjustments and line control numbers each test needs.
 */
public final class Remit835 {
    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    /** A CAS adjustment. */
    public record Cas(String group, String carc, String amount) {
    }

    /** A service line payment. */
    public record Svc(String code, List<String> modifiers, String charge, String paid, String controlNumber, LocalDate dos,
               List<Cas> adjustments, List<String> remarks) {
    }

    /** A claim payment. */
    public record Clp(String patientControlNumber, String status, String charge, String paid, String patient,
               String payerClaimNumber, List<Svc> lines) {
    }

    /** A provider-level adjustment: reason code, reference, amount (positive takes money back). */
    public record Plb(String reason, String reference, String amount) {
    }

    private Remit835() {
    }

    public static String of(String trace, LocalDate paidOn, List<Clp> claims, List<Plb> plbs) {
        BigDecimal total = BigDecimal.ZERO;
        for (Clp c : claims) {
            total = total.add(new BigDecimal(c.paid()));
        }
        for (Plb p : plbs) {
            total = total.subtract(new BigDecimal(p.amount()));
        }
        String date = paidOn.format(D8);
        List<String> st = new ArrayList<>();
        st.add("ST*835*0001");
        st.add("BPR*I*" + total.toPlainString() + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*"
                + date);
        st.add("TRN*1*" + trace + "*1512345678");
        st.add("DTM*405*" + date);
        st.add("N1*PR*TEST PAYER OF SONOBILL");
        st.add("N3*1 PAYER WAY");
        st.add("N4*SPRINGFIELD*IL*62701");
        st.add("N1*PE*VALLEY IMAGING GROUP*XX*1245319599");
        st.add("LX*1");
        for (Clp c : claims) {
            st.add("CLP*" + c.patientControlNumber() + "*" + c.status() + "*" + c.charge() + "*" + c.paid() + "*"
                    + c.patient() + "*MB*" + c.payerClaimNumber() + "*11*1");
            st.add("NM1*QC*1*TESTPATIENT*JANE****MI*M123456");
            for (Svc l : c.lines()) {
                st.add("SVC*HC:" + l.code() + (l.modifiers().isEmpty() ? "" : ":" + String.join(":", l.modifiers()))
                        + "*" + l.charge() + "*" + l.paid() + "**1");
                st.add("DTM*472*" + l.dos().format(D8));
                for (Cas a : l.adjustments()) {
                    st.add("CAS*" + a.group() + "*" + a.carc() + "*" + a.amount());
                }
                if (l.controlNumber() != null) {
                    st.add("REF*6R*" + l.controlNumber());
                }
                for (String r : l.remarks()) {
                    st.add("LQ*HE*" + r);
                }
            }
        }
        for (Plb p : plbs) {
            st.add("PLB*1245319599*" + paidOn.getYear() + "1231*" + p.reason() + ":" + p.reference() + "*" + p.amount());
        }
        st.add("SE*" + (st.size() + 1) + "*0001");
        StringBuilder b = new StringBuilder();
        b.append("ISA*00*          *00*          *ZZ*TESTPAYER      *ZZ*SONOBILL       *")
                .append(paidOn.format(DateTimeFormatter.ofPattern("yyMMdd"))).append("*1200*^*00501*000000001*0*P*:~\n");
        b.append("GS*HP*TESTPAYER*SONOBILL*").append(date).append("*1200*1*X*005010X221A1~\n");
        for (String s : st) {
            b.append(s).append("~\n");
        }
        b.append("GE*1*1~\nIEA*1*000000001~\n");
        return b.toString();
    }
}
