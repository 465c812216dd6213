package org.sonobill.x12.input;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The team's sample X12 files in {@code ../shared/data/x12} (found through the system property
 * {@code sonobill.shared.dir}, set by the parent POM) and their {@code INDEX.csv}. Tests that use them are skipped,
 * saying so, when the folder is absent.
 */
public final class SharedX12Data {
    private SharedX12Data() {
    }

    /** The x12 folder, or a skipped test when it is absent. */
    public static Path directory() {
        Path dir = Path.of(System.getProperty("sonobill.shared.dir", "../../shared"), "data", "x12");
        assumeTrue(Files.isRegularFile(dir.resolve("INDEX.csv")),
                "shared X12 samples not found at " + dir.toAbsolutePath()
                        + " (set -Dsonobill.shared.dir); conformance over them skipped");
        return dir;
    }

    /** One row of INDEX.csv. */
    public record Row(String file, long bytes, String transactionSets, String versions, String implementationRefs,
                      int stCount, int clmCount, int clpCount, int serviceLines, int casCount, String notes) {

        /** The file's path under the x12 folder. */
        public Path path() {
            return directory().resolve(file);
        }

        /** Whether the notes column lists a quirk such as {@code utf8-bom} or {@code no-ISA-envelope}. */
        public boolean noted(String quirk) {
            return List.of(notes.split(";")).contains(quirk);
        }

        /** The top folder the file sits in (835, 999, 277ca, legacy_4010, ...). */
        public String folder() {
            return file.substring(0, file.indexOf('/'));
        }

        @Override
        public String toString() {
            return file;
        }
    }

    /** All rows of INDEX.csv (none of its fields is quoted or holds a comma). */
    public static List<Row> index() {
        try {
            List<String> lines = Files.readAllLines(directory().resolve("INDEX.csv"));
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                rows.add(new Row(f[0], Long.parseLong(f[1]), f[2], f[3], f[4], Integer.parseInt(f[5]),
                        Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                        Integer.parseInt(f[9]), f[10]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
