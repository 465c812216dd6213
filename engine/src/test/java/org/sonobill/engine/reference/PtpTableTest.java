package org.sonobill.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PTP edits are in force from their effective date through their deletion date (both inclusive; NCCI Policy Manual,
 * Introduction), for the ordered pair (column 1, column 2) only.
 */
class PtpTableTest {
    private static final LocalDate D2023_12_31 = LocalDate.of(2023, 12, 31);
    private static final LocalDate D2024_01_01 = LocalDate.of(2024, 1, 1);

    @TempDir
    Path dir;

    private static PtpTable table(Object[]... rows) {
        PtpTable.Builder b = new PtpTable.Builder();
        for (Object[] r : rows) {
            assertThat(b.add((String) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3], (Integer) r[4], (String) r[5]))
                    .as("row %s/%s accepted", r[0], r[1]).isTrue();
        }
        return b.build();
    }

    private static Object[] row(String c1, String c2, LocalDate eff, LocalDate del, int ind, String rationale) {
        return new Object[] {c1, c2, eff, del, ind, rationale};
    }

    @Test
    void anEditDeletedOn20231231AppliesThatDayAndNotTheNext() {
        PtpTable t = table(row("76700", "76705", null, D2023_12_31, 1, "HCPCS/CPT procedure code definition"));

        assertThat(t.find("76700", "76705", D2023_12_31)).isNotNull();
        assertThat(t.find("76700", "76705", D2024_01_01)).isNull();
        assertThat(t.history("76700", "76705")).singleElement()
                .satisfies(e -> {
                    assertThat(e.activeOn(D2023_12_31)).isTrue();
                    assertThat(e.activeOn(D2024_01_01)).isFalse();
                });
    }

    @Test
    void anEditEffective20240401DoesNotApplyOn20240331() {
        PtpTable t = table(row("76942", "76998", LocalDate.of(2024, 4, 1), null, 1, "Misuse of column two code"));

        assertThat(t.find("76942", "76998", LocalDate.of(2024, 3, 31))).isNull();
        assertThat(t.find("76942", "76998", LocalDate.of(2024, 4, 1))).isNotNull();
        assertThat(t.find("76942", "76998", LocalDate.of(2099, 1, 1))).as("never deleted").isNotNull();
    }

    @Test
    void readsTheSameBoundariesFromTheCmsText() throws IOException {
        Path f = dir.resolve("ptp.txt");
        Files.writeString(f, "Column1/Column 2 Edits\r\n"
                + "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier\tPTP Edit Rationale\r\n"
                + "76700\t76705\t\t\t20231231\t1\tdeleted at the end of 2023\r\n"
                + "76942\t76998\t\t20240401\t*\t1\tnew in 2024Q2\r\n", StandardCharsets.US_ASCII);

        PtpTable t = CmsLoaders.ptp(TextSource.of(f));

        assertThat(t.find("76700", "76705", D2023_12_31)).isNotNull();
        assertThat(t.find("76700", "76705", D2024_01_01)).isNull();
        assertThat(t.find("76942", "76998", LocalDate.of(2024, 3, 31))).isNull();
        assertThat(t.find("76942", "76998", LocalDate.of(2024, 4, 1))).isNotNull();
    }

    @Test
    void aPairWithSeveralDateRangesAnswersWithTheRowInForceOnTheDate() {
        PtpTable t = table(
                row("0387T", "76942", LocalDate.of(2013, 1, 1), LocalDate.of(2015, 12, 31), 1, "Misuse of column two code"),
                row("76856", "76830", null, null, 9, "unrelated pair"),
                row("0387T", "76942", LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31), 0, "CPT Manual instruction"));

        assertThat(t.find("0387T", "76942", LocalDate.of(2012, 12, 31))).isNull();
        PtpEdit first = t.find("0387T", "76942", LocalDate.of(2015, 12, 31));
        assertThat(first.modifierIndicator()).isEqualTo(1);
        assertThat(first.rationale()).isEqualTo("Misuse of column two code");
        PtpEdit second = t.find("0387T", "76942", LocalDate.of(2016, 1, 1));
        assertThat(second.modifierIndicator()).isZero();
        assertThat(second.rationale()).isEqualTo("CPT Manual instruction");
        assertThat(t.find("0387T", "76942", LocalDate.of(2019, 1, 1))).isNull();
        assertThat(t.history("0387T", "76942")).extracting(PtpEdit::deletion)
                .containsExactly(LocalDate.of(2015, 12, 31), LocalDate.of(2018, 12, 31));
    }

    @Test
    void keepsIdenticalDuplicateRowsOfAPair() {
        PtpTable t = table(row("76700", "76705", null, null, 1, "a"), row("76700", "76705", null, null, 1, "a"));

        assertThat(t.size()).isEqualTo(2);
        assertThat(t.history("76700", "76705")).hasSize(2);
        assertThat(t.find("76700", "76705", D2024_01_01)).isNotNull();
    }

    @Test
    void directionMattersColumnOneThenColumnTwo() {
        PtpTable t = table(row("93306", "93320", null, null, 0, "HCPCS/CPT procedure code definition"));

        PtpEdit e = t.find("93306", "93320", D2024_01_01);
        assertThat(e.column1()).isEqualTo("93306");
        assertThat(e.column2()).isEqualTo("93320");
        assertThat(t.find("93320", "93306", D2024_01_01)).isNull();
        assertThat(t.history("93320", "93306")).isEmpty();
    }

    @Test
    void bothDirectionsCanBeEditsOfTheirOwn() {
        PtpTable t = table(row("76856", "76830", null, null, 1, "forward"), row("76830", "76856", null, null, 0, "backward"));

        assertThat(t.find("76856", "76830", D2024_01_01).rationale()).isEqualTo("forward");
        assertThat(t.find("76830", "76856", D2024_01_01).rationale()).isEqualTo("backward");
    }

    @Test
    void refusesRowsWithInvalidCodesAndFindsNothingForThem() {
        PtpTable.Builder b = new PtpTable.Builder();

        assertThat(b.add("7670", "76705", null, null, 1, "")).isFalse();
        assertThat(b.add("767000", "76705", null, null, 1, "")).isFalse();
        assertThat(b.add("76700", "767-5", null, null, 1, "")).isFalse();
        assertThat(b.add(null, "76705", null, null, 1, "")).isFalse();
        assertThat(b.add("76700", "76705", null, null, 1, null)).isTrue();
        PtpTable t = b.build();

        assertThat(t.size()).isEqualTo(1);
        assertThat(t.find("7670", "76705", D2024_01_01)).isNull();
        assertThat(t.find("76700", "", D2024_01_01)).isNull();
        assertThat(t.find("76700", null, D2024_01_01)).isNull();
        assertThat(t.history("76700", "76 05")).isEmpty();
        assertThat(t.find("76700", "76705", D2024_01_01).rationale()).as("null rationale kept as empty").isEmpty();
    }

    @Test
    void anEmptyTableFindsNothing() {
        PtpTable t = new PtpTable.Builder().build();

        assertThat(t.size()).isZero();
        assertThat(t.find("76700", "76705", D2024_01_01)).isNull();
        assertThat(t.history("76700", "76705")).isEmpty();
    }

    /**
     * Many shuffled rows over few codes, so every pair has several rows in random order: after the table's own sort,
     * each pair's history is its rows in the order added, and find gives the first row in force, exactly as a
     * linear scan does.
     */
    @Test
    void agreesWithALinearScanOverManyShuffledRowsWithRepeatedPairs() {
        Random rnd = new Random(20240701);
        String[] codes = {"76700", "76705", "76770", "76775", "76856", "76830", "93306", "93320", "0387T", "G0389", "76942"};
        List<Object[]> rows = new ArrayList<>();
        PtpTable.Builder b = new PtpTable.Builder();
        for (int i = 0; i < 30_000; i++) {
            String c1 = codes[rnd.nextInt(codes.length)];
            String c2 = codes[rnd.nextInt(codes.length)];
            LocalDate eff = rnd.nextInt(4) == 0 ? null : LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3650));
            LocalDate del = rnd.nextInt(2) == 0 ? null : LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3650));
            int ind = new int[] {0, 1, 9}[rnd.nextInt(3)];
            String why = "r" + i;
            rows.add(new Object[] {c1, c2, eff, del, ind, why});
            b.add(c1, c2, eff, del, ind, why);
        }
        PtpTable t = b.build();
        assertThat(t.size()).isEqualTo(rows.size());

        for (String c1 : codes) {
            for (String c2 : codes) {
                List<String> expected = rows.stream().filter(r -> r[0].equals(c1) && r[1].equals(c2)).map(r -> (String) r[5]).toList();
                assertThat(t.history(c1, c2)).extracting(PtpEdit::rationale).as("%s/%s", c1, c2).containsExactlyElementsOf(expected);
                for (int k = 0; k < 20; k++) {
                    LocalDate dos = LocalDate.of(2014, 6, 1).plusDays(rnd.nextInt(4200));
                    Object[] first = rows.stream().filter(r -> r[0].equals(c1) && r[1].equals(c2))
                            .filter(r -> new PtpEdit(c1, c2, (LocalDate) r[2], (LocalDate) r[3], 0, "").activeOn(dos))
                            .findFirst().orElse(null);
                    PtpEdit found = t.find(c1, c2, dos);
                    if (first == null) {
                        assertThat(found).as("%s/%s on %s", c1, c2, dos).isNull();
                    } else {
                        assertThat(found).as("%s/%s on %s", c1, c2, dos).isNotNull();
                        assertThat(found.rationale()).isEqualTo(first[5]);
                        assertThat(found.modifierIndicator()).isEqualTo(first[4]);
                        assertThat(found.activeOn(dos)).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void keepsEveryRationaleEvenWithMoreDistinctTextsThanAShortCanCount() {
        PtpTable.Builder b = new PtpTable.Builder();
        for (int i = 0; i < 40_000; i++) {
            b.add(String.format("%05d", i), "76705", null, null, 1, "rationale " + i);
        }
        PtpTable t = b.build();

        assertThat(t.find("00001", "76705", D2024_01_01).rationale()).isEqualTo("rationale 1");
        assertThat(t.find("39999", "76705", D2024_01_01).rationale()).isEqualTo("rationale 39999");
    }

    @Test
    void modifierIndicatorOneAloneAllowsABypassModifier() {
        assertThat(new PtpEdit("a", "b", null, null, 1, "").modifierAllowed()).isTrue();
        assertThat(new PtpEdit("a", "b", null, null, 0, "").modifierAllowed()).isFalse();
        assertThat(new PtpEdit("a", "b", null, null, 9, "").modifierAllowed()).isFalse();
    }
}
