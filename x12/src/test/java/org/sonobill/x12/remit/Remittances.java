package org.sonobill.x12.remit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sonobill.x12.input.InputOptions;
import org.sonobill.x12.input.X12Input;

/** Small hand-written 835s for tests, in the shape of the examples of 005010X221A1 section 3. */
final class Remittances {
    static final String ISA = "ISA*00*          *00*          *ZZ*PAYER          *ZZ*SONOBILL       *240301*1200*^*"
            + "00501*000000123*0*P*:~";
    static final String GS = "GS*HP*PAYER*SONOBILL*20240301*1200*77*X*005010X221A1~";

    /**
     * One balanced payment of 157.00 by check 12345: an ultrasound claim of two lines paid with contractual
     * write-offs, a deductible and a sequestration reduction; a second claim reversed (CLP02 = 22) and re-paid as a
     * replacement; and 7.00 interest paid through PLB (a negative PLB amount adds to the payment).
     */
    static final String PAYMENT = String.join("~",
            "ST*835*0001",
            "BPR*I*157*C*CHK************20240305",
            "TRN*1*12345*1512345678",
            "REF*EV*SONOBILL",
            "DTM*405*20240301",
            "N1*PR*ACME HEALTH PLAN",
            "N3*PO BOX 1",
            "N4*DALLAS*TX*75201",
            "REF*2U*ACME01",
            "PER*BL*EDI HELP*TE*8005551212*EM*edi@acme.example",
            "N1*PE*VALLEY IMAGING*XX*1234567893",
            "REF*TJ*123456789",
            "LX*1",
            "CLP*PCN-1*1*300*120*20*12*PAYER-CLM-1*11*1",
            "NM1*QC*1*DOE*JANE*Q***MI*W123",
            "NM1*82*1*SMITH*ANN****XX*1999999984",
            "MOA***MA01",
            "DTM*050*20240220",
            "SVC*HC:76856:26*200*80**1",
            "DTM*472*20240215",
            "CAS*CO*45*100",
            "CAS*PR*1*20",
            "REF*6R*LINE-1",
            "AMT*B6*100",
            "LQ*HE*N130",
            "SVC*HC:76705*100*40*RC*2*HC:76700*1",
            "DTM*472*20240215",
            "CAS*CO*45*50*1*253*10",
            "REF*6R*LINE-2",
            "CLP*PCN-2*22*-100*-50**12*PAYER-CLM-0*11*1",
            "CAS*CR*45*-50",
            "NM1*QC*1*ROE*RICHARD****MI*W456",
            "CLP*PCN-2*1*100*80*0*12*PAYER-CLM-2*11*7",
            "CAS*CO*45*20",
            "NM1*QC*1*ROE*RICHARD****MI*W456",
            "PLB*1234567893*20241231*L6:PCN-1*-7",
            "SE*37*0001") + "~";

    private Remittances() {
    }

    static String file(String... transactionSets) {
        return ISA + GS + String.join("", transactionSets) + "GE*" + transactionSets.length + "*77~"
                + "IEA*1*000000123~";
    }

    static X12Input input(String text) {
        return X12Input.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.835",
                InputOptions.strict());
    }

    static List<Remittance> read(String text) {
        return RemittanceReader.readAll(input(text));
    }
}
