package org.sonobill.server.denial;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sonobill.server.audit.AuditTrail;
import org.sonobill.server.denial.DenialViews.AppealView;
import org.sonobill.server.denial.DenialViews.DenialDetail;
import org.sonobill.server.denial.DenialViews.LineView;
import org.sonobill.server.denial.DenialViews.QueueEntry;
import org.sonobill.server.study.StudyViews.Page;

/** The denial command's text output: for a person at a terminal, one entry per line, amounts aligned. */
final class DenialsText {
    private DenialsText() {
    }

    static void list(PrintStream out, Page<QueueEntry> page) {
        out.printf("%d entries%s%n", page.total(), page.total() > page.items().size()
                ? " (showing " + (page.offset() + 1) + "-" + (page.offset() + page.items().size()) + ")" : "");
        if (page.items().isEmpty()) {
            return;
        }
        out.printf("%-7s %-12s %-10s %10s %-18s %-8s %-16s %-10s %-14s %9s %s%n", "ID", "CLAIM", "PAYER", "DENIED",
                "ROOT CAUSE", "CARC", "ACTION", "DEADLINE", "URGENCY", "PRIORITY", "OWNER");
        for (QueueEntry e : page.items()) {
            out.printf("%-7d %-12s %-10s %10s %-18s %-8s %-16s %-10s %-14s %9s %s%n", e.id(), e.claimNumber(),
                    nz(e.payer()), e.deniedAmount(), nz(e.rootCause()), nz(e.carc()), nz(e.action()),
                    e.nextDeadline() == null ? "-" : e.nextDeadline(),
                    (e.urgency() == null ? "-" : e.urgency()) + (e.escalatedOn() != null ? "!" : ""),
                    e.priority() == null ? "-" : e.priority().setScale(1, RoundingMode.HALF_UP),
                    e.owner() != null ? e.owner().username() : "(" + nz(e.ownerRole()) + ")"
                            + (e.lowDollar() ? " low-dollar" : ""));
        }
    }

    static void show(PrintStream out, DenialDetail d) {
        QueueEntry e = d.entry();
        out.printf("Denial %d — claim %s (%s), %s, date of service %s%n", e.id(), e.claimNumber(), d.claim().status(),
                nz(e.payer()), e.dateOfService());
        out.printf("  %s denied, %s: %s%n", e.deniedAmount(), nz(e.carc()), nz(e.rootCause()));
        out.printf("  status %s, owner %s, age %d days%n", e.status(), e.owner() != null ? e.owner().username()
                : "(" + nz(e.ownerRole()) + " pool)", e.ageDays());
        out.printf("  next: %s by %s (%s)%n", nz(e.action()), e.nextDeadline() == null ? "-" : e.nextDeadline(),
                nz(e.deadlineWhat()) + (e.urgency() == null ? "" : "; " + e.urgency()));
        out.printf("  priority %s: expected recovery %s at %s chance (%s)%n", e.priority(), e.expectedRecovery(),
                percent(e.chance()), nz(d.classification().chanceBasis()));
        out.println("  why:    " + nz(d.classification().reason()));
        out.println("  fix:    " + nz(d.classification().fix()));
        out.println("  source: " + nz(d.classification().source()));
        out.println("  lines:");
        for (LineView l : d.lines()) {
            out.printf("    %-14s %10s %s-%s%s %s — %s%n", l.procedure() + (l.modifiers().isEmpty() ? ""
                            : "-" + String.join("-", l.modifiers())), l.amount(), l.groupCode(), l.carc(),
                    l.rarcs().isEmpty() ? "" : " " + String.join(",", l.rarcs()), nz(l.rootCause()),
                    nz(l.carcDescription()));
        }
        for (AppealView a : d.appeals()) {
            out.printf("  level %d %s: %s%s%s%s%n", a.level(), a.kind(), a.status(),
                    a.filedOn() == null ? "" : ", filed " + a.filedOn(),
                    a.decidedOn() == null ? "" : ", decided " + a.decidedOn(),
                    a.amountRecovered() == null || a.amountRecovered().signum() == 0 ? ""
                            : ", recovered " + a.amountRecovered());
        }
        if (d.resolution() != null) {
            out.printf("  resolved %s: %s, recovered %s (%s)%n", d.resolution().resolvedOn(), d.resolution().outcome(),
                    d.resolution().recovered(), nz(d.resolution().note()));
        }
        if (!d.history().isEmpty()) {
            out.println("  history:");
            for (AuditTrail.Event h : d.history()) {
                out.printf("    %s %s %s%n", h.at().toLocalDateTime().withNano(0), h.actor(), h.action());
            }
        }
    }

    static void trends(PrintStream out, DenialTrends.Report r) {
        DenialTrends.Summary s = r.summary();
        out.printf("Denials by %s, months of service %s to %s%n", r.by(), r.from(), r.to());
        out.printf("  billed %d claims, %d lines, %s; denied %d claims, %d lines, %s (line rate %s)%n",
                s.billedClaims(), s.billedLines(), s.billedAmount(), s.deniedClaims(), s.deniedLines(),
                s.deniedAmount(), percent(s.denialRate()));
        out.printf("  first-pass clean claims %s; resolved %d, on average in %s days; recovered %s (%s of the "
                        + "resolved denials' dollars)%n", percent(s.firstPassCleanRate()), s.resolved(),
                s.averageDaysToResolution() == null ? "-" : s.averageDaysToResolution(), s.recovered(),
                percent(s.recoveryRate()));
        out.printf("%-24s %-30s %8s %12s %8s %12s %7s %8s %9s%n", r.by().toUpperCase(java.util.Locale.ROOT), "",
                "BILLED", "", "DENIED", "", "RATE", "DAYS", "RECOVERY");
        for (DenialTrends.Row row : r.rows()) {
            out.printf("%-24s %-30s %8d %12s %8d %12s %7s %8s %9s%n", cut(row.key(), 24), cut(row.label(), 30),
                    row.billedLines(), row.billedAmount(), row.deniedLines(), row.deniedAmount(),
                    percent(row.denialRate()), row.averageDaysToResolution() == null ? "-"
                            : row.averageDaysToResolution(), percent(row.recoveryRate()));
        }
    }

    private static String percent(BigDecimal ratio) {
        return ratio == null ? "-" : ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    private static String cut(String s, int width) {
        if (s == null) {
            return "";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
