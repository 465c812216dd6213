package org.sonobill.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The extra conformance layer: the bundled reference data, as the library loads it, against the project's shared
 * copies of the CMS and CDC files in {@code ../shared/data} (see its SOURCES.md), row for row. The folder is found
 * through the system property {@code sonobill.shared.dir}, which the parent POM's surefire configuration sets to
 * {@code ${maven.multiModuleProjectDirectory}/../shared}; without it every check is skipped.
 *
 * <p>The expected values are parsed here, independently of {@link CmsLoaders}.
 */
@Tag("conformance")
class ReferenceConformanceTest {
    private static final LocalDate Q3_2024 = LocalDate.of(2024, 7, 1);
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static Path data;
    private static ReferenceLibrary library;

    @BeforeAll
    static void sharedData() {
        String shared = System.getProperty("sonobill.shared.dir");
        Path d = shared == null || shared.isBlank() ? null : Path.of(shared, "data");
        if (d != null && Files.isDirectory(d)) {
            data = d;
            library = ReferenceLibrary.bundled();
        }
    }

    @BeforeEach
    void skipWithoutSharedData() {
        Assumptions.assumeTrue(data != null, "../shared/data not present: conformance checks skipped");
    }

    // ---------------------------------------------------------------- MUE

    @Test
    void everyPractitionerMueRowEqualsTheBundledTable() throws IOException {
        checkMue("cms/ncci/ncci_mue_prac_2024-07-01.csv", false, 14_677);
    }

    @Test
    void everyOutpatientHospitalMueRowEqualsTheBundledTable() throws IOException {
        checkMue("cms/ncci/ncci_mue_out_2024-07-01.csv", true, 14_628);
    }

    private static void checkMue(String file, boolean hospital, int expectedRows) throws IOException {
        List<List<String>> rows = csvRows(data.resolve(file), "HCPCS");
        MueTable t = library.mue(hospital, Q3_2024).table();
        assertThat(rows).hasSize(expectedRows);
        assertThat(t.size()).isEqualTo(rows.size());
        List<String> wrong = new ArrayList<>();
        for (List<String> r : rows) {
            Mue m = t.get(r.get(0));
            int mai = Character.getNumericValue(r.get(2).charAt(0));
            if (m == null || m.units() != Integer.parseInt(r.get(1)) || m.adjudication().indicator() != mai
                    || !m.rationale().equals(r.get(3))) {
                wrong.add(r + " -> " + m);
            }
        }
        assertThat(wrong).as(file + " rows not equal in the bundled table").isEmpty();
    }

    // ---------------------------------------------------------------- AOC

    @Test
    void everyAddOnCodeEditRowIsReflectedInTheBundledTable() throws IOException {
        List<List<String>> rows = csvRows(data.resolve("cms/ncci/ncci_aoc_add_on_code_edits_2024-06.csv"), "Add-on Code");
        AddOnTable t = library.addOns(Q3_2024).table();
        assertThat(rows).hasSize(7_465);
        Set<String> addOns = new HashSet<>();
        SoftAssertions soft = new SoftAssertions();
        for (List<String> r : rows) {
            String addOn = r.get(0);
            String primary = r.get(1);
            int type = Integer.parseInt(r.get(2));
            addOns.add(addOn);
            AddOnEdit e = t.get(addOn);
            soft.assertThat(e).as(addOn).isNotNull();
            if (e == null) {
                continue;
            }
            soft.assertThat(e.type()).as("%s type", addOn).isEqualTo(type);
            if (primary.equals("CCCCC")) {
                soft.assertThat(e.primaries()).as("%s: CCCCC is not a code", addOn).doesNotContain("CCCCC");
            } else {
                soft.assertThat(e.primaries()).as("%s primaries", addOn).contains(primary);
                soft.assertThat(e.acceptsPrimary(primary)).as("%s with %s", addOn, primary).isTrue();
            }
        }
        soft.assertAll();
        assertThat(t.size()).isEqualTo(addOns.size());
        assertThat(t.get("76937").type()).isEqualTo(2);
        assertThat(t.get("93320").acceptsPrimary("93303")).isTrue();
        assertThat(t.get("93320").acceptsPrimary("93306")).as("93306 includes the Doppler: not listed").isFalse();
    }

    // ---------------------------------------------------------------- PTP

    @Test
    void everyPractitionerPtpRowOfTheUltrasoundSubsetIsInTheBundledTable() throws IOException {
        checkPtp("cms/ncci/ncci_ptp_prac_2024q3_ultrasound_subset.txt", false, 36_972);
    }

    @Test
    void everyHospitalPtpRowOfTheUltrasoundSubsetIsInTheBundledTable() throws IOException {
        checkPtp("cms/ncci/ncci_ptp_out_2024q3_ultrasound_subset.txt", true, 29_291);
    }

    private static void checkPtp(String file, boolean hospital, int expectedRows) throws IOException {
        List<String[]> rows = ptpRows(data.resolve(file));
        PtpTable t = library.ptp(hospital, Q3_2024).table();
        assertThat(rows).hasSize(expectedRows);
        assertThat(t.size()).isEqualTo(rows.size());
        List<String> missing = new ArrayList<>();
        for (String[] r : rows) {
            LocalDate del = r[4].equals("*") || r[4].isEmpty() ? null : LocalDate.parse(r[4], YYYYMMDD);
            int ind = Integer.parseInt(r[5]);
            String rationale = r.length > 6 ? r[6] : "";
            boolean found = t.history(r[0], r[1]).stream().anyMatch(e -> e.modifierIndicator() == ind
                    && java.util.Objects.equals(e.deletion(), del) && e.effective() == null && e.rationale().equals(rationale));
            if (!found) {
                missing.add(String.join("|", r) + " -> " + t.history(r[0], r[1]));
            }
        }
        assertThat(missing).as(file + " rows not found with the same indicator, deletion date and rationale").isEmpty();
    }

    @Test
    @Timeout(60)
    void loadsTheFullPractitionerPtpTableAndFindsItsPairs() throws IOException {
        Path full = data.resolve("cms/ncci/ncci_ptp_prac_2024q3_full.txt.gz");
        Assumptions.assumeTrue(Files.isRegularFile(full), full + " not present");

        List<String[]> spots = new ArrayList<>();
        int dataLines = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(full), 1 << 16), StandardCharsets.ISO_8859_1), 1 << 16)) {
            String line;
            boolean header = false;
            while ((line = r.readLine()) != null) {
                if (!header) {
                    header = line.startsWith("Column 1\t");
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                if (dataLines % 50_000 == 0) {
                    spots.add(line.split("\t", -1));
                }
                dataLines++;
            }
        }
        long t0 = System.nanoTime();
        PtpTable t = CmsLoaders.ptp(TextSource.of(full));
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertThat(dataLines).as("SOURCES.md: 2,546,017 rows").isEqualTo(2_546_017);
        assertThat(t.size()).isEqualTo(dataLines);
        assertThat(spots).hasSizeGreaterThan(50);
        for (String[] s : spots) {
            LocalDate del = s[4].equals("*") ? null : LocalDate.parse(s[4], YYYYMMDD);
            assertThat(t.history(s[0], s[1])).as("%s/%s", s[0], s[1]).anySatisfy(e -> {
                assertThat(e.modifierIndicator()).isEqualTo(Integer.parseInt(s[5]));
                assertThat(e.deletion()).isEqualTo(del);
            });
            if (del == null) {
                assertThat(t.find(s[0], s[1], Q3_2024)).as("%s/%s in force", s[0], s[1]).isNotNull();
            }
        }
        // the full table agrees with the bundled ultrasound subset
        PtpTable subset = library.ptp(false, Q3_2024).table();
        assertThat(t.find("76700", "76705", Q3_2024).modifierIndicator())
                .isEqualTo(subset.find("76700", "76705", Q3_2024).modifierIndicator());
        System.out.printf("full practitioner PTP table: %,d rows loaded in %,d ms%n", t.size(), ms);
    }

    // ---------------------------------------------------------------- ICD-10-CM

    @Test
    void theBundledIcdCodeSetsHaveTheOfficialCountsAndEveryBillableCode() throws IOException {
        int[] years = {2024, 2025, 2026};
        long[] billable = {74_044, 74_260, 74_719};
        int[] entries = {97_296, 97_584, 98_186};
        for (int i = 0; i < years.length; i++) {
            int fy = years[i];
            IcdCodeSet set = library.icd10cm(LocalDate.of(fy - 1, 10, 1)).table();
            assertThat(set.label()).isEqualTo("ICD-10-CM FY" + fy);
            assertThat(set.billableCount()).as("FY%d billable", fy).isEqualTo(billable[i]);

            List<String[]> order = tsv(data.resolve("icd10cm/icd10cm_order_" + fy + ".tsv.gz"));
            assertThat(order).as("FY%d order file entries", fy).hasSize(entries[i]);
            assertThat(set.size()).as("FY%d entries", fy).isEqualTo(order.size());
            List<String> wrong = new ArrayList<>();
            for (String[] o : order) {
                IcdCode c = set.get(o[1]);
                if (c == null || c.billable() != o[3].equals("1") || !c.shortTitle().equals(o[4])
                        || !c.longTitle().equals(o[5]) || !c.equals(set.get(o[2]))) {
                    wrong.add(String.join("|", o) + " -> " + c);
                }
            }
            assertThat(wrong).as("FY%d order entries not equal in the bundled set", fy).isEmpty();
            List<String[]> codes = tsv(data.resolve("icd10cm/icd10cm_codes_" + fy + ".tsv"));
            assertThat(codes).as("FY%d billable codes file", fy).hasSize((int) billable[i]);
            List<String> notBillable = new ArrayList<>();
            for (String[] c : codes) {
                IcdCode code = set.get(c[0]);
                if (code == null || !code.billable() || set.get(c[1]) == null) {
                    notBillable.add(c[1] + " -> " + code);
                }
            }
            assertThat(notBillable).as("FY%d billable codes not billable in the bundled set", fy).isEmpty();
        }
    }

    // ---------------------------------------------------------------- PFS

    @Test
    void feeScheduleIndicatorsEqualTheSharedPprrvuRows() throws IOException {
        List<String[]> rows = tsv(data.resolve("cms/pfs/pprrvu_2024_jul_ultrasound_subset.tsv"));
        String[] header = headerOf(data.resolve("cms/pfs/pprrvu_2024_jul_ultrasound_subset.tsv"));
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            col.put(header[i], i);
        }
        FeeSchedule fs = library.feeSchedule(Q3_2024).table();
        assertThat(rows).hasSize(352);
        assertThat(fs.size()).isEqualTo(rows.size());
        SoftAssertions soft = new SoftAssertions();
        for (String[] r : rows) {
            String code = r[col.get("HCPCS")];
            String mod = r[col.get("MOD")];
            RvuRow row = fs.row(code, mod);
            String what = code + (mod.isEmpty() ? "" : "-" + mod);
            soft.assertThat(row).as(what).isNotNull();
            if (row == null) {
                continue;
            }
            soft.assertThat(row.pcTcIndicator()).as("%s PCTC IND", what).isEqualTo(Integer.parseInt(r[col.get("PCTC IND")]));
            soft.assertThat(row.bilateral()).as("%s BILAT SURG", what).isEqualTo(Integer.parseInt(r[col.get("BILAT SURG")]));
            soft.assertThat(row.multipleProcedure()).as("%s MULT PROC", what).isEqualTo(Integer.parseInt(r[col.get("MULT PROC")]));
            soft.assertThat(row.globalDays()).as("%s GLOB DAYS", what).isEqualTo(r[col.get("GLOB DAYS")]);
            soft.assertThat(row.status()).as("%s STATUS CODE", what).isEqualTo(r[col.get("STATUS CODE")]);
            soft.assertThat(row.workRvu()).as("%s WORK RVU", what).isEqualByComparingTo(r[col.get("WORK RVU")]);
            soft.assertThat(row.conversionFactor()).as("%s CONV FACTOR", what).isEqualByComparingTo(r[col.get("CONV FACTOR")]);
            soft.assertThat(row.imagingFamily()).as("%s imaging family", what)
                    .isEqualTo(r[col.get("DIAGNOSTIC IMAGING FAMILY INDICATOR")]);
        }
        soft.assertAll();
    }

    // ---------------------------------------------------------------- POS

    @Test
    void placeOfServiceCodesAndFacilityFlagsEqualTheSharedList() throws IOException {
        List<List<String>> rows = csvRows(data.resolve("cms/codes/place_of_service_codes_2024.csv"), "pos_code");
        PlaceOfServiceTable t = library.placesOfService(Q3_2024).table();
        assertThat(rows).hasSize(99);
        List<String> wrong = new ArrayList<>();
        int assigned = 0;
        for (List<String> r : rows) {
            PlaceOfService p = t.get(r.get(0));
            if (r.get(3).equalsIgnoreCase("Unassigned")) {
                if (p != null) {
                    wrong.add(r.get(0) + " is unassigned by CMS but in the table");
                }
                continue;
            }
            assigned++;
            if (p == null || p.facility() != r.get(3).equalsIgnoreCase("Facility")) {
                wrong.add(r.get(0) + " " + r.get(3) + " -> " + p);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(assigned).isEqualTo(52);
        assertThat(t.size()).isEqualTo(assigned);
    }

    @Test
    void placeOfServiceNamesReadAsWrittenInTheSharedUtf8List() throws IOException {
        // e.g. 02 "Telehealth Provided Other than in Patient’s Home": the list is UTF-8 with typographic apostrophes
        List<List<String>> rows = csvRows(data.resolve("cms/codes/place_of_service_codes_2024.csv"), "pos_code");
        PlaceOfServiceTable t = library.placesOfService(Q3_2024).table();
        List<String> wrong = new ArrayList<>();
        for (List<String> r : rows) {
            PlaceOfService p = t.get(r.get(0));
            if (p != null && !p.name().equals(r.get(1))) {
                wrong.add(r.get(0) + " \"" + r.get(1) + "\" read as \"" + p.name() + "\"");
            }
        }
        assertThat(wrong).isEmpty();
    }

    // ---------------------------------------------------------------- CARC / RARC

    @Test
    void everyCarcOfTheSharedListIsShippedWithItsDescriptionAndDates() throws IOException {
        checkCodeList("cms/codes/carc_claim_adjustment_reason_codes_2024-06.csv",
                library.carcs(Q3_2024).table(), 405);
    }

    @Test
    void everyRarcOfTheSharedListIsShippedWithItsDescriptionAndStartDate() throws IOException {
        checkCodeList("cms/codes/rarc_remittance_advice_remark_codes_2024-06.csv",
                library.rarcs(Q3_2024).table(), 1_171);
    }

    private static void checkCodeList(String file, AdjustmentCodeList list, int expected) throws IOException {
        List<List<String>> rows = csvRows(data.resolve(file), "code,");
        String[] header = headerOf(data.resolve(file))[0].split(",");
        int stopCol = List.of(header).indexOf("stop_date");
        int startCol = List.of(header).indexOf("start_date");
        assertThat(rows).hasSize(expected);
        assertThat(list.size()).isEqualTo(expected);
        List<String> wrong = new ArrayList<>();
        for (List<String> r : rows) {
            AdjustmentCode c = list.get(r.get(0)).orElse(null);
            LocalDate start = LocalDate.parse(r.get(startCol));
            boolean stopOk = stopCol < 0 || (r.get(stopCol).isEmpty() ? c == null || c.stop() == null
                    : c != null && LocalDate.parse(r.get(stopCol)).equals(c.stop()));
            if (c == null || !c.description().equals(r.get(1).trim()) || !c.start().equals(start) || !stopOk) {
                wrong.add(r + " -> " + c);
            }
        }
        assertThat(wrong).as(file + " rows not equal in the shipped list").isEmpty();
    }

    // ---------------------------------------------------------------- independent readers

    /** Data rows of a CSV (RFC 4180 quoting, no embedded line breaks), after the header line starting with {@code headerStart}. */
    private static List<List<String>> csvRows(Path file, String headerStart) throws IOException {
        List<List<String>> out = new ArrayList<>();
        boolean header = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!header) {
                header = line.startsWith(headerStart);
                continue;
            }
            if (!line.isBlank()) {
                out.add(splitCsv(line));
            }
        }
        assertThat(header).as(file + " header").isTrue();
        return out;
    }

    private static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cur.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** The PTP rows after the title and header lines, split on tabs. */
    private static List<String[]> ptpRows(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        assertThat(lines.get(0)).isEqualTo("Column1/Column 2 Edits");
        assertThat(lines.get(1)).startsWith("Column 1\tColumn 2\t");
        for (String line : lines.subList(2, lines.size())) {
            if (!line.isBlank()) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    /** Rows of a tab-separated file (gzip when the name ends .gz) after its header line. */
    private static List<String[]> tsv(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = reader(file)) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty()) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }

    private static String[] headerOf(Path file) throws IOException {
        try (BufferedReader r = reader(file)) {
            return r.readLine().split("\t", -1);
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
