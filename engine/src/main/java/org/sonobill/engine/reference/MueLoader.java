package org.sonobill.engine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Loads medically unlikely edits (CMS CSV). Used through {@link CmsLoaders}. */
final class MueLoader {

    private MueLoader() {
    }


    /**
     * MUE table in the CMS CSV layout: notice lines, then a header starting "HCPCS/CPT Code", then rows
     * {@code code, MUE value, MUE adjudication indicator, MUE rationale}.
     */
    static MueTable mue(TextSource src) {
        Map<String, Mue> out = new HashMap<>(32_000);
        Map<String, String> rationales = new HashMap<>();
        try (BufferedReader r = src.open(n -> n.endsWith(".csv") || n.endsWith(".txt"))) {
            String line;
            int no = 0;
            boolean header = false;
            char delim = ',';
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (!header) {
                    String t = line.replace("\"", "").trim().toUpperCase(Locale.ROOT);
                    if (t.startsWith("HCPCS") && t.contains("MUE")) {
                        header = true;
                        delim = Csv.delimiterOf(line);
                    }
                    continue;
                }
                List<String> f = Csv.split(line, delim);
                if (f.size() < 3) {
                    throw LoaderSupport.bad(src, no, "expected code, MUE value and adjudication indicator, found " + f.size() + " columns");
                }
                String code = f.get(0).toUpperCase(Locale.ROOT);
                if (!LoaderSupport.isCode(code)) {
                    throw LoaderSupport.bad(src, no, "expected a five-character HCPCS/CPT code, found \"" + f.get(0) + "\"");
                }
                int units;
                try {
                    units = Integer.parseInt(f.get(1).trim());
                } catch (NumberFormatException e) {
                    throw LoaderSupport.bad(src, no, "expected a whole number of units in column 2, found \"" + f.get(1) + "\"");
                }
                Mue.Adjudication mai;
                try {
                    mai = Mue.Adjudication.parse(f.get(2));
                } catch (IllegalArgumentException e) {
                    throw LoaderSupport.bad(src, no, e.getMessage());
                }
                String rationale = f.size() > 3 ? f.get(3) : "";
                out.put(code, new Mue(code, units, mai, rationales.computeIfAbsent(rationale, k -> k)));
            }
            if (!header) {
                throw LoaderSupport.bad(src, no, "no header line starting with \"HCPCS/CPT Code\"; expected the CMS MUE layout");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(src.name() + ": " + e.getMessage(), e);
        }
        return new MueTable(out);
    }
}
