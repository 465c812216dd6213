package org.sonobill.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The report corpus (report/src/test/resources/corpus, 158 reports of every family written for SonoBill) from the
 * class path, and deterministic variants of it: the same text with every measurement and age changed by a seeded
 * jitter, so a directory of 10,000 reports holds 10,000 different texts with the corpus's mix of families, styles and
 * lengths.
 */
public final class ReportCorpus {
    public static final long DEFAULT_SEED = 20260302L;
    private final List<String> texts;

    private ReportCorpus(List<String> texts) {
        this.texts = List.copyOf(texts);
    }

    /** The corpus's reports, in labels order. */
    public static ReportCorpus load() {
        try (InputStream labels = resource("corpus/labels.json")) {
            JsonNode root = new ObjectMapper().readTree(labels);
            List<String> out = new ArrayList<>();
            for (JsonNode l : root) {
                try (InputStream in = resource("corpus/" + l.get("file").asText())) {
                    out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return new ReportCorpus(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report corpus from the class path", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ReportCorpus.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (the sonobill-report test jar)");
        }
        return in;
    }

    public int size() {
        return texts.size();
    }

    public String text(int i) {
        return texts.get(i % texts.size());
    }

    /**
     * Variant {@code i}: report {@code i mod size} with each multi-digit or decimal number moved by up to 10 %
     * (seeded by {@code seed} and {@code i}). Single digits (scores, counts, list numbers) are kept, so the reading is
     * the same; only the text differs.
     */
    public String variant(int i, long seed) {
        String base = text(i);
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        StringBuilder out = new StringBuilder(base.length() + 16);
        int k = 0;
        while (k < base.length()) {
            char c = base.charAt(k);
            if (!Character.isDigit(c) || k > 0 && (Character.isLetterOrDigit(base.charAt(k - 1))
                    || base.charAt(k - 1) == '/' || base.charAt(k - 1) == '.')) {
                out.append(c);
                k++;
                continue;
            }
            int j = k;
            while (j < base.length() && Character.isDigit(base.charAt(j))) {
                j++;
            }
            boolean decimal = j + 1 < base.length() && base.charAt(j) == '.' && Character.isDigit(base.charAt(j + 1));
            int end = j;
            if (decimal) {
                end = j + 1;
                while (end < base.length() && Character.isDigit(base.charAt(end))) {
                    end++;
                }
            }
            String number = base.substring(k, end);
            boolean date = end < base.length() && base.charAt(end) == '/';
            if (date || (!decimal && number.length() < 2) || number.length() > 6) {
                out.append(number);
            } else if (decimal) {
                double v = Double.parseDouble(number) * (0.9 + 0.2 * random.nextDouble());
                int places = end - j - 1;
                out.append(String.format(java.util.Locale.ROOT, "%." + places + "f", v));
            } else {
                long v = Math.max(10, Math.round(Long.parseLong(number) * (0.9 + 0.2 * random.nextDouble())));
                out.append(v);
            }
            k = end;
        }
        return out.toString();
    }
}
