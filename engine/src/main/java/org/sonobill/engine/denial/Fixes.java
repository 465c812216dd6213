package org.sonobill.engine.denial;

/** What to do for each action, in steps a biller follows (reference g.3 for claim frequencies, g.4 for packets). */
final class Fixes {
    private Fixes() {
    }

    static String of(DenialAction action, RootCause cause, DenialContext ctx) {
        return switch (action) {
            case NEW_CLAIM -> "Correct the claim as the remark code says and send it as a new original claim "
                    + "(frequency 1), inside the timely-filing window.";
            case CORRECTED_CLAIM -> "Send a replacement claim (frequency 7) with every line, the payer's claim number "
                    + "from the 835 (CLP07) in REF*F8, and the fix.";
            case REOPENING -> "Ask the Medicare contractor for a clerical reopening of the line (portal, phone or "
                    + "written request) naming the correction.";
            case APPEAL -> "File appeal level " + (ctx.appealLevelsUsed() + 1) + " with the signed report, the order "
                    + "with its indication, key images" + (cause == RootCause.MEDICAL_NECESSITY
                    ? ", and the LCD or NCD the payer cited" : "") + ".";
            case WRITE_OFF -> "Write the amount off with the denial as the reason, and add the cause to the weekly "
                    + "education list.";
            case BILL_PATIENT -> "Send the patient a statement for the amount, citing the payer's reason"
                    + (ctx.abnOnFile() ? " and the signed ABN." : ".");
            case BILL_OTHER_PAYER -> "Bill the responsible payer; then bill this payer as secondary with the first "
                    + "payer's adjustments (837 loop 2320 CAS).";
            case NONE -> "Post the adjustment; nothing to work.";
        };
    }
}
