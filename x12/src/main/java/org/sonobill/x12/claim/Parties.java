package org.sonobill.x12.claim;

import java.util.ArrayList;
import java.util.List;

/** Names, addresses, demographics and identifiers of one level (2000A, 2000B, 2000C) or payer loop (2320). */
final class Parties {
    Seg sbr;
    Seg pat;
    Seg prv;
    final List<Seg> names = new ArrayList<>();
    final List<Seg[]> addresses = new ArrayList<>();
    final List<Seg> refs = new ArrayList<>();
    Seg dmg;

    void add(Seg s) {
        switch (s.tag) {
            case "NM1" -> {
                names.add(s);
                addresses.add(new Seg[2]);
            }
            case "N3" -> addresses.get(addresses.size() - 1)[0] = s;
            case "N4" -> addresses.get(addresses.size() - 1)[1] = s;
            case "DMG" -> dmg = s;
            case "PAT" -> pat = s;
            case "PRV" -> prv = s;
            case "REF" -> refs.add(s);
            default -> {
                // PER, CUR and the like: not needed for a claim
            }
        }
    }

    Seg name(String entity) {
        for (Seg n : names) {
            if (entity.equals(n.get(1))) {
                return n;
            }
        }
        return null;
    }

    Address address(String entity) {
        for (int i = 0; i < names.size(); i++) {
            if (entity.equals(names.get(i).get(1))) {
                return SegValues.address(addresses.get(i));
            }
        }
        return null;
    }

    String ref(String qualifier) {
        for (Seg r : refs) {
            if (qualifier.equals(r.get(1))) {
                return r.get(2);
            }
        }
        return null;
    }
}
