package org.sonobill.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.coding.CodedLine;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.finding.FindingCode;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.study.StudyJsonReader;

/**
 * The reference library: the bundled versions of the manifest, the version in force on a date of service, and
 * imports that are checked before anything is written and govern only dates on or after their effective date.
 */
class ReferenceLibraryTest {
    private static ReferenceLibrary bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        bundled = ReferenceLibrary.bundled();
    }

    /** One manifest row: kind, effective, resource, label, provenance. */
    record ManifestRow(String kind, LocalDate effective, String resource, String label, String provenance) {
    }

    private static List<ManifestRow> manifest() throws IOException {
        List<ManifestRow> out = new ArrayList<>();
        try (InputStream in = ReferenceLibraryTest.class.getResourceAsStream("/reference/manifest.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(new ManifestRow(f[0], LocalDate.parse(f[1]), f[2], f[3], f.length > 4 ? f[4] : ""));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- bundled versions

    @Test
    void bundledListsEveryVersionOfTheManifest() throws IOException {
        List<ManifestRow> rows = manifest();
        List<DataVersion> versions = bundled.versions();

        assertThat(rows).hasSize(13);
        assertThat(versions).hasSameSizeAs(rows);
        for (ManifestRow m : rows) {
            assertThat(versions).as(m.toString()).anySatisfy(v -> {
                assertThat(v.kind().key()).isEqualTo(m.kind());
                assertThat(v.effective()).isEqualTo(m.effective());
                assertThat(v.label()).isEqualTo(m.label());
                assertThat(v.provenance()).isEqualTo(m.provenance());
                assertThat(v.origin()).isEqualTo("bundled");
            });
        }
        assertThat(versions).extracting(DataVersion::kind).contains(DatasetKind.values());
    }

    @Test
    void everyBundledFileIsOnTheClasspathAndLoads() throws IOException {
        for (ManifestRow m : manifest()) {
            assertThat(ReferenceLibraryTest.class.getResource("/reference/" + m.resource())).as(m.resource()).isNotNull();
        }
        for (DataVersion v : bundled.versions()) {
            assertThat(bundled.rowsOf(v)).as(v.label()).isPositive();
        }
    }

    @Test
    void theIcdCodeSetIsChosenByFiscalYearOfTheDateOfService() {
        assertThat(bundled.icd10cm(LocalDate.of(2023, 10, 1)).version().label()).isEqualTo("ICD-10-CM FY2024");
        assertThat(bundled.icd10cm(LocalDate.of(2024, 9, 30)).version().label()).isEqualTo("ICD-10-CM FY2024");
        assertThat(bundled.icd10cm(LocalDate.of(2024, 10, 1)).version().label()).isEqualTo("ICD-10-CM FY2025");
        assertThat(bundled.icd10cm(LocalDate.of(2025, 9, 30)).version().label()).isEqualTo("ICD-10-CM FY2025");
        assertThat(bundled.icd10cm(LocalDate.of(2025, 10, 1)).version().label()).isEqualTo("ICD-10-CM FY2026");
        assertThat(bundled.icd10cm(LocalDate.of(2027, 3, 1)).version().label()).as("latest stays in force").isEqualTo("ICD-10-CM FY2026");
        assertThat(bundled.icd10cm(LocalDate.of(2024, 9, 30)).fallback()).isFalse();
    }

    @Test
    void theChosenCodeSetIsThatYearsCodes() {
        // E11.A (type 2 diabetes in remission) is new in FY2026; E66.811 exists from FY2025 on.
        assertThat(bundled.icd10cm(LocalDate.of(2025, 9, 30)).table().get("E11.A")).isNull();
        assertThat(bundled.icd10cm(LocalDate.of(2025, 10, 1)).table().get("E11.A").billable()).isTrue();
        assertThat(bundled.icd10cm(LocalDate.of(2024, 9, 30)).table().get("E66.811")).isNull();
        assertThat(bundled.icd10cm(LocalDate.of(2024, 10, 1)).table().get("E66.811").billable()).isTrue();
        assertThat(bundled.icd10cm(LocalDate.of(2024, 10, 1)).table().label()).isEqualTo("ICD-10-CM FY2025");
    }

    @Test
    void aDateBeforeEveryVersionFallsBackToTheEarliestAndSaysSo() {
        Versioned.Selection<IcdCodeSet> s = bundled.icd10cm(LocalDate.of(2023, 9, 30));

        assertThat(s.fallback()).isTrue();
        assertThat(s.version().label()).isEqualTo("ICD-10-CM FY2024");
        Versioned.Selection<PtpTable> ptp = bundled.ptp(false, LocalDate.of(2024, 6, 30));
        assertThat(ptp.fallback()).isTrue();
        assertThat(ptp.version().effective()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(bundled.ptp(false, LocalDate.of(2024, 7, 1)).fallback()).isFalse();
    }

    @Test
    void eachDatasetAnswersFromItsOwnTable() {
        LocalDate dos = LocalDate.of(2025, 3, 14);

        assertThat(bundled.ptp(false, dos).version().kind()).isEqualTo(DatasetKind.PTP_PRACTITIONER);
        assertThat(bundled.ptp(true, dos).version().kind()).isEqualTo(DatasetKind.PTP_HOSPITAL);
        assertThat(bundled.mue(false, dos).table().get("76700").units()).isEqualTo(1);
        assertThat(bundled.mue(true, dos).version().kind()).isEqualTo(DatasetKind.MUE_HOSPITAL);
        assertThat(bundled.addOns(dos).table().get("93320").acceptsPrimary("93303")).isTrue();
        assertThat(bundled.feeSchedule(dos).table().global("93880").bilateral()).isEqualTo(2);
        assertThat(bundled.placesOfService(dos).table().get("22").facility()).isTrue();
        assertThat(bundled.ptp(false, dos).table().find("76700", "76705", dos).modifierIndicator()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- imports

    private static final String PTP_HEADER = "Column1/Column 2 Edits\r\n"
            + "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
            + "Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\r\n";

    /** A made-up 2026 quarter: one new indicator-0 pair of two real codes (76856 with 76830 was deleted in 2004). */
    private Path madeUpPtpFile() throws IOException {
        Path f = dir.resolve("incoming").resolve("ccipra-v321r0-f1.txt");
        Files.createDirectories(f.getParent());
        Files.writeString(f, PTP_HEADER + "76856\t76830\t\t20260101\t*\t0\tTest pair: not payable together\r\n",
                StandardCharsets.US_ASCII);
        return f;
    }

    private Path dataDir() {
        return dir.resolve("reference");
    }

    @Test
    void aBrokenFileIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, PTP_HEADER + "76856\t76830\t\t20260101\t*\t0\tok\r\n76700\t76705\t\t20260101\t*\t7\tbad\r\n");
        ReferenceLibrary lib = ReferenceLibrary.withUserData(dataDir());

        assertThatThrownBy(() -> lib.importFile(DatasetKind.PTP_PRACTITIONER, broken, LocalDate.of(2026, 1, 1), "broken"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith(broken + ":4: ")
                .hasMessageContaining("modifier indicator");

        assertThat(dataDir().resolve("manifest.tsv")).doesNotExist();
        assertThat(filesUnder(dataDir())).isEmpty();
        assertThat(lib.versions()).hasSameSizeAs(bundled.versions());
        assertThat(ReferenceLibrary.withUserData(dataDir()).versions()).hasSameSizeAs(bundled.versions());
    }

    @Test
    void aBrokenFileDoesNotDisturbEarlierImports() throws IOException {
        ReferenceLibrary lib = ReferenceLibrary.withUserData(dataDir());
        lib.importFile(DatasetKind.PTP_PRACTITIONER, madeUpPtpFile(), LocalDate.of(2026, 1, 1), "2026Q1");
        String manifestBefore = Files.readString(dataDir().resolve("manifest.tsv"));
        List<Path> filesBefore = filesUnder(dataDir());
        Path broken = dir.resolve("broken-mue.csv");
        Files.writeString(broken, "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator\n76700,one,3\n");

        assertThatThrownBy(() -> lib.importFile(DatasetKind.MUE_PRACTITIONER, broken, LocalDate.of(2026, 1, 1), "bad"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith(broken + ":2: ");

        assertThat(Files.readString(dataDir().resolve("manifest.tsv"))).isEqualTo(manifestBefore);
        assertThat(filesUnder(dataDir())).isEqualTo(filesBefore);
    }

    @Test
    void aMissingFileIsRefused() {
        ReferenceLibrary lib = ReferenceLibrary.withUserData(dataDir());
        Path missing = dir.resolve("nope.txt");

        assertThatThrownBy(() -> lib.importFile(DatasetKind.AOC, missing, LocalDate.of(2026, 1, 1), "x"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining(missing.toString());
        assertThat(dataDir()).doesNotExist();
    }

    @Test
    void theBundledOnlyLibraryHasNowhereToImportTo() throws IOException {
        Path f = madeUpPtpFile();

        assertThatThrownBy(() -> bundled.importFile(DatasetKind.PTP_PRACTITIONER, f, LocalDate.of(2026, 1, 1), "x"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anImportIsRecordedAndCopiedAndCountsItsRows() throws IOException {
        ReferenceLibrary lib = ReferenceLibrary.withUserData(dataDir());

        ReferenceLibrary.ImportResult r = lib.importFile(DatasetKind.PTP_PRACTITIONER, madeUpPtpFile(),
                LocalDate.of(2026, 1, 1), "NCCI PTP practitioner 2026Q1 (test)");

        assertThat(r.rows()).isEqualTo(1);
        assertThat(r.version().kind()).isEqualTo(DatasetKind.PTP_PRACTITIONER);
        assertThat(r.version().effective()).isEqualTo(LocalDate.of(2026, 1, 1));
        Path stored = Path.of(r.version().origin());
        assertThat(stored).exists().startsWith(dataDir());
        assertThat(Files.readString(stored)).isEqualTo(Files.readString(madeUpPtpFile()));
        assertThat(filesUnder(dataDir())).as("no .part file left behind")
                .containsExactlyInAnyOrder(stored, dataDir().resolve("manifest.tsv"));
        assertThat(Files.readAllLines(dataDir().resolve("manifest.tsv"))).singleElement()
                .satisfies(l -> assertThat(l).startsWith("ptp-practitioner\t2026-01-01\tptp-practitioner/")
                        .contains("\tNCCI PTP practitioner 2026Q1 (test)\t"));
        assertThat(lib.ptp(false, LocalDate.of(2026, 1, 1)).version().label())
                .as("the importing library uses it at once").isEqualTo("NCCI PTP practitioner 2026Q1 (test)");
    }

    @Test
    void anotherLibraryOnTheSameDirectorySeesTheImportOnlyFromItsEffectiveDate() throws IOException {
        ReferenceLibrary.withUserData(dataDir()).importFile(DatasetKind.PTP_PRACTITIONER, madeUpPtpFile(),
                LocalDate.of(2026, 1, 1), "NCCI PTP practitioner 2026Q1 (test)");

        ReferenceLibrary lib = ReferenceLibrary.withUserData(dataDir());

        assertThat(lib.versions()).hasSize(bundled.versions().size() + 1);
        assertThat(lib.versions()).filteredOn(v -> v.kind() == DatasetKind.PTP_PRACTITIONER)
                .extracting(DataVersion::effective)
                .containsExactly(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 1, 1));
        Versioned.Selection<PtpTable> before = lib.ptp(false, LocalDate.of(2025, 12, 31));
        Versioned.Selection<PtpTable> after = lib.ptp(false, LocalDate.of(2026, 1, 1));
        assertThat(before.version().origin()).isEqualTo("bundled");
        assertThat(before.table().find("76856", "76830", LocalDate.of(2025, 12, 31))).isNull();
        assertThat(after.version().label()).isEqualTo("NCCI PTP practitioner 2026Q1 (test)");
        assertThat(after.version().origin()).startsWith(dataDir().toString());
        assertThat(after.fallback()).isFalse();
        assertThat(after.table().find("76856", "76830", LocalDate.of(2026, 1, 2)).modifierIndicator()).isZero();
        assertThat(lib.ptp(true, LocalDate.of(2026, 1, 2)).version().origin())
                .as("the hospital table is another dataset").isEqualTo("bundled");
    }

    @Test
    void anImportWithTheEffectiveDateOfABundledVersionTakesItsPlace() throws IOException {
        Path mue = dir.resolve("mue.csv");
        Files.writeString(mue, "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\n"
                + "76700,2,3 Date of Service Edit: Clinical,test\n");
        ReferenceLibrary.withUserData(dataDir()).importFile(DatasetKind.MUE_PRACTITIONER, mue, LocalDate.of(2024, 7, 1), "mine");

        ReferenceLibrary lib = ReferenceLibrary.withUserData(dataDir());

        assertThat(lib.versions()).hasSameSizeAs(bundled.versions());
        assertThat(lib.mue(false, LocalDate.of(2025, 1, 1)).table().get("76700").units()).isEqualTo(2);
        assertThat(lib.mue(false, LocalDate.of(2025, 1, 1)).version().label()).isEqualTo("mine");
    }

    @Test
    void aDataDirectoryThatDoesNotExistAddsNothing() {
        ReferenceLibrary lib = ReferenceLibrary.withUserData(dir.resolve("does-not-exist"));

        assertThat(lib.versions()).isEqualTo(bundled.versions());
    }

    // ---------------------------------------------------------------- the engine over an imported quarter

    /** A complete female pelvis, transabdominal and transvaginal: 76856 and 76830 on one date. */
    private static String pelvis(String id, String dos) {
        return """
                {
                  "id": "%s",
                  "dateOfService": "%s",
                  "placeOfService": "11",
                  "claimType": "professional",
                  "payer": "medicare",
                  "patient": {"sex": "F", "birthDate": "1980-04-02"},
                  "exam": "pelvis",
                  "approach": ["transabdominal", "transvaginal"],
                  "indication": {"text": "pelvic pain with menses", "icd10": ["N94.6"]},
                  "elements": {"uterus": "seen", "endometrium": "seen", "right_ovary": "seen", "left_ovary": "seen",
                               "bladder": "seen"},
                  "images": {"stored": 18},
                  "measurements": [{"name": "uterus length", "value": 7.8, "unit": "cm"},
                                   {"name": "endometrial thickness", "value": 6, "unit": "mm"}],
                  "comparison": {"priorDate": "2024-11-02"},
                  "report": {"signed": true, "interpretingNpi": "1234567893"},
                  "orderingNpi": "1245319599"
                }
                """.formatted(id, dos);
    }

    @Test
    void theEngineAppliesAnImportedPtpPairOnlyFromItsEffectiveDate() throws Exception {
        ReferenceLibrary.withUserData(dataDir()).importFile(DatasetKind.PTP_PRACTITIONER, madeUpPtpFile(),
                LocalDate.of(2026, 1, 1), "NCCI PTP practitioner 2026Q1 (test)");
        CodingEngine engine = new CodingEngine(Catalogue.bundled(), PayerPacks.bundled(), ReferenceLibrary.withUserData(dataDir()));
        StudyJsonReader reader = new StudyJsonReader(engine.vocabulary());

        CodedStudy before = engine.code(reader.read(pelvis("P-1231", "2025-12-31"), "before.json", 1));
        CodedStudy after = engine.code(reader.read(pelvis("P-0102", "2026-01-02"), "after.json", 1));

        assertThat(before.lines()).extracting(CodedLine::code).containsExactlyInAnyOrder("76856", "76830");
        assertThat(before.findings()).extracting(Finding::code).doesNotContain(FindingCode.PTP_COLUMN2_NOT_ALLOWED.id());

        assertThat(after.lines()).extracting(CodedLine::code).containsExactly("76856");
        assertThat(after.findings()).filteredOn(f -> f.code().equals(FindingCode.PTP_COLUMN2_NOT_ALLOWED.id()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.lineCode()).isEqualTo("76830");
                    assertThat(f.message()).contains("76856").contains("Test pair: not payable together");
                });
        assertThat(after.context().referenceData()).anySatisfy(l -> assertThat(l).contains("NCCI PTP practitioner 2026Q1 (test)"));
        assertThat(before.context().referenceData()).noneSatisfy(l -> assertThat(l).contains("2026Q1"));
    }

    @Test
    void theBundledEngineCodesBothLinesOnEitherDate() throws Exception {
        CodingEngine engine = CodingEngine.bundled();
        StudyJsonReader reader = new StudyJsonReader(engine.vocabulary());

        CodedStudy after = engine.code(reader.read(pelvis("P-0102", "2026-01-02"), "after.json", 1));

        assertThat(after.lines()).extracting(CodedLine::code).containsExactlyInAnyOrder("76856", "76830");
    }

    // ---------------------------------------------------------------- helpers

    private static List<Path> filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
