package org.sonobill.engine.scrub;

import java.time.LocalDate;
import java.util.List;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.claim.Claim;
import org.sonobill.engine.claim.ClaimLine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.study.ClaimType;

/** A claim with its context and reference data while the claim rules run over it. */
final class ClaimSheet {
    final Claim claim;
    final ScrubContext context;
    final ReferenceLibrary reference;
    final Catalogue catalogue;
    final boolean institutional;
    /** The claim's payer pack (null only for a payer the installation does not know). */
    final org.sonobill.engine.payer.PayerPack payer;
    /** Works out what the claim is expected to be paid, line by line: the revenue a finding puts at risk. */
    private final java.util.function.Supplier<org.sonobill.engine.pricing.ClaimPricing> price;
    private org.sonobill.engine.pricing.ClaimPricing pricing;

    ClaimSheet(Claim claim, ScrubContext context, ReferenceLibrary reference, Catalogue catalogue,
               org.sonobill.engine.payer.PayerPack payer,
               java.util.function.Supplier<org.sonobill.engine.pricing.ClaimPricing> price) {
        this.claim = claim;
        this.context = context;
        this.reference = reference;
        this.catalogue = catalogue;
        this.institutional = claim.claimType() == ClaimType.INSTITUTIONAL;
        this.payer = payer;
        this.price = price;
    }

    /** The claim's expected payment, worked out the first time a finding needs it (or the result is read). */
    org.sonobill.engine.pricing.ClaimPricing pricing() {
        if (pricing == null) {
            pricing = price.get();
        }
        return pricing;
    }

    private List<Finding> ptpFindings;

    /** The NCCI PTP findings, worked out once per claim (the add-on rule needs to know which primaries are denied). */
    List<Finding> ptpFindings(java.util.function.Supplier<List<Finding>> compute) {
        if (ptpFindings == null) {
            ptpFindings = compute.get();
        }
        return ptpFindings;
    }

    private LocalDate dayDate;
    private ClaimHistory.Day day;

    /** The patient's other claims from the same billing provider on a date (looked up once per date). */
    ClaimHistory.Day day(LocalDate dos) {
        if (!dos.equals(dayDate)) {
            day = context.history().day(claim, dos);
            dayDate = dos;
        }
        return day;
    }

    /** The lines of the patient's other claims from the same billing provider on a date. */
    List<ClaimHistory.OtherLine> sameDayLines(LocalDate dos) {
        return day(dos).lines();
    }

    private LocalDate icdDate;
    private org.sonobill.engine.reference.IcdCodeSet icd;

    /** The ICD-10-CM code set in force on a date (chosen once per date). */
    org.sonobill.engine.reference.IcdCodeSet icd(LocalDate dos) {
        if (!dos.equals(icdDate)) {
            icd = reference.icd10cm(dos).table();
            icdDate = dos;
        }
        return icd;
    }

    private LocalDate lastDate;

    private LocalDate tablesDate;
    private org.sonobill.engine.reference.PtpTable ptp;
    private org.sonobill.engine.reference.MueTable mue;
    private org.sonobill.engine.reference.AddOnTable addOns;

    /** The PTP table in force on a date (claims usually have one date: the tables are chosen once per date). */
    org.sonobill.engine.reference.PtpTable ptp(LocalDate dos) {
        tables(dos);
        return ptp;
    }

    /** The MUE table in force on a date. */
    org.sonobill.engine.reference.MueTable mue(LocalDate dos) {
        tables(dos);
        return mue;
    }

    /** The add-on code edits in force on a date. */
    org.sonobill.engine.reference.AddOnTable addOns(LocalDate dos) {
        tables(dos);
        return addOns;
    }

    private void tables(LocalDate dos) {
        if (!dos.equals(tablesDate)) {
            ptp = reference.ptp(institutional, dos).table();
            mue = reference.mue(institutional, dos).table();
            addOns = reference.addOns(dos).table();
            tablesDate = dos;
        }
    }

    /**
     * A finding about one line, naming it by number and code; an error or warning carries the line's expected
     * payment as the revenue at risk.
     */
    Finding about(ClaimLine l, FindingCode code, String rule, String message, String fix, String source) {
        Finding f = Finding.of(code, rule, "Line " + l.number() + " (" + l.code() + "): " + message, fix, source)
                .about(l.code()).onLine(l.number());
        java.math.BigDecimal at = code.severity() == org.sonobill.engine.finding.Severity.INFO ? null : pricing().of(l.number());
        return at == null ? f : f.costing(at);
    }

    /** The expected payment of one unit of a line (before reductions), or null when not priced. */
    java.math.BigDecimal unitPrice(ClaimLine l) {
        org.sonobill.engine.pricing.LinePrice p = pricing().line(l.number());
        return p == null ? null : p.unitAmount();
    }

    /** A finding about the whole claim. */
    Finding claimFinding(FindingCode code, String rule, String message, String fix, String source) {
        return Finding.of(code, rule, message, fix, source);
    }

    /** The latest date of service on the claim (or the scrubbing date for an empty claim). */
    LocalDate lastDate() {
        if (lastDate == null) {
            LocalDate max = null;
            for (ClaimLine l : claim.lines()) {
                if (l.dateOfService() != null && (max == null || l.dateOfService().isAfter(max))) {
                    max = l.dateOfService();
                }
            }
            lastDate = max != null ? max : context.asOf();
        }
        return lastDate;
    }
}
