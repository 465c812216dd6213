package org.sonobill.engine.coding.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.payer.PayerPack;
import org.sonobill.engine.reference.AddOnTable;
import org.sonobill.engine.reference.DataVersion;
import org.sonobill.engine.reference.FeeSchedule;
import org.sonobill.engine.reference.IcdCodeSet;
import org.sonobill.engine.reference.MueTable;
import org.sonobill.engine.reference.PlaceOfService;
import org.sonobill.engine.reference.PlaceOfServiceTable;
import org.sonobill.engine.reference.PtpTable;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.reference.Versioned;
import org.sonobill.engine.study.BillingRole;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Laterality;
import org.sonobill.engine.study.StudyDocumentation;

/**
 * The state of one study while the rules run over it: the study, the resolved context, the lines so far and the
 * findings. One worksheet per call; nothing here is shared between threads.
 */
public final class Worksheet {
    final StudyDocumentation study;
    final Catalogue catalogue;
    final PayerPack payer;
    final ExamFamily family;
    final ReferenceLibrary reference;
    final LocalDate dos;
    final boolean institutional;
    final boolean facility;
    final BillingRole role;
    final boolean posKnown;
    final List<WorkLine> lines = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<DataVersion> referenceUsed = new ArrayList<>(6);
    private final List<OutOfPeriod> outOfPeriod = new ArrayList<>(4);
    private boolean referenceSerious;
    /** Codes of separately billed primary procedures (procedures[].primaryCode), for NCCI and add-on checks. */
    final Set<String> primaryCodes = new LinkedHashSet<>();
    /** The complete and limited codes of the exam when the extent was decided by elements. */
    String completeCode;
    String limitedCode;
    List<String> missingElements = List.of();
    boolean pregnant;
    /** The indication's ICD-10-CM codes without dots, upper case, for the rules that test code ranges. */
    final List<String> dx;

    Worksheet(StudyDocumentation study, Catalogue catalogue, PayerPack payer, ReferenceLibrary reference) {
        this.study = study;
        this.catalogue = catalogue;
        this.payer = payer;
        this.family = study.exam() == null ? null : catalogue.family(study.exam());
        this.reference = reference;
        this.dx = study.indication().icd10().stream().map(org.sonobill.engine.reference.IcdCode::normalise).toList();
        this.dos = study.dateOfService();
        this.institutional = study.claimType() == ClaimType.INSTITUTIONAL;
        PlaceOfService pos = pos().get(study.placeOfService());
        this.posKnown = pos != null;
        this.facility = pos != null && pos.facility();
        // An institutional (837I) claim is the facility's technical part; on a professional claim the default
        // follows the place of service (reference d.1): the reader's interpretation at a facility, global elsewhere.
        this.role = study.billingRole() != null ? study.billingRole()
                : institutional ? BillingRole.TECHNICAL : facility ? BillingRole.PROFESSIONAL : BillingRole.GLOBAL;
    }

    // ---------------------------------------------------------------- findings

    void add(Finding f) {
        findings.add(f);
    }

    void add(FindingCode code, String rule, String message, String fix, String source) {
        findings.add(Finding.of(code, rule, message, fix, source));
    }

    void addAbout(String line, FindingCode code, String rule, String message, String fix, String source) {
        findings.add(Finding.of(code, rule, message, fix, source).about(line));
    }

    List<Finding> findings() {
        return findings;
    }

    // ---------------------------------------------------------------- lines

    WorkLine addLine(String code, int units, WorkLine.Origin origin, Laterality side, boolean paired, String region,
                     String rationale, String source) {
        WorkLine l = new WorkLine(code, units, origin, side, paired, catalogue.regionGroup(region), rationale, source);
        lines.add(l);
        return l;
    }

    /**
     * The anatomic region of the exam for same-region and NCCI distinctness tests: an extremity study with its limb
     * recorded is precisely the upper or lower extremity.
     */
    String examRegion(ExamFamily f) {
        return study.limb() != null && f.region().equals("extremity") ? study.limb() + "-extremity" : f.region();
    }

    boolean hasLine(String code) {
        for (WorkLine l : lines) {
            if (l.code.equals(code)) {
                return true;
            }
        }
        return false;
    }

    boolean hasExamLines() {
        for (WorkLine l : lines) {
            if (l.origin == WorkLine.Origin.EXAM) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- reference data

    // each table is chosen once per study: rules ask for them many times
    private PtpTable ptp;
    private MueTable mue;
    private AddOnTable addOns;
    private FeeSchedule feeSchedule;
    private IcdCodeSet icd;

    PtpTable ptp() {
        if (ptp == null) {
            ptp = use(reference.ptp(institutional, dos));
        }
        return ptp;
    }

    MueTable mue() {
        if (mue == null) {
            mue = use(reference.mue(institutional, dos));
        }
        return mue;
    }

    AddOnTable addOns() {
        if (addOns == null) {
            addOns = use(reference.addOns(dos));
        }
        return addOns;
    }

    FeeSchedule feeSchedule() {
        if (feeSchedule == null) {
            feeSchedule = use(reference.feeSchedule(dos));
        }
        return feeSchedule;
    }

    IcdCodeSet icd() {
        if (icd == null) {
            icd = use(reference.icd10cm(dos));
        }
        return icd;
    }

    private PlaceOfServiceTable pos() {
        return use(reference.placesOfService(dos));
    }

    private <T> T use(Versioned.Selection<T> s) {
        DataVersion v = s.version();
        if (!referenceUsed.contains(v)) {
            referenceUsed.add(v);
        }
        if (s.fallback()) {
            boolean before = dos.isBefore(v.effective());
            // diagnosis validity depends directly on the fiscal year's code set: checking against another year
            // can pass a deleted code, so that needs a person; stale edit tables only inform
            referenceSerious |= before || v.kind() == org.sonobill.engine.reference.DatasetKind.ICD10CM;
            outOfPeriod.add(new OutOfPeriod(v, before));
        }
        return s.table();
    }

    /** True when an out-of-period release can change the result (ICD-10-CM, or a date before every release). */
    boolean referenceSerious() {
        return referenceSerious;
    }

    /** A release used for a date of service it was not published for; {@code before}: the date precedes it. */
    record OutOfPeriod(DataVersion version, boolean before) {
        String describe() {
            return version.label() + (before ? " (effective from " + version.effective() + ", after this date of service)"
                    : " (published for dates of service through " + version.coveredThrough() + ")");
        }
    }

    /** The reference releases used that were not published for this date of service. */
    List<OutOfPeriod> outOfPeriod() {
        return outOfPeriod;
    }

    List<DataVersion> referenceUsed() {
        return referenceUsed;
    }

    // ---------------------------------------------------------------- money

    /** The component whose price matters for this claim: 26, TC or global (""); null on institutional claims. */
    String pricedComponent() {
        if (institutional) {
            return null;
        }
        return switch (role) {
            case PROFESSIONAL -> "26";
            case TECHNICAL -> "TC";
            case GLOBAL -> "";
        };
    }

    /** National Medicare difference between two codes for the billed component, or null when not priced. */
    BigDecimal priceGap(String better, String worse) {
        String comp = pricedComponent();
        if (comp == null || better == null || worse == null) {
            return null;
        }
        FeeSchedule fs = feeSchedule();
        BigDecimal a = fs.nationalAmount(better, comp, facility);
        BigDecimal b = fs.nationalAmount(worse, comp, facility);
        if (a == null || b == null) {
            return null;
        }
        return a.subtract(b);
    }

    /** National Medicare amount of a code for the billed component, or null. */
    BigDecimal price(String code) {
        String comp = pricedComponent();
        return comp == null ? null : feeSchedule().nationalAmount(code, comp, facility);
    }

    /** "the professional component" and so on, for messages. */
    String componentWords() {
        String comp = pricedComponent();
        if (comp == null) {
            return "";
        }
        return switch (comp) {
            case "26" -> "professional component";
            case "TC" -> "technical component";
            default -> "global";
        };
    }
}
