package org.sonobill.engine.reference;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of CSV (RFC 4180 quoting) or of tab-separated text. */
final class Csv {
    private Csv() {
    }

    static List<String> split(String line, char delimiter) {
        List<String> out = new ArrayList<>();
        if (delimiter == '\t') {
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == '\t') {
                    out.add(unquote(line.substring(start, i)));
                    start = i + 1;
                }
            }
            return out;
        }
        if (line.indexOf('"') < 0) {
            // no quoting on the line: split with indexOf (most CMS rows), without a per-character loop
            int start = 0;
            int at;
            while ((at = line.indexOf(delimiter, start)) >= 0) {
                out.add(line.substring(start, at).trim());
                start = at + 1;
            }
            out.add(line.substring(start).trim());
            return out;
        }
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        return out;
    }

    private static String unquote(String s) {
        String t = s.trim();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1).replace("\"\"", "\"").trim();
        }
        return t;
    }

    /** The delimiter of a header line: tab if it has one, otherwise comma. */
    static char delimiterOf(String header) {
        return header.indexOf('\t') >= 0 ? '\t' : ',';
    }
}
