package org.sonobill.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loaders read each publisher's own layout (CMS NCCI text and CSV, the PPRRVU CSV with its split header, the
 * CDC fixed-width order file, the POS list), plain, gzip-compressed or inside a zip; and a malformed file fails with
 * a message naming the file, the line and what was expected.
 *
 * <p>Fixtures are in {@code src/test/resources/reference/fixtures}; they follow the CMS/CDC layouts (CRLF line ends
 * like the CMS downloads) with a handful of rows each.
 */
class CmsLoadersTest {
    private static final LocalDate Q3_2024 = LocalDate.of(2024, 7, 1);

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- PTP

    @Test
    void loadsEveryPtpRowAfterTheTitleAndHeaderLines() throws IOException {
        PtpTable t = CmsLoaders.ptp(copy("ptp_prac_sample.txt"));

        assertThat(t.size()).isEqualTo(8);
        PtpEdit echo = t.find("93306", "93320", Q3_2024);
        assertThat(echo).isNotNull();
        assertThat(echo.modifierIndicator()).isZero();
        assertThat(echo.effective()).isEqualTo(LocalDate.of(2009, 1, 1));
        assertThat(echo.deletion()).isNull();
        assertThat(echo.rationale()).isEqualTo("HCPCS/CPT procedure code definition");
        assertThat(t.find("93306", "93321", Q3_2024).modifierIndicator()).isEqualTo(1);
        assertThat(t.find("G0389", "76706", LocalDate.of(2023, 12, 31)).modifierIndicator()).isEqualTo(9);
    }

    @Test
    void readsThePrior1996StarEmptyDatesAndDeletionDatesOfPtpRows() throws IOException {
        PtpTable t = CmsLoaders.ptp(copy("ptp_prac_sample.txt"));

        assertThat(t.find("76700", "76705", Q3_2024).effective()).isEqualTo(LocalDate.of(1996, 1, 1));
        assertThat(t.find("76856", "76830", Q3_2024)).as("deleted 2004-03-31").isNull();
        assertThat(t.history("76856", "76830")).singleElement()
                .satisfies(e -> assertThat(e.deletion()).isEqualTo(LocalDate.of(2004, 3, 31)));
        assertThat(t.history("0387T", "76942")).extracting(PtpEdit::deletion)
                .containsExactly(LocalDate.of(2015, 12, 31), LocalDate.of(2018, 12, 31));
    }

    @Test
    void keepsTheRationaleWithoutTheCarriageReturnOfCmsLineEnds() throws IOException {
        PtpTable t = CmsLoaders.ptp(copy("ptp_prac_sample.txt"));

        assertThat(t.find("76942", "76998", Q3_2024).rationale())
                .isEqualTo("Misuse of Column Two code with Column One code");
    }

    @Test
    void readsPtpRowsWithEmptyEffectiveDatesAsInTheSharedFullTable() throws IOException {
        Path f = write("ptp_no_effective.txt", "Column1/Column 2 Edits\n"
                + "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier\tPTP Edit Rationale\n"
                + "0001A\t0591T\t\t\t20231231\t1\tCPT Manual or CMS manual coding instruction\n"
                + "76700\t76705\t\t\t*\t1\n");

        PtpTable t = CmsLoaders.ptp(TextSource.of(f));

        assertThat(t.size()).isEqualTo(2);
        PtpEdit e = t.find("0001A", "0591T", LocalDate.of(2023, 12, 31));
        assertThat(e.effective()).isNull();
        assertThat(e.deletion()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(t.find("76700", "76705", Q3_2024).rationale()).as("no rationale column").isEmpty();
    }

    @Test
    void readsQuotedCommaSeparatedPtpRows() throws IOException {
        Path f = write("ptp.csv", "Column1/Column 2 Edits\n"
                + "\"Column 1\",\"Column 2\",\"*=in existence prior to 1996\",\"Effective Date\",\"Deletion Date *=no data\","
                + "\"Modifier 0=not allowed 1=allowed 9=not applicable\",\"PTP Edit Rationale\"\n"
                + "\"93306\",\"93320\",\"\",\"20090101\",\"*\",\"0\",\"HCPCS/CPT procedure code definition\"\n"
                + "76700,76705,*,19960101,*,1,\"Misuse of column two code, with column one code\"\n");

        PtpTable t = CmsLoaders.ptp(TextSource.of(f));

        assertThat(t.size()).isEqualTo(2);
        assertThat(t.find("93306", "93320", Q3_2024).modifierIndicator()).isZero();
        assertThat(t.find("76700", "76705", Q3_2024).rationale()).isEqualTo("Misuse of column two code, with column one code");
    }

    @Test
    void readsAGzipCompressedPtpFile() throws IOException {
        Path gz = gzip("ptp_prac_sample.txt.gz", fixture("ptp_prac_sample.txt"));

        PtpTable t = CmsLoaders.ptp(TextSource.of(gz));

        assertThat(t.size()).isEqualTo(8);
        assertThat(t.find("93306", "93320", Q3_2024)).isNotNull();
    }

    @Test
    void readsThePtpTextMemberOfACmsZip() throws IOException {
        Path zip = zip("ccipra-v303r0-f1.zip",
                "Disclaimer/CMS-NCCI-disclaimer.pdf", "%PDF-1.4 not text".getBytes(StandardCharsets.US_ASCII),
                "ccipra-v303r0-f1.TXT", fixture("ptp_prac_sample.txt"));

        PtpTable t = CmsLoaders.ptp(TextSource.of(zip));

        assertThat(t.size()).isEqualTo(8);
        assertThat(t.find("0387T", "76942", LocalDate.of(2014, 1, 1))).isNotNull();
    }

    @Test
    void refusesAZipWithoutAMemberTheLoaderCanRead() throws IOException {
        Path zip = zip("ccipra.zip", "readme.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> CmsLoaders.ptp(TextSource.of(zip)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining(zip.toString())
                .hasMessageContaining("no member");
    }

    // ---------------------------------------------------------------- MUE

    @Test
    void loadsEveryMueRowOfThePractitionerTableAfterItsNoticeLines() throws IOException {
        MueTable t = CmsLoaders.mue(copy("mue_prac_sample.csv"));

        assertThat(t.size()).isEqualTo(6);
        Mue gb = t.get("76705");
        assertThat(gb.units()).isEqualTo(2);
        assertThat(gb.adjudication()).isEqualTo(Mue.Adjudication.DATE_CLINICAL);
        assertThat(gb.rationale()).isEqualTo("Clinical: Data");
        assertThat(t.get("76942").adjudication()).isEqualTo(Mue.Adjudication.DATE_POLICY);
        assertThat(t.get("76802").rationale()).as("quoted, with a comma").isEqualTo("Clinical: CMS Workgroup, Nature of Service");
        assertThat(t.get("J3490").adjudication()).as("lower-case code upper-cased").isEqualTo(Mue.Adjudication.LINE);
        assertThat(t.get("J3490").units()).isEqualTo(99);
        assertThat(t.get("76770")).as("not in the file").isNull();
    }

    @Test
    void readsTheMueCsvFromGzipAndFromTheCmsZip() throws IOException {
        Path gz = gzip("mue.csv.gz", fixture("mue_prac_sample.csv"));
        Path zip = zip("MCR_MUE_PractitionerServices_Eff_07-01-2024.zip",
                "MCR_MUE_PractitionerServices_Eff_07-01-2024.xlsx", new byte[] {'P', 'K', 3, 4},
                "MCR_MUE_PractitionerServices_Eff_07-01-2024.csv", fixture("mue_prac_sample.csv"));

        assertThat(CmsLoaders.mue(TextSource.of(gz)).get("76700").units()).isEqualTo(1);
        assertThat(CmsLoaders.mue(TextSource.of(zip)).size()).isEqualTo(6);
    }

    // ---------------------------------------------------------------- AOC

    @Test
    void loadsAddOnEditsWithTheirTypesAndListedPrimaries() throws IOException {
        AddOnTable t = CmsLoaders.aoc(copy("aoc_sample.csv"), Q3_2024);

        assertThat(t.size()).isEqualTo(5);
        AddOnEdit doppler = t.get("93320");
        assertThat(doppler.type()).isEqualTo(1);
        assertThat(doppler.primaries()).containsExactlyInAnyOrder("93303", "93304", "93306");
        assertThat(doppler.acceptsPrimary("93306")).isTrue();
        assertThat(doppler.acceptsPrimary("76700")).isFalse();
        assertThat(t.isAddOn("76802")).isTrue();
        assertThat(t.isAddOn("76801")).as("a primary is not an add-on").isFalse();
    }

    @Test
    void readsCcccccAsAnyPrimaryAndNotAsAListedCode() throws IOException {
        AddOnTable t = CmsLoaders.aoc(copy("aoc_sample.csv"), Q3_2024);

        AddOnEdit guidance = t.get("76937");
        assertThat(guidance.type()).isEqualTo(2);
        assertThat(guidance.primaries()).isEmpty();
        assertThat(guidance.acceptsPrimary("36556")).isTrue();
        AddOnEdit type3 = t.get("77001");
        assertThat(type3.type()).isEqualTo(3);
        assertThat(type3.primaries()).containsExactly("36555");
    }

    @Test
    void readsTheAocVariantWithCmsEffectiveAndDeletionDateColumns() throws IOException {
        AddOnTable t = CmsLoaders.aoc(copy("aoc_with_dates_sample.csv"), Q3_2024);

        assertThat(t.get("76802").primaries()).containsExactly("76801");
        assertThat(t.get("93320").primaries()).as("0399T's primary code was deleted 2018-12-31; 93306 is deleted after the release")
                .containsExactlyInAnyOrder("93303", "93306");
        assertThat(t.isAddOn("0054T")).as("add-on code deleted 2023-12-31").isFalse();
        assertThat(t.get("76937").type()).isEqualTo(2);
        assertThat(t.size()).isEqualTo(3);
    }

    @Test
    void keepsRowsDeletedOnOrAfterTheDateTheVersionTakesEffect() throws IOException {
        AddOnTable before = CmsLoaders.aoc(copy("aoc_with_dates_sample.csv"), LocalDate.of(2018, 12, 31));
        AddOnTable after = CmsLoaders.aoc(copy("aoc_with_dates_sample.csv"), LocalDate.of(2025, 1, 1));

        assertThat(before.get("93320").primaries()).contains("0399T");
        assertThat(before.isAddOn("0054T")).isTrue();
        assertThat(after.get("93320").primaries()).containsExactly("93303");
    }

    @Test
    void skipsAnAddOnEditWhoseAocEditDeletionDateHasPassed() throws IOException {
        // The CMS AOC file dates the edit itself (AOC_EDIT_EFF_DT / AOC_EDIT_DEL_DT) besides the two codes: an edit
        // deleted before the release date is no longer in force even though both codes still exist.
        Path f = write("aoc_edit_deleted.csv", "Add-On Code,Add-On Code Deletion Date,Primary Code,Primary Code Deletion Date,"
                + "AOC Edit Type,AOC Edit Effective Date,AOC Edit Deletion Date\n"
                + "93320,*,93303,*,1,20010101,*\n"
                + "93321,*,93303,*,1,20010101,20231231\n");

        AddOnTable t = CmsLoaders.aoc(TextSource.of(f), Q3_2024);

        assertThat(t.isAddOn("93320")).isTrue();
        assertThat(t.isAddOn("93321")).as("its AOC edit was deleted 2023-12-31").isFalse();
    }

    // ---------------------------------------------------------------- RVU

    @Test
    void findsPprrvuColumnsByNameAcrossTheMultiLineCmsHeader() throws IOException {
        FeeSchedule fs = CmsLoaders.rvu(copy("pprrvu24_jul_sample.csv"));

        assertThat(fs.size()).isEqualTo(7);
        RvuRow global = fs.global("76700");
        assertThat(global.status()).isEqualTo("A");
        assertThat(global.pcTcIndicator()).isEqualTo(1);
        assertThat(global.globalDays()).isEqualTo("XXX");
        assertThat(global.multipleProcedure()).isEqualTo(4);
        assertThat(global.bilateral()).isZero();
        assertThat(global.workRvu()).isEqualByComparingTo("0.81");
        assertThat(global.nonFacilityPeRvu()).isEqualByComparingTo("2.62");
        assertThat(global.facilityPeRvu()).isEqualByComparingTo("2.62");
        assertThat(global.malpracticeRvu()).isEqualByComparingTo("0.06");
        assertThat(global.conversionFactor()).isEqualByComparingTo("33.2875");
        assertThat(global.imagingFamily()).isEqualTo("88");
        assertThat(global.totalRvu(false)).isEqualByComparingTo("3.49");
    }

    @Test
    void keepsTheProfessionalAndTechnicalRowsOfACodeApart() throws IOException {
        FeeSchedule fs = CmsLoaders.rvu(copy("pprrvu24_jul_sample.csv"));

        assertThat(fs.row("76700", "26").totalRvu(true)).isEqualByComparingTo("1.13");
        assertThat(fs.row("76700", "TC").workRvu()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(fs.row("76700", "TC").facilityPeRvu()).isEqualByComparingTo("2.34");
        assertThat(fs.nationalAmount("76700", "26", true)).isEqualByComparingTo("37.61");
        assertThat(fs.global("93880").bilateral()).isEqualTo(2);
        assertThat(fs.global("93880").multipleProcedure()).isEqualTo(6);
        assertThat(fs.global("76937").globalDays()).isEqualTo("ZZZ");
        assertThat(fs.global("G0389").status()).isEqualTo("I");
        assertThat(fs.global("76999")).isNull();
    }

    @Test
    void readsTheOneLineHeaderPprrvuSubsetAsTabSeparatedText() throws IOException {
        Path f = write("pprrvu_subset.tsv", "HCPCS\tMOD\tSTATUS CODE\tNOT USED FOR MEDICARE PAYMENT\tWORK RVU\tNON-FAC PE RVU\t"
                + "NON-FAC NA INDICATOR\tFACILITY PE RVU\tFACILITY NA INDICATOR\tMP RVU\tNON-FACILITY TOTAL\tFACILITY TOTAL\t"
                + "PCTC IND\tGLOB DAYS\tPRE OP\tINTRA OP\tPOST OP\tMULT PROC\tBILAT SURG\tASST SURG\tCO SURG\tTEAM SURG\t"
                + "ENDO BASE\tCONV FACTOR\tPHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES\tDIAGNOSTIC IMAGING FAMILY INDICATOR\n"
                + "76510\t\tA\t\t0.70\t1.34\t\t1.34\tNA\t0.02\t2.06\t2.06\t1\tXXX\t0.00\t0.00\t0.00\t7\t3\t0\t0\t0\t\t33.2875\t09\t99\n");

        FeeSchedule fs = CmsLoaders.rvu(TextSource.of(f));

        RvuRow r = fs.global("76510");
        assertThat(r.bilateral()).isEqualTo(3);
        assertThat(r.multipleProcedure()).isEqualTo(7);
        assertThat(r.imagingFamily()).isEqualTo("99");
    }

    @Test
    void readsThePprrvuCsvOfTheRvuZipThatAlsoHoldsTheGpciAndAnesthesiaFiles() throws IOException {
        // CMS's RVUyyX.zip holds the PPRRVU file beside other CSVs (ANES, GPCI, LOCCO, OPPSCAP) and a PDF.
        Path zip = zip("RVU24C.zip",
                "ANES2024.csv", "Contractor,Locality,Locality name,Anesthesia conversion factor\n01112,00,NEVADA,20.4349\n"
                        .getBytes(StandardCharsets.US_ASCII),
                "GPCI2024.csv", "Medicare Administrative Contractor (MAC),State,Locality Number,Locality Name,PW GPCI,PE GPCI,MP GPCI\n"
                        .getBytes(StandardCharsets.US_ASCII),
                "PPRRVU24_JUL.csv", fixture("pprrvu24_jul_sample.csv"),
                "RVUPUF24.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII));

        FeeSchedule fs = CmsLoaders.rvu(TextSource.of(zip));

        assertThat(fs.size()).isEqualTo(7);
        assertThat(fs.global("76700").pcTcIndicator()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- ICD-10-CM

    @Test
    void readsTheFixedWidthOrderFileWithHeadersAndBillableCodes() throws IOException {
        IcdCodeSet s = CmsLoaders.icd10cm(copy("icd10cm-order-sample.txt"), "ICD-10-CM test");

        assertThat(s.size()).isEqualTo(8);
        assertThat(s.billableCount()).isEqualTo(5);
        assertThat(s.label()).isEqualTo("ICD-10-CM test");
        IcdCode femur = s.get("S72.001A");
        assertThat(femur.code()).isEqualTo("S72001A");
        assertThat(femur.billable()).isTrue();
        assertThat(femur.shortTitle()).isEqualTo("Fx unsp part of nk of r femr, init for clos fx");
        assertThat(femur.longTitle())
                .isEqualTo("Fracture of unspecified part of neck of right femur, initial encounter for closed fracture");
        assertThat(s.get("S72.001").billable()).as("a subcategory header").isFalse();
        assertThat(s.get("s72001a")).as("case and dot do not matter").isEqualTo(femur);
        assertThat(s.get("Z3A.20").dotted()).isEqualTo("Z3A.20");
        assertThat(s.get("N94.6").billable()).isTrue();
        assertThat(s.get("E11.A")).as("not in this release").isNull();
        assertThat(s.billableChildren("E11")).isEqualTo(1);
    }

    @Test
    void readsTheOrderFileGzipped() throws IOException {
        Path gz = gzip("icd10cm-order-2026.txt.gz", fixture("icd10cm-order-sample.txt"));

        IcdCodeSet s = CmsLoaders.icd10cm(TextSource.of(gz), "FY2026");

        assertThat(s.size()).isEqualTo(8);
        assertThat(s.get("A00.0").billable()).isTrue();
    }

    @Test
    void choosesTheOrderFileOfTheCdcCodeDescriptionsZip() throws IOException {
        Path zip = zip("icd10cm-Code Descriptions-2026.zip",
                "icd10cm-codes-2026.txt", "A000    Cholera due to Vibrio cholerae 01, biovar cholerae\n".getBytes(StandardCharsets.US_ASCII),
                "icd10cm-order-2026.txt", fixture("icd10cm-order-sample.txt"),
                "icd10cm-order-addenda-2026.txt", "Add:  74720 E11A    1 Type 2 diabetes mellitus without complications in remission\n"
                        .getBytes(StandardCharsets.US_ASCII));

        IcdCodeSet s = CmsLoaders.icd10cm(TextSource.of(zip), "FY2026");

        assertThat(s.size()).isEqualTo(8);
    }

    @Test
    void choosesTheOrderFileAndNotTheOrderAddendaWhicheverComesFirstInTheZip() throws IOException {
        Path zip = zip("icd10cm-CodesDescriptions-2026.zip",
                "icd10cm-order-addenda-2026.txt", "Add:  74720 E11A    1 Type 2 diabetes mellitus without complications in remission\n"
                        .getBytes(StandardCharsets.US_ASCII),
                "icd10cm-order-2026.txt", fixture("icd10cm-order-sample.txt"));

        IcdCodeSet s = CmsLoaders.icd10cm(TextSource.of(zip), "FY2026");

        assertThat(s.size()).isEqualTo(8);
    }

    // ---------------------------------------------------------------- POS

    @Test
    void readsPlaceOfServiceCodesWithTheirFacilityFlag() throws IOException {
        PlaceOfServiceTable t = CmsLoaders.pos(copy("pos_sample.csv"));

        assertThat(t.size()).isEqualTo(6);
        assertThat(t.get("11").facility()).isFalse();
        assertThat(t.get("11").name()).isEqualTo("Office");
        assertThat(t.get("21").facility()).isTrue();
        assertThat(t.get("22").facility()).isTrue();
        assertThat(t.get("19").name()).isEqualTo("Off Campus-Outpatient Hospital");
        assertThat(t.get("99").facility()).isFalse();
        assertThat(t.get("01")).as("the leading zero a spreadsheet drops is restored").isNotNull();
        assertThat(t.get("01").name()).isEqualTo("Pharmacy");
        assertThat(t.get("12")).isNull();
    }

    // ---------------------------------------------------------------- malformed input

    /** A malformed file, the line the error must name, and what the message must say was expected. */
    static Stream<Arguments> malformedFiles() {
        String ptpHead = "Column1/Column 2 Edits\nColumn 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\t"
                + "Deletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n";
        String mueHead = "\"CPT codes and descriptions only are copyright 2023 American Medical Association.\"\n"
                + "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\n";
        String aocHead = "Add-on Code,Primary Code,AOC Edit Type\n";
        Function<TextSource, Object> ptp = CmsLoaders::ptp;
        Function<TextSource, Object> mue = CmsLoaders::mue;
        Function<TextSource, Object> aoc = s -> CmsLoaders.aoc(s, Q3_2024);
        Function<TextSource, Object> icd = s -> CmsLoaders.icd10cm(s, "test");
        Function<TextSource, Object> rvu = CmsLoaders::rvu;
        Function<TextSource, Object> pos = CmsLoaders::pos;
        return Stream.of(
                Arguments.of("PTP without its header line", ptp,
                        "Column1/Column 2 Edits\n76700\t76705\t\t19960101\t*\t1\tx\n", 2, "no header line starting with \"Column 1\""),
                Arguments.of("PTP modifier indicator 7", ptp,
                        ptpHead + "76700\t76705\t\t19960101\t*\t1\tok\n93306\t93320\t\t20090101\t*\t7\tbad\n", 4,
                        "expected modifier indicator 0, 1 or 9, found \"7\""),
                Arguments.of("PTP deletion date 2024-13-45", ptp,
                        ptpHead + "76700\t76705\t\t19960101\t2024-13-45\t1\tbad\n", 3,
                        "expected Deletion Date as YYYYMMDD or *, found \"2024-13-45\""),
                Arguments.of("PTP deletion date 20241345", ptp,
                        ptpHead + "76700\t76705\t\t19960101\t20241345\t1\tbad\n", 3,
                        "expected Deletion Date as YYYYMMDD or *, found \"20241345\""),
                Arguments.of("PTP effective date 20230229 (not a leap year)", ptp,
                        ptpHead + "76700\t76705\t\t20230229\t*\t1\tbad\n", 3,
                        "expected Effective Date as YYYYMMDD or *, found \"20230229\""),
                Arguments.of("PTP four-character code", ptp,
                        ptpHead + "7670\t76705\t\t19960101\t*\t1\tbad\n", 3, "expected two five-character HCPCS/CPT codes"),
                Arguments.of("PTP row with too few columns", ptp,
                        ptpHead + "76700\t76705\t\t19960101\n", 3, "expected at least 6"),
                Arguments.of("PTP CSV row with modifier indicator 7", ptp,
                        "Column 1,Column 2,prior,Effective Date,Deletion Date,Modifier,Rationale\n"
                                + "\"76700\",\"76705\",\"\",\"19960101\",\"*\",\"7\",\"bad\"\n", 2,
                        "expected modifier indicator 0, 1 or 9, found \"7\""),
                Arguments.of("MUE without its header line", mue,
                        "\"CPT codes and descriptions only are copyright 2023 American Medical Association.\"\n"
                                + "76700,1,3 Date of Service Edit: Clinical,Clinical: Data\n", 2,
                        "no header line starting with \"HCPCS/CPT Code\""),
                Arguments.of("MUE value 'two'", mue,
                        mueHead + "76700,1,3 Date of Service Edit: Clinical,x\n76705,two,3 Date of Service Edit: Clinical,x\n", 4,
                        "expected a whole number of units in column 2, found \"two\""),
                Arguments.of("MUE adjudication indicator 4", mue,
                        mueHead + "76700,1,4 Date of Service Edit: Other,x\n", 3,
                        "expected an MUE adjudication indicator 1, 2 or 3"),
                Arguments.of("MUE code 767", mue, mueHead + "767,1,3 Date of Service Edit: Clinical,x\n", 3,
                        "expected a five-character HCPCS/CPT code, found \"767\""),
                Arguments.of("AOC without a header", aoc, "76802,76801,1\n93320,93303,1\n", 2, "no header naming \"Add-on Code\""),
                Arguments.of("AOC header without an edit type column", aoc, "Add-on Code,Primary Code\n76802,76801\n", 1,
                        "expected columns named \"Add-on Code\", \"Primary Code\" and \"AOC Edit Type\""),
                Arguments.of("AOC edit type 4", aoc, aocHead + "76802,76801,1\n76810,76805,4\n", 3,
                        "expected AOC edit type 1, 2 or 3, found 4"),
                Arguments.of("AOC deletion date 2024-13-45", aoc,
                        "Add-on Code,Primary Code,Primary Code Deletion Date,AOC Edit Type\n76802,76801,2024-13-45,1\n", 2,
                        "expected Deletion Date as YYYYMMDD or *, found \"2024-13-45\""),
                Arguments.of("ICD line too short", icd,
                        "00001 A00     0 Cholera                                                      Cholera\n00002 A000 1\n", 2,
                        "expected the fixed-width ICD-10-CM order layout"),
                Arguments.of("ICD billable flag X", icd,
                        "00001 A00     X Cholera                                                      Cholera\n", 1,
                        "billable flag 0 or 1 in column 15"),
                Arguments.of("ICD codes file instead of the order file", icd,
                        "A000    Cholera due to Vibrio cholerae 01, biovar cholerae\n", 1,
                        "expected the fixed-width ICD-10-CM order layout"),
                Arguments.of("PPRRVU PCTC IND 'x'", rvu,
                        "HCPCS,MOD,STATUS CODE,WORK RVU,NON-FAC PE RVU,FACILITY PE RVU,MP RVU,PCTC IND,GLOB DAYS,MULT PROC,"
                                + "BILAT SURG,CONV FACTOR,A,B,C,D,E\n"
                                + "76700,,A,0.81,2.62,2.62,0.06,1,XXX,4,0,33.2875,,,,,\n"
                                + "76705,,A,0.59,1.98,1.98,0.04,x,XXX,4,0,33.2875,,,,,\n", 3,
                        "expected a number in PCTC IND, found \"x\""),
                Arguments.of("PPRRVU work RVU 'n/a'", rvu,
                        "HCPCS,MOD,STATUS CODE,WORK RVU,NON-FAC PE RVU,FACILITY PE RVU,MP RVU,PCTC IND,GLOB DAYS,MULT PROC,"
                                + "BILAT SURG,CONV FACTOR,A,B,C,D,E\n"
                                + "76700,,A,n/a,2.62,2.62,0.06,1,XXX,4,0,33.2875,,,,,\n", 2,
                        "expected a decimal number in WORK RVU, found \"n/a\""),
                Arguments.of("PPRRVU without a BILAT SURG column", rvu,
                        "HCPCS,MOD,STATUS CODE,WORK RVU,NON-FAC PE RVU,FACILITY PE RVU,MP RVU,PCTC IND,GLOB DAYS,MULT PROC,"
                                + "CONV FACTOR,A,B,C,D,E\n"
                                + "76700,,A,0.81,2.62,2.62,0.06,1,XXX,4,33.2875,,,,,\n", 2,
                        "no column named BILAT"),
                Arguments.of("POS code 1A", pos,
                        "pos_code,pos_name,pos_description,facility_type\n11,Office,x,Non-Facility\n1A,Bad,x,Facility\n", 3,
                        "expected a two-digit place-of-service code, found \"1A\""),
                Arguments.of("POS without a header", pos, "11,Office,x,Non-Facility\n", 1,
                        "expected a header with a code column and a facility column"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void refusesAMalformedFileNamingTheFileTheLineAndWhatWasExpected(String what, Function<TextSource, Object> loader,
                                                                       String content, int line, String expected)
            throws IOException {
        Path f = write("malformed.txt", content);

        assertThatThrownBy(() -> loader.apply(TextSource.of(f)))
                .as(what)
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith(f + ":" + line + ": ")
                .hasMessageContaining(expected);
    }

    @Test
    void namesTheFileAndLineOfAnErrorInsideAGzipFile() throws IOException {
        String content = "Column1/Column 2 Edits\nColumn 1\tColumn 2\tprior\tEffective Date\tDeletion Date\tModifier\tRationale\n"
                + "76700\t76705\t\t19960101\t*\t1\tok\n".repeat(1000) + "93306\t93320\t\t20090101\t*\t7\tbad\n";
        Path gz = gzip("ptp_broken.txt.gz", content.getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> CmsLoaders.ptp(TextSource.of(gz)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith(gz + ":1003: ")
                .hasMessageContaining("modifier indicator");
    }

    @Test
    void namesTheClasspathResourceInItsMessages() {
        TextSource missing = TextSource.resource("fixtures/no-such-file.txt");

        assertThatThrownBy(() -> CmsLoaders.ptp(missing))
                .hasMessageContaining("/reference/fixtures/no-such-file.txt");
    }

    // ---------------------------------------------------------------- helpers

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CmsLoadersTest.class.getResourceAsStream("/reference/fixtures/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** The fixture as a file, so messages name a path as they do for user files. */
    private TextSource copy(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, fixture(name));
        return TextSource.of(p);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.ISO_8859_1);
        return p;
    }

    private Path gzip(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(content);
        }
        return p;
    }

    /** A zip of (member name, bytes) pairs, in the order given. */
    private Path zip(String name, Object... members) throws IOException {
        Path p = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(p))) {
            for (int i = 0; i < members.length; i += 2) {
                out.putNextEntry(new ZipEntry((String) members[i]));
                out.write((byte[]) members[i + 1]);
                out.closeEntry();
            }
        }
        return p;
    }
}
