package org.sonobill.engine.reference;

import java.util.HashMap;
import java.util.Map;

/**
 * One fiscal year's ICD-10-CM code set (headers and billable codes). Entries keep the order file's line as read and
 * are split into fields only when looked up, so loading 98,000 codes stays cheap.
 */
public final class IcdCodeSet {
    private final Map<String, String> lines;
    private final String label;
    /** Entries parsed on first lookup, with their side; a run looks up the same few hundred codes again and again. */
    private final java.util.concurrent.ConcurrentHashMap<String, IcdCode> parsed = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, String> sides = new java.util.concurrent.ConcurrentHashMap<>();

    /** A code set from order-file lines keyed by code (no dot). */
    IcdCodeSet(String label, Map<String, String> lines, boolean raw) {
        this.label = label;
        this.lines = lines;
    }

    /** A code set from parsed entries (tests and other sources). */
    public IcdCodeSet(String label, Map<String, IcdCode> codes) {
        this.label = label;
        this.lines = new HashMap<>();
        codes.forEach((k, c) -> lines.put(k, line(c)));
    }

    /** The entry for a code written with or without its dot, or null when the code does not exist. */
    public IcdCode get(String code) {
        IcdCode raw = byRaw.get(code);
        if (raw != null) {
            return raw;
        }
        IcdCode found = lookup(code);
        if (found != null && byRaw.size() < 100_000) {
            byRaw.put(code, found); // claims repeat the same dotted codes: skip normalising them again
        }
        return found;
    }

    /** Codes as they were asked for ("R10.11"), for lookups without normalising. */
    private final java.util.concurrent.ConcurrentHashMap<String, IcdCode> byRaw = new java.util.concurrent.ConcurrentHashMap<>();

    private IcdCode lookup(String code) {
        String key = IcdCode.normalise(code);
        IcdCode hit = parsed.get(key);
        if (hit != null) {
            return hit;
        }
        String line = lines.get(key);
        if (line == null) {
            return null;
        }
        IcdCode c = parse(key, line);
        parsed.put(key, c); // bounded by the code set: only existing codes are kept
        return c;
    }

    /** The side named by the code's title (RT, LT, 50) or null; cached. */
    public String sideOf(String code) {
        IcdCode c = get(code);
        if (c == null) {
            return null;
        }
        String s = sides.get(c.code());
        if (s == null) {
            s = c.side() == null ? "" : c.side();
            sides.put(c.code(), s);
        }
        return s.isEmpty() ? null : s;
    }

    /** How many codes under a header are billable (for a message such as "choose one of its 6 codes"). */
    public long billableChildren(String header) {
        String h = IcdCode.normalise(header);
        return lines.entrySet().stream()
                .filter(e -> e.getKey().startsWith(h) && !e.getKey().equals(h) && billable(e.getValue())).count();
    }

    /**
     * Codes matching a search, in code order, at most {@code limit}: by code when the query looks like one ("R10.1"
     * finds R10.10 to R10.19, with or without the dot), otherwise by words, every word of the query appearing in the
     * long title (case-insensitive, word starts: "gallbl calcul" finds the calculus of gallbladder codes).
     */
    public java.util.List<IcdCode> search(String query, int limit) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty() || limit <= 0) {
            return java.util.List.of();
        }
        java.util.stream.Stream<String> keys;
        if (q.matches("(?i)[A-Z][0-9][0-9A-Z]?\\.?[0-9A-Z]{0,4}")) {
            String prefix = IcdCode.normalise(q);
            keys = lines.keySet().stream().filter(k -> k.startsWith(prefix));
        } else {
            java.util.List<java.util.regex.Pattern> words = java.util.Arrays.stream(q.toLowerCase(java.util.Locale.ROOT)
                            .split("[^a-z0-9]+")).filter(w -> !w.isEmpty())
                    .map(w -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(w),
                            java.util.regex.Pattern.CASE_INSENSITIVE)).toList();
            if (words.isEmpty()) {
                return java.util.List.of();
            }
            keys = lines.entrySet().stream()
                    .filter(e -> words.stream().allMatch(w -> w.matcher(e.getValue()).find()))
                    .map(Map.Entry::getKey);
        }
        return keys.sorted().limit(limit).map(this::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Number of entries. */
    public int size() {
        return lines.size();
    }

    /** Number of billable codes. */
    public long billableCount() {
        return lines.values().stream().filter(IcdCodeSet::billable).count();
    }

    /** The release label, e.g. "ICD-10-CM FY2026". */
    public String label() {
        return label;
    }

    private static boolean billable(String line) {
        return line.length() > 14 && line.charAt(14) == '1';
    }

    /** Fixed width: order 1-5, code 7-13, billable flag 15, short title 17-76, long title 78- (CDC order file). */
    static IcdCode parse(String code, String line) {
        String shortTitle = line.length() > 16 ? line.substring(16, Math.min(76, line.length())).trim() : "";
        String longTitle = line.length() > 77 ? line.substring(77).trim() : shortTitle;
        return new IcdCode(code, billable(line), shortTitle, longTitle);
    }

    private static String line(IcdCode c) {
        StringBuilder sb = new StringBuilder("00000 ");
        sb.append(c.code());
        while (sb.length() < 14) {
            sb.append(' ');
        }
        sb.append(c.billable() ? '1' : '0').append(' ').append(c.shortTitle());
        while (sb.length() < 77) {
            sb.append(' ');
        }
        return sb.append(c.longTitle()).toString();
    }
}
