package org.sonobill.engine.payer;

import java.util.List;
import java.util.Locale;

/**
 * A code, a range or a category, as payer policies and coverage articles write them: {@code 76856} or
 * {@code I50.9} (one code), {@code 76801-76828} or {@code I70.211-I70.269} (inclusive range in code order; a code
 * below the upper bound's subcategory counts), {@code O09*} or {@code O09.*} (every code of the category). Dots are
 * ignored, so {@code I5020} and {@code I50.20} are the same code.
 */
public record CodePattern(String text, String low, String high, boolean prefix) {

    /** Parses one pattern; the error names what was expected. */
    public static CodePattern parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw new IllegalArgumentException("expected a code, a range LOW-HIGH or a category ending in *, found an empty text");
        }
        if (t.endsWith("*")) {
            String p = norm(t.substring(0, t.length() - 1));
            check(p, text);
            return new CodePattern(text.trim(), p, p, true);
        }
        int dash = t.indexOf('-');
        if (dash > 0) {
            String lo = norm(t.substring(0, dash));
            String hi = norm(t.substring(dash + 1));
            check(lo, text);
            check(hi, text);
            if (lo.compareTo(hi) > 0) {
                throw new IllegalArgumentException("range \"" + text.trim() + "\" runs backwards; expected LOW-HIGH");
            }
            return new CodePattern(text.trim(), lo, hi, false);
        }
        String c = norm(t);
        check(c, text);
        return new CodePattern(text.trim(), c, c, false);
    }

    /** Parses a list; the error names the entry. */
    public static List<CodePattern> parseAll(List<String> texts) {
        return texts.stream().map(CodePattern::parse).toList();
    }

    private static String norm(String s) {
        return s.replace(".", "").trim();
    }

    private static void check(String s, String text) {
        if (!s.matches("[0-9A-Z]{1,8}")) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not a code, a range LOW-HIGH or a category "
                    + "ending in *");
        }
    }

    /** True when the code (with or without its dot) falls under the pattern. */
    public boolean matches(String code) {
        return code != null && matchesNormal(normal(code));
    }

    /** The form patterns compare: upper case, without the dot. */
    public static String normal(String code) {
        String c = code;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == '.' || Character.isLowerCase(ch)) {
                return norm(code.toUpperCase(Locale.ROOT));
            }
        }
        return c;
    }

    /** True when a code already in {@link #normal} form falls under the pattern. */
    public boolean matchesNormal(String c) {
        if (prefix) {
            return c.startsWith(low);
        }
        if (low.equals(high)) {
            return c.equals(low);
        }
        return c.compareTo(low) >= 0 && (c.compareTo(high) <= 0 || c.startsWith(high));
    }

    /** True when any pattern of the list matches. */
    public static boolean any(List<CodePattern> patterns, String code) {
        if (code == null || patterns.isEmpty()) {
            return false;
        }
        String c = normal(code);
        for (CodePattern p : patterns) {
            if (p.matchesNormal(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when the pattern is one exact code (no range, no category). */
    public boolean exact() {
        return !prefix && low.equals(high);
    }

    @Override
    public String toString() {
        return text;
    }
}
