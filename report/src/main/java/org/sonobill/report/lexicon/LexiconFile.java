package org.sonobill.report.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one tab-separated lexicon file: {@code #} starts a comment line, blank lines are skipped, and every other
 * line must have at least the columns the file's reader asks for. A malformed line is refused with its file and line
 * number: the lexicon is data a user may edit.
 */
public final class LexiconFile {
    private LexiconFile() {
    }

    /** One line of a lexicon file. */
    public record Row(String file, int line, List<String> columns) {
        /** Column {@code i}, trimmed, or "" when the line is shorter. */
        public String col(int i) {
            return i < columns.size() ? columns.get(i).strip() : "";
        }

        /** "file:line", for messages and evidence. */
        public String where() {
            return file + ":" + line;
        }
    }

    /** Reads a lexicon file from the class path ({@code report/NAME}). */
    public static List<Row> read(String name, int minColumns) {
        String path = "report/" + name;
        InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("lexicon file " + path + " is missing from the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> cols = Arrays.asList(line.split("\t", -1));
                if (cols.size() < minColumns || cols.get(0).isBlank()) {
                    throw new IllegalStateException(path + " line " + n + ": expected " + minColumns
                            + " tab-separated columns, found " + cols.size() + ": \"" + line + "\"");
                }
                rows.add(new Row(name, n, cols));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon file " + path, e);
        }
    }
}
