package org.sonobill.engine.scrub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.claim.ClaimLine;

/** Properties of the scrubber: order of lines does not matter; a bypass modifier never clears an indicator-0 edit. */
class ScrubberPropertiesTest {
    private static final List<List<String>> LINES = List.of(List.of("76700", "26"), List.of("76705", "26", "XS"),
            List.of("76641", "26", "RT"), List.of("76536", "26"), List.of("76942", "26", "XS"), List.of("93306", "26"));

    @Test
    void aClaimThatPassesKeepsPassingWhenItsLinesAreReordered() {
        qt().forAll(integers().allPositive()).checkAssert(seed -> {
            List<ClaimLine> lines = new ArrayList<>();
            for (int i = 0; i < LINES.size(); i++) {
                List<String> l = LINES.get(i);
                lines.add(ScrubberTest.line(i + 1, l.get(0), l.subList(1, l.size()).toArray(new String[0])));
            }
            ScrubResult before = ScrubberTest.SCRUBBER.scrub(ScrubberTest.claim(lines), ScrubberTest.CTX);
            List<ClaimLine> shuffled = new ArrayList<>(lines);
            Collections.shuffle(shuffled, new Random(seed));
            ScrubResult after = ScrubberTest.SCRUBBER.scrub(ScrubberTest.claim(shuffled), ScrubberTest.CTX);
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(keys(after)).isEqualTo(keys(before));
        });
    }

    @Test
    void addingABypassModifierToAnIndicator0PairNeverClearsIt() {
        List<String> bypass = List.of("59", "XE", "XS", "XP", "XU");
        qt().forAll(integers().between(0, 4), integers().between(0, 4)).checkAssert((a, b) -> {
            ScrubResult r = ScrubberTest.SCRUBBER.scrub(ScrubberTest.claim(List.of(
                    ScrubberTest.line(1, "93880", "26", bypass.get(a)), ScrubberTest.line(2, "93882", "26", bypass.get(b)))),
                    ScrubberTest.CTX);
            assertThat(ScrubberTest.codes(r)).contains("SB-CLM-001");
        });
    }

    private static Set<String> keys(ScrubResult r) {
        return r.findings().stream().map(f -> f.code() + "|" + f.lineCode()).collect(Collectors.toCollection(TreeSet::new));
    }

}
