package org.sonobill.bench.x12;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Turns the result files of one harness run ({@code NN-reader.properties}, written by bench/x12-peers/run) into the
 * Markdown table of docs/benchmarks.md, checking every reader's figures against what the generator wrote
 * ({@code FILE.counts}). Usage: {@code PeerReport RESULTS_DIR}.
 */
public final class PeerReport {
    private PeerReport() {
    }

    /** One reader run: what the reader printed plus what the harness measured around it. */
    record Run(Properties p, RemitCounts expected, RemitCounts actual, String difference) {
        String get(String key) {
            return p.getProperty(key, "").strip();
        }

        boolean failed() {
            return !get("failure").isEmpty() || !get("exit").equals("0") || actual == null;
        }

        boolean right() {
            return !failed() && expected != null && difference.isEmpty();
        }

        double megabytesPerSecond() {
            return Long.parseLong(get("bytes")) / 1e6 / Double.parseDouble(get("seconds"));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: PeerReport RESULTS_DIR   (the folder of NN-reader.properties files)");
            System.exit(2);
        }
        List<Run> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                runs.add(run(f));
            }
        } catch (IllegalArgumentException e) {
            System.err.println("PeerReport: " + e.getMessage());
            System.exit(1);
        }
        System.out.print(markdown(runs));
    }

    static Run run(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        RemitCounts expected = null;
        Path counts = GenerateRemittances.countsFile(Path.of(p.getProperty("file", "")));
        if (Files.isRegularFile(counts)) {
            try (Reader r = Files.newBufferedReader(counts, StandardCharsets.UTF_8)) {
                expected = RemitCounts.load(r, counts.toString());
            }
        }
        RemitCounts actual = null;
        if (p.getProperty("failure", "").isEmpty() && p.containsKey("claims")) {
            actual = RemitCounts.from(p, file.toString());
        }
        String difference = actual == null || expected == null ? "" : actual.differenceFrom(expected);
        return new Run(p, expected, actual, difference);
    }

    static String markdown(List<Run> runs) {
        StringBuilder b = new StringBuilder();
        b.append("| Reader | File | Heap limit (effective), peak used | MB/s (in process) | Read s | Process wall s | Peak RSS MB | CLP | SVC "
                + "| CAS adj. | Σ CLP04 | Figures |\n");
        b.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        List<String> notes = new ArrayList<>();
        for (Run r : runs) {
            String file = mb(r.get("fileBytes")) + " MB";
            String rss = r.get("maxRssKB").isEmpty() ? kbToMb(r.get("vmHwmKB")) : kbToMb(r.get("maxRssKB"));
            String heap = r.get("heap") + (r.get("heapMaxMB").isEmpty() ? ""
                    : " (" + r.get("heapMaxMB") + " MB)") + (r.get("peakHeapUsedMB").isEmpty() ? ""
                    : ", peak used " + r.get("peakHeapUsedMB") + " MB");
            if (r.failed()) {
                b.append(row(r.get("label"), file, heap, "—", "—", r.get("wallSeconds"), rss, "—", "—", "—",
                        "—", "**failed**: " + failure(r)));
                continue;
            }
            RemitCounts a = r.actual();
            String verdict = r.expected() == null ? "not checked (no .counts file beside the 835)"
                    : r.right() ? "right" : "**wrong**: " + r.difference();
            b.append(row(r.get("label"), file, heap, String.format(Locale.ROOT, "%.1f", r.megabytesPerSecond()),
                    r.get("seconds"), r.get("wallSeconds"), rss, String.valueOf(a.claims()),
                    String.valueOf(a.serviceLines()), String.valueOf(a.adjustments()), a.paid().toPlainString(), verdict));
            if (!r.get("errors").isEmpty() && !r.get("errors").equals("0")) {
                notes.add(r.get("label") + " reported " + r.get("errors") + " errors or warnings, the first: \""
                        + r.get("firstError") + "\".");
            }
        }
        b.append('\n');
        expectations(runs, b);
        fastest(runs, b);
        notes.forEach(n -> b.append("- ").append(n).append('\n'));
        return b.toString();
    }

    private static void expectations(List<Run> runs, StringBuilder b) {
        runs.stream().filter(r -> r.expected() != null).map(r -> r.get("file")).distinct().forEach(f -> {
            Run r = runs.stream().filter(x -> x.get("file").equals(f)).findFirst().orElseThrow();
            RemitCounts e = r.expected();
            b.append("- Generator's figures for `").append(Path.of(f).getFileName()).append("` (")
                    .append(mb(r.get("fileBytes"))).append(" MB): ").append(e.claims()).append(" CLP, ")
                    .append(e.serviceLines()).append(" SVC, ").append(e.adjustments()).append(" CAS adjustments, Σ CLP04 ")
                    .append(e.paid().toPlainString()).append(".\n");
        });
    }

    private static void fastest(List<Run> runs, StringBuilder b) {
        runs.stream().filter(Run::right).max(Comparator.comparingDouble(Run::megabytesPerSecond)).ifPresent(r ->
                b.append("- Fastest reader with right figures: ").append(r.get("label")).append(String.format(
                        Locale.ROOT, " (%.1f MB/s).%n", r.megabytesPerSecond())));
        List<String> wrong = runs.stream().filter(r -> !r.failed() && !r.right() && r.expected() != null)
                .map(r -> r.get("label")).toList();
        if (!wrong.isEmpty()) {
            b.append("- Figures that disagree with the generator (and with the readers marked right): ")
                    .append(String.join("; ", wrong)).append(".\n");
        }
    }

    private static String failure(Run r) {
        String f = r.get("failure");
        String exit = r.get("exit");
        if (f.isEmpty()) {
            f = exit.equals("137") ? "killed (out of memory or the harness's time limit)" : "exit status " + exit;
        }
        return f.replace("|", "\\|");
    }

    private static String row(String... cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) {
            b.append(' ').append(c.isEmpty() ? "—" : c).append(" |");
        }
        return b.append('\n').toString();
    }

    private static String mb(String bytes) {
        if (bytes.isEmpty()) {
            return "?";
        }
        return new BigDecimal(bytes).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String kbToMb(String kb) {
        if (kb.isEmpty() || kb.startsWith("-")) {
            return "";
        }
        return String.valueOf(Math.round(Long.parseLong(kb) * 1024 / 1e6));
    }
}
