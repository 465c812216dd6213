package org.sonobill.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.sonobill.engine.coding.CodedLine;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingContext;
import org.sonobill.engine.finding.Finding;

/** The readable form of a coded study, for people at a terminal. */
final class TextReport {
    private final Writer out;

    TextReport(Writer out) {
        this.out = out;
    }

    void write(CodedStudy s) throws IOException {
        CodingContext c = s.context();
        out.write("Study " + s.studyId() + "  " + s.status().key().toUpperCase(Locale.ROOT) + "\n");
        out.write("  " + c.claimType() + " claim, " + c.billingRole() + " billing, payer " + c.payer() + ", place of service "
                + c.placeOfService() + (c.facility() ? " (facility)" : "") + "\n");
        if (s.lines().isEmpty()) {
            out.write("  No billable lines.\n");
        }
        for (CodedLine l : s.lines()) {
            String code = l.code() + (l.modifiers().isEmpty() ? "" : "-" + String.join("-", l.modifiers()));
            out.write(String.format("  %-14s x%d  dx %-24s %s%n", code, l.units(),
                    l.diagnoses().isEmpty() ? "-" : String.join(", ", l.diagnoses()), l.description()));
            out.write("      why: " + l.rationale() + "\n");
            out.write("      source: " + l.source() + "\n");
        }
        for (Finding f : s.findings()) {
            out.write(String.format("  %-7s %-11s %s%n", f.severity().label().toUpperCase(Locale.ROOT), f.code(), f.message()));
            out.write("      fix: " + f.fix() + "\n");
            out.write("      source: " + f.source() + "\n");
        }
        out.write("\n");
    }
}
