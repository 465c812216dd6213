package org.sonobill.bench.x12;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The real 835 samples of the shared data ({@code shared/data/x12/835}, listed in its {@code INDEX.csv}) cut into
 * the pieces the generator replicates: claim payment loops (005010X221A1 loop 2100 with its 2110 service lines)
 * and the payer/payee identification loops (1000A, 1000B). Only files whose GS08 is 005010X221A1 are used, so
 * nothing of the 4010 guides leaks into a 5010 file. Identical loops are kept once, in file order, so the mix is
 * the same on every machine that holds the same samples.
 */
final class RemittanceSamples {
    static final String VERSION = "005010X221A1";

    /** Segments of loops 2100 and 2110 in X221A1 (CLP, claim CAS/NM1/MIA/MOA/REF/DTM/PER/AMT/QTY; SVC, DTM, CAS, REF, AMT, QTY, LQ). */
    private static final Set<String> CLAIM_SEGMENTS = Set.of("CLP", "CAS", "NM1", "MIA", "MOA", "REF", "DTM", "PER",
            "AMT", "QTY", "SVC", "LQ");
    /** Segments of loops 1000A and 1000B in X221A1. */
    private static final Set<String> PARTY_SEGMENTS = Set.of("N1", "N3", "N4", "REF", "PER", "RDM");

    /** One claim payment loop (2100 and its 2110 loops) taken from {@code source}. */
    record ClaimTemplate(String source, List<Segment> segments) {
    }

    /** The payer (1000A) and payee (1000B) loops of one sample transaction. */
    record Parties(String source, List<Segment> payer, List<Segment> payee) {
    }

    private final List<ClaimTemplate> claims;
    private final List<Parties> parties;

    private RemittanceSamples(List<ClaimTemplate> claims, List<Parties> parties) {
        this.claims = List.copyOf(claims);
        this.parties = List.copyOf(parties);
    }

    List<ClaimTemplate> claims() {
        return claims;
    }

    List<Parties> parties() {
        return parties;
    }

    /**
     * Loads the 005010X221A1 samples listed in {@code x12Dir/INDEX.csv}.
     *
     * @throws IllegalArgumentException naming the file when the index is missing or lists no usable 835
     */
    static RemittanceSamples load(Path x12Dir) {
        Path index = x12Dir.resolve("INDEX.csv");
        if (!Files.isRegularFile(index)) {
            throw new IllegalArgumentException(index + ": not found; expected the shared X12 samples' INDEX.csv "
                    + "(pass the shared data/x12 folder as SAMPLES_DIR; bench/x12-peers/run takes it from SHARED)");
        }
        Map<String, String> claimTexts = new LinkedHashMap<>();
        Map<String, String> partyTexts = new LinkedHashMap<>();
        List<ClaimTemplate> claims = new ArrayList<>();
        List<Parties> parties = new ArrayList<>();
        for (String file : files835(index)) {
            List<Segment> segments = segments(x12Dir.resolve(file));
            for (ClaimTemplate c : claimLoops(file, segments)) {
                if (claimTexts.putIfAbsent(text(c.segments()), file) == null) {
                    claims.add(c);
                }
            }
            for (Parties p : partyLoops(file, segments)) {
                if (partyTexts.putIfAbsent(text(p.payer()) + text(p.payee()), file) == null) {
                    parties.add(p);
                }
            }
        }
        if (claims.isEmpty() || parties.isEmpty()) {
            throw new IllegalArgumentException(index + ": lists no 835 file with GS08 " + VERSION
                    + " holding a CLP loop and N1*PR/N1*PE loops; the generator needs at least one");
        }
        return new RemittanceSamples(claims, parties);
    }

    private static List<String> files835(Path index) {
        try {
            List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split(",", -1));
            int fileCol = header.indexOf("file");
            int versionCol = header.indexOf("gs08_versions");
            if (fileCol < 0 || versionCol < 0) {
                throw new IllegalArgumentException(index + " line 1: expected the columns 'file' and 'gs08_versions'");
            }
            List<String> files = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = line.split(",", -1);
                if (cols.length > versionCol && cols[fileCol].startsWith("835/") && cols[versionCol].equals(VERSION)) {
                    files.add(cols[fileCol]);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(index + ": cannot be read", e);
        }
    }

    /** The segments of an enveloped sample, with its separators turned into the generator's. */
    static List<Segment> segments(Path file) {
        String s;
        try {
            s = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
        int start = s.indexOf("ISA");
        if (start < 0 || s.length() < start + 106) {
            throw new IllegalArgumentException(file + ": no ISA segment of 106 characters; expected an enveloped 835");
        }
        // X12.5 ISA: the element separator is the 4th character, the component separator ISA16 and the segment
        // terminator the characters at offsets 104 and 105 of the fixed-length ISA.
        char element = s.charAt(start + 3);
        char component = s.charAt(start + 104);
        char terminator = s.charAt(start + 105);
        List<Segment> out = new ArrayList<>();
        for (String raw : s.substring(start).split(java.util.regex.Pattern.quote(String.valueOf(terminator)))) {
            String t = raw.strip();
            if (t.isEmpty()) {
                continue;
            }
            String[] fields = t.split(java.util.regex.Pattern.quote(String.valueOf(element)), -1);
            if (!fields[0].equals("ISA") && component != Segment.COMPONENT) {
                for (int i = 1; i < fields.length; i++) {
                    if (fields[i].indexOf(Segment.COMPONENT) >= 0) {
                        throw new IllegalArgumentException(file + " segment " + (out.size() + 1) + " (" + fields[0]
                                + ") element " + i + ": holds '" + Segment.COMPONENT + "' as data, which the "
                                + "generated files use as component separator; expected no such character");
                    }
                    fields[i] = fields[i].replace(component, Segment.COMPONENT);
                }
            }
            out.add(new Segment(fields));
        }
        return out;
    }

    /**
     * The well-formed claim loops of a sample. A loop is left out when an SVC01 is not a composite of qualifier and
     * code (X221A1 2110 SVC01-1/SVC01-2): one sample writes {@code SVC*HC*24599.00*…}, its code missing and its
     * amounts shifted one element, which a correct reader refuses.
     */
    private static List<ClaimTemplate> claimLoops(String file, List<Segment> segments) {
        List<ClaimTemplate> out = new ArrayList<>();
        for (ClaimTemplate t : allClaimLoops(file, segments)) {
            if (t.segments().stream().noneMatch(s -> s.tag().equals("SVC")
                    && s.get(1).indexOf(Segment.COMPONENT) < 0)) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<ClaimTemplate> allClaimLoops(String file, List<Segment> segments) {
        List<ClaimTemplate> out = new ArrayList<>();
        List<Segment> current = null;
        for (Segment seg : segments) {
            if (seg.tag().equals("CLP")) {
                if (current != null) {
                    out.add(new ClaimTemplate(file, current));
                }
                current = new ArrayList<>();
                current.add(seg);
            } else if (current != null && seg.tag().equals("SVC")) {
                current.add(unmasked(seg));
            } else if (current != null && CLAIM_SEGMENTS.contains(seg.tag())) {
                current.add(seg);
            } else if (current != null) {
                out.add(new ClaimTemplate(file, current));
                current = null;
            }
        }
        return out;
    }

    /**
     * The SVC of an anonymised sample with its product/service ID qualifier restored: such samples mask letters as X,
     * turning HC into XX, which is no code of X221A1 SVC01-1/SVC06-1 (AD, ER, HC, HP, IV, N4, N6, NU, UI, WK).
     */
    private static Segment unmasked(Segment svc) {
        Segment out = svc.copy();
        for (int i : new int[] {1, 6}) {
            if (out.get(i).startsWith("XX" + Segment.COMPONENT)) {
                out.fields[i] = "HC" + out.fields[i].substring(2);
            }
        }
        return out;
    }

    private static List<Parties> partyLoops(String file, List<Segment> segments) {
        List<Parties> out = new ArrayList<>();
        List<Segment> payer = null;
        List<Segment> payee = null;
        List<Segment> current = null;
        for (Segment seg : segments) {
            String tag = seg.tag();
            if (tag.equals("N1") && seg.get(1).equals("PR")) {
                payer = current = new ArrayList<>();
            } else if (tag.equals("N1") && seg.get(1).equals("PE")) {
                payee = current = new ArrayList<>();
            } else if (current != null && !PARTY_SEGMENTS.contains(tag)) {
                if (payer != null && payee != null) {
                    out.add(new Parties(file, payer, payee));
                }
                payer = payee = current = null;
                continue;
            }
            if (current != null) {
                current.add(seg);
            }
        }
        return out;
    }

    private static String text(List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        segments.forEach(s -> b.append(s.text()));
        return b.toString();
    }
}
