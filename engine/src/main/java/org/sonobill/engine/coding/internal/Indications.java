package org.sonobill.engine.coding.internal;

import org.sonobill.engine.reference.IcdCode;

/** Classifies indications: urinary-tract history, pregnancy, screening. */
final class Indications {
    private Indications() {
    }

    /**
     * A clinical history suggesting urinary tract pathology (CPT retroperitoneal guideline; NCCI ch. IX §C.7):
     * ICD-10-CM N00–N39 (kidney and urinary tract), R30–R39 (urinary symptoms), R80–R82 (abnormal urine findings:
     * proteinuria, abnormal urinalysis), R94.4 (abnormal kidney function studies: a rising creatinine), Q60–Q64
     * (urinary anomalies), C64–C68 and D30/D41 (urinary tract neoplasms), I12/I13 (hypertensive kidney disease),
     * E08–E13 .2x (diabetic kidney disease), Z85.5 (history of urinary tract cancer), Z87.44 (history of urinary
     * disorders and calculi), Z90.5/Z90.6 (acquired absence of kidney or bladder) and Z94.0 (kidney transplant).
     * Decided on the codes only: words in free text ("routine", "no urinary symptoms") are too easily misread, and
     * the claim's diagnoses are what a payer will see. The report reader maps such words to these codes.
     */
    static boolean urinary(java.util.List<String> dx) {
        for (String n : dx) {
            if (n.length() < 3) {
                continue;
            }
            char ch = n.charAt(0);
            int num = twoDigits(n);
            String plain = n.replace(".", "");
            if (ch == 'N' && num >= 0 && num <= 39 || ch == 'R' && (num >= 30 && num <= 39 || num >= 80 && num <= 82)
                    || plain.startsWith("R944") || ch == 'Q' && num >= 60 && num <= 64
                    || ch == 'C' && num >= 64 && num <= 68 || ch == 'D' && (num == 30 || num == 41)
                    || ch == 'I' && (num == 12 || num == 13)
                    || ch == 'E' && num >= 8 && num <= 13 && plain.length() >= 4 && plain.charAt(3) == '2'
                    || plain.startsWith("Z855") || plain.startsWith("Z8744") || plain.startsWith("Z905")
                    || plain.startsWith("Z906") || plain.startsWith("Z940")) {
                return true;
            }
        }
        return false;
    }

    /** Pregnancy is established (ICD-10-CM chapter 15 O00–O9A, Z33.1, Z34, Z3A): reference US-OB-007. */
    static boolean pregnancy(java.util.List<String> dx) {
        for (String n : dx) {
            if (n.startsWith("O") || n.startsWith("Z34") || n.startsWith("Z3A") || n.startsWith("Z331")) {
                return true;
            }
        }
        return false;
    }

    /** A screening encounter code (Z11–Z13): DX-05. */
    static boolean screening(String code) {
        String n = IcdCode.normalise(code);
        return n.startsWith("Z11") || n.startsWith("Z12") || n.startsWith("Z13");
    }

    private static int twoDigits(String n) {
        if (!Character.isDigit(n.charAt(1)) || !Character.isDigit(n.charAt(2))) {
            return -1;
        }
        return (n.charAt(1) - '0') * 10 + (n.charAt(2) - '0');
    }
}
