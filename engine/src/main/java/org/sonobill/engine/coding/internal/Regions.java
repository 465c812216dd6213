package org.sonobill.engine.coding.internal;

import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.study.Laterality;

/**
 * Whether two services are in the same anatomic region, the test of NCCI Policy Manual ch. IX §H.8 (diagnostic study
 * and needle guidance) and of distinctness for NCCI-associated modifiers (ch. I §E: different site or side).
 * Retroperitoneum counts as abdomen; the limbs are distinct from each other; on a paired region (breast, limbs) the
 * right and left sides are distinct. When the documentation does not say (no region, "extremity" without the limb,
 * no side on a paired region), the answer is {@link Match#UNSURE} and the caller asks a person.
 */
final class Regions {
    /** The answer. */
    enum Match { SAME, DIFFERENT, UNSURE }

    private Regions() {
    }

    static Match compare(Catalogue c, String regionA, Laterality sideA, String regionB, Laterality sideB) {
        String a = c.regionGroup(regionA);
        String b = c.regionGroup(regionB);
        if (a == null || b == null) {
            return Match.UNSURE;
        }
        Match region;
        if (a.equals(b)) {
            region = Match.SAME;
        } else if (isLimb(a) && isLimb(b) && (a.equals("extremity") || b.equals("extremity"))) {
            region = Match.UNSURE;
        } else {
            return Match.DIFFERENT;
        }
        if (!c.pairedRegion(a) && !c.pairedRegion(b)) {
            return region;
        }
        if (sideA == null || sideB == null) {
            return Match.UNSURE;
        }
        if (sideA == Laterality.BILATERAL || sideB == Laterality.BILATERAL || sideA == sideB) {
            return region;
        }
        return Match.DIFFERENT;
    }

    private static boolean isLimb(String g) {
        return g.equals("extremity") || g.equals("upper-extremity") || g.equals("lower-extremity");
    }
}
