package org.sonobill.engine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the X12 CARC or RARC list (CSV as collected from x12.org, see PROVENANCE.md): a header naming {@code code},
 * {@code description} and {@code start_date}, optionally {@code usage}, {@code notes}, {@code last_modified} and
 * {@code stop_date}. Dates are YYYY-MM-DD or YYYYMMDD. The RARC scrape has no stop-date column; there a note
 * "(Deactivated M/D/YYYY)" is read as the stop date, since that is the only place the publisher's deactivation
 * survives. Used through {@link CmsLoaders}.
 */
final class AdjustmentCodeLoader {
    private static final Pattern DEACTIVATED = Pattern.compile("\\(Deactivated (\\d{1,2})/(\\d{1,2})/(\\d{4})\\)");
    private static final Pattern CARC = Pattern.compile("[A-Z]?\\d{1,3}|[A-Z]\\d?");
    private static final Pattern RARC = Pattern.compile("(M|MA|N)\\d{1,3}");

    private AdjustmentCodeLoader() {
    }

    static AdjustmentCodeList read(TextSource src, AdjustmentCodeList.Kind kind) {
        Map<String, AdjustmentCode> out = new LinkedHashMap<>();
        try (BufferedReader r = src.open()) {
            String line;
            int no = 0;
            Map<String, Integer> col = null;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (col == null) {
                    col = header(src, no, Csv.split(line, Csv.delimiterOf(line)));
                    continue;
                }
                AdjustmentCode c = row(src, no, Csv.split(line, ','), col, kind);
                if (out.put(c.code(), c) != null) {
                    throw LoaderSupport.bad(src, no, "code " + c.code() + " is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(src.name() + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw LoaderSupport.bad(src, 0, "no " + kind + " codes");
        }
        return new AdjustmentCodeList(kind, out);
    }

    private static Map<String, Integer> header(TextSource src, int no, List<String> h) {
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < h.size(); i++) {
            col.put(h.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String need : List.of("code", "description", "start_date")) {
            if (!col.containsKey(need)) {
                throw LoaderSupport.bad(src, no, "expected a header naming code, description and start_date, found " + h);
            }
        }
        return col;
    }

    private static AdjustmentCode row(TextSource src, int no, List<String> f, Map<String, Integer> col,
                                      AdjustmentCodeList.Kind kind) {
        String code = AdjustmentCodeList.normalise(field(f, col, "code"));
        Pattern shape = kind == AdjustmentCodeList.Kind.CARC ? CARC : RARC;
        if (!shape.matcher(code).matches()) {
            throw LoaderSupport.bad(src, no, "column 1: expected a " + kind + " code such as "
                    + (kind == AdjustmentCodeList.Kind.CARC ? "16 or B7" : "N264 or MA130") + ", found \"" + code + "\"");
        }
        LocalDate start = LoaderSupport.optionalDate(src, no, field(f, col, "start_date"), "start_date");
        if (start == null) {
            throw LoaderSupport.bad(src, no, "code " + code + ": expected a start_date as YYYY-MM-DD");
        }
        String notes = field(f, col, "notes");
        LocalDate stop = LoaderSupport.optionalDate(src, no, field(f, col, "stop_date"), "stop_date");
        if (stop == null && !col.containsKey("stop_date")) {
            stop = deactivatedIn(notes);
        }
        return new AdjustmentCode(code, field(f, col, "description"), field(f, col, "usage"), notes, start,
                LoaderSupport.optionalDate(src, no, field(f, col, "last_modified"), "last_modified"), stop);
    }

    private static LocalDate deactivatedIn(String notes) {
        Matcher m = DEACTIVATED.matcher(notes);
        return m.find() ? LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2))) : null;
    }

    private static String field(List<String> f, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= f.size() ? "" : f.get(i).trim();
    }
}
