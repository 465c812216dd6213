package org.sonobill.engine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Loads place of service codes (CSV). Used through {@link CmsLoaders}. */
final class PosLoader {

    private PosLoader() {
    }


    /** Place of service list: a header with code and name columns and a facility/non-facility column. */
    static PlaceOfServiceTable pos(TextSource src) {
        Map<String, PlaceOfService> out = new HashMap<>();
        try (BufferedReader r = src.open()) {
            String line;
            int no = 0;
            int[] col = null;
            char delim = ',';
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (col == null) {
                    delim = Csv.delimiterOf(line);
                    List<String> h = Csv.split(line, delim);
                    col = new int[] {-1, -1, -1};
                    for (int i = 0; i < h.size(); i++) {
                        String n = h.get(i).toLowerCase(Locale.ROOT);
                        if (col[0] < 0 && n.contains("code")) {
                            col[0] = i;
                        } else if (col[1] < 0 && n.contains("name")) {
                            col[1] = i;
                        } else if (n.contains("facility")) {
                            col[2] = i;
                        }
                    }
                    if (col[0] < 0 || col[2] < 0) {
                        throw LoaderSupport.bad(src, no, "expected a header with a code column and a facility column, found " + h);
                    }
                    continue;
                }
                List<String> f = Csv.split(line, delim);
                if (f.size() <= Math.max(col[0], col[2])) {
                    throw LoaderSupport.bad(src, no, "expected " + (Math.max(col[0], col[2]) + 1) + " columns, found " + f.size());
                }
                String code = f.get(col[0]).trim();
                if (code.length() == 1) {
                    code = "0" + code;
                }
                if (!code.matches("\\d{2}")) {
                    throw LoaderSupport.bad(src, no, "expected a two-digit place-of-service code, found \"" + code + "\"");
                }
                String fac = f.get(col[2]).trim().toLowerCase(Locale.ROOT);
                String posName = col[1] < 0 ? "" : f.get(col[1]).trim();
                if (posName.equalsIgnoreCase("unassigned") || fac.equals("unassigned")) {
                    continue; // reserved by CMS: not a valid place of service on a claim
                }
                out.put(code, new PlaceOfService(code, col[1] < 0 ? "" : f.get(col[1]), fac.equals("facility")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(src.name() + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw LoaderSupport.bad(src, 0, "no place-of-service codes");
        }
        return new PlaceOfServiceTable(out);
    }
}
