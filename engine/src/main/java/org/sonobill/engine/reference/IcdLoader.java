package org.sonobill.engine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Loads iCD-10-CM order file (CDC fixed width). Used through {@link CmsLoaders}. */
final class IcdLoader {

    private IcdLoader() {
    }


    /**
     * The ICD-10-CM order file: fixed width (order 1-5, code 7-13, billable flag 15, short title 17-76, long title
     * 78-), as in CDC's {@code icd10cm-order-YYYY.txt}; from a zip the order file member is chosen.
     */
    static IcdCodeSet icd10cm(TextSource src, String label) {
        Map<String, String> out = new HashMap<>(140_000);
        try (BufferedReader r = src.open(n -> n.contains("order") && !n.contains("addenda") && n.endsWith(".txt"))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() < 16 || !Character.isDigit(line.charAt(0)) || line.charAt(5) != ' ') {
                    throw LoaderSupport.bad(src, no, "expected the fixed-width ICD-10-CM order layout (order number in columns 1-5, "
                            + "code in 7-13, billable flag in 15, titles from 17)");
                }
                int end = 13;
                while (end > 6 && line.charAt(end - 1) == ' ') {
                    end--;
                }
                char flag = line.charAt(14);
                if (end == 6 || (flag != '0' && flag != '1')) {
                    throw LoaderSupport.bad(src, no, "expected a code in columns 7-13 and a billable flag 0 or 1 in column 15");
                }
                out.put(line.substring(6, end), line);
            }
            if (out.isEmpty()) {
                throw LoaderSupport.bad(src, no, "no codes; expected the ICD-10-CM order file");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(src.name() + ": " + e.getMessage(), e);
        }
        return new IcdCodeSet(label, out, true);
    }
}
