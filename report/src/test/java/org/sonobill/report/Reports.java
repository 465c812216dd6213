package org.sonobill.report;

import java.time.LocalDate;
import org.sonobill.engine.coding.CodingEngine;

/** Test helpers: read or code a report written in the test, in a hospital outpatient professional context. */
public final class Reports {
    private static final ReportReader READER = ReportReader.standard();
    private static final ReportCoder CODER = new ReportCoder(READER, CodingEngine.bundled());
    public static final LocalDate DATE = LocalDate.of(2026, 3, 2);

    private Reports() {
    }

    public static ReadReport read(String text) {
        return READER.read(incoming(text));
    }

    public static CodedReport code(String text) {
        return CODER.code(incoming(text));
    }

    public static IncomingReport incoming(String text) {
        return IncomingReport.ofText("test", text).withContext("22", null, null, "medicare", DATE);
    }
}
