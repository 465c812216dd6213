package org.sonobill.x12.claim;

import java.util.ArrayList;
import java.util.List;

/** One segment as read: its id and its elements, each a list of components (one for a simple element). */
final class Seg {
    final String tag;
    final int position;
    private final List<List<String>> elements = new ArrayList<>(12);

    Seg(String tag, int position) {
        this.tag = tag;
        this.position = position;
    }

    void add(int element, int component, String text) {
        while (elements.size() < element) {
            elements.add(new ArrayList<>(1));
        }
        List<String> parts = elements.get(element - 1);
        int c = Math.max(1, component);
        while (parts.size() < c) {
            parts.add("");
        }
        parts.set(c - 1, text);
    }

    /** Element {@code e} (1-based), first component, or null when empty. */
    String get(int e) {
        return get(e, 1);
    }

    /** Component {@code c} of element {@code e} (both 1-based), or null when empty. */
    String get(int e, int c) {
        if (e > elements.size()) {
            return null;
        }
        List<String> parts = elements.get(e - 1);
        if (c > parts.size()) {
            return null;
        }
        String s = parts.get(c - 1);
        return s == null || s.isEmpty() ? null : s;
    }

    /** How many components element {@code e} has. */
    int components(int e) {
        return e > elements.size() ? 0 : elements.get(e - 1).size();
    }

    int size() {
        return elements.size();
    }

    boolean is(String t, String qualifier) {
        return tag.equals(t) && qualifier.equals(get(1));
    }
}
