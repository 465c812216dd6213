package org.sonobill.server.appeal.letter;

import org.sonobill.engine.denial.RootCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sonobill.server.appeal.letter.AppealFixture.aMedicalNecessityAppeal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sonobill.server.appeal.letter.AppealFacts.Adjustment;
import org.sonobill.server.appeal.letter.AppealFacts.DeniedLine;
import org.sonobill.server.appeal.letter.AppealFacts.Remark;

class AppealLetterPdfTest {

    /** Rendered letters are kept here so that a person can look at them (pdftoppm -png -r 80 ...). */
    private static final Path OUT = Path.of("target", "appeal-letters");

    private final AppealLetterPdf pdf = new AppealLetterPdf();
    private final LetterTemplates templates = new LetterTemplates();

    @Test
    void theLetterStatesTheClaimTheDenialTheArgumentAndTheChecklist() throws IOException {
        var facts = aMedicalNecessityAppeal();
        String body = templates.draft(facts);

        Letter letter = render("medical-necessity.pdf", facts, body);

        assertThat(letter.text()).contains("Riverside Imaging Associates", "March 16, 2026",
                "Noridian Healthcare Solutions, JF Part B", "PO Box 6783", "RE:", "Margaret A. Holloway",
                "1EG4TE5MK73", "SB-2026-000418 / 22026041800417", "February 3, 2026", "billed $412.00, denied $298.00",
                "Redetermination (level 1)", "Dear Appeals Reviewer:");
        assertThat(letter.flat()).contains("Denied services", "76700 1 $298.00 $298.00 CO-50 Not deemed a medical",
                "N115 Decision based on a Local");
        assertThat(letter.flat()).contains("reasonable and necessary for the diagnosis and treatment",
                "R10.11 Right upper quadrant pain", "LCD L34384 (Ultrasound, abdominal)");
        assertThat(letter.flat()).contains("Attachments", "☑", "Signed report", "Order with indication",
                "Advance Beneficiary Notice (copy)", "Enclosed: Priya N. Raman, MD, signed February 3, 2026 at 4:42 PM");
        assertThat(letter.text()).contains("Sincerely,", "Dana K. Whitfield, CPC", "Denials and Appeals Specialist");
        assertThat(letter.text()).contains("Page 1 of " + letter.pages(), "Claim SB-2026-000418");
    }

    @Test
    void theEditedBodyIsWhatThePdfSays() throws IOException {
        String edited = "We write about this claim.\n\nThe report shows:\n- gallstones\n- a thickened wall";

        Letter letter = render("edited.pdf", aMedicalNecessityAppeal(), edited);

        assertThat(letter.text()).contains("We write about this claim.", "The report shows:", "gallstones",
                "a thickened wall").doesNotContain("reasonable and necessary");
    }

    @Test
    void missingAttachmentsAreMarkedNotEnclosed() throws IOException {
        var facts = AppealFixture.atLevelTwo(AppealFixture.appeal(RootCause.TIMELY_FILING, AppealFixture.COMMERCIAL,
                AppealFacts.Specifics.NONE));

        Letter letter = render("missing.pdf", facts, templates.draft(facts));

        assertThat(letter.flat()).contains("☐", "Proof of timely filing", "Not enclosed: no acknowledgement on file",
                "Second-level appeal (level 2)", "Decision letter from the previous level");
    }

    @Test
    void valuesWithMarkupCharactersAreEscapedAndPrintedAsWritten() throws IOException {
        var facts = aMedicalNecessityAppeal();
        var practice = new AppealFacts.Practice("Smith & Jones <Imaging> \"West\"", facts.practice().addressLines(),
                "(503) 555-0142", "1234567893", "93-1234567");
        var tricky = new AppealFacts(practice, facts.payer(), facts.level(), facts.letterDate(),
                new AppealFacts.Patient("O'Brien <script>alert(1)</script> & Co", null, "A&B<1>"), facts.claim(),
                facts.deniedLines(), facts.denial(), facts.evidence(), facts.specifics(), facts.priorLevels(),
                facts.signer());

        Letter letter = render("escaped.pdf", tricky, "Pain < 3 days & worse; \"sharp\" & 'constant' </p><p>\u0007");

        assertThat(letter.text()).contains("Smith & Jones <Imaging> \"West\"", "O'Brien <script>alert(1)</script> & Co",
                "A&B<1>", "Pain < 3 days & worse; \"sharp\" & 'constant' </p><p>");
    }

    @Test
    void namesBeyondAsciiPrintWithTheBundledFonts() throws IOException {
        var facts = aMedicalNecessityAppeal();
        var patient = new AppealFacts.Patient("Zoë Łukasz-Nguyễn Müller", facts.patient().dateOfBirth(), "1EG4TE5MK73");
        var named = new AppealFacts(facts.practice(), facts.payer(), facts.level(), facts.letterDate(), patient,
                facts.claim(), facts.deniedLines(), facts.denial(), facts.evidence(), facts.specifics(),
                facts.priorLevels(), facts.signer());

        Letter letter = render("accents.pdf", named, templates.draft(named));

        assertThat(letter.text()).contains("Zoë Łukasz-Nguyễn Müller").doesNotContain("#");
    }

    @Test
    void aLongLetterRunsOntoMorePagesNumberedPageNOfM() throws IOException {
        var facts = aMedicalNecessityAppeal();
        List<DeniedLine> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(new DeniedLine("7670" + (i % 10), List.of("26", "RT"), 1, new BigDecimal("120.00"),
                    new BigDecimal("120.00"), new Adjustment("CO", "97", "Payment included in another service"),
                    List.of(new Remark("M15", "Separately billed services have been bundled"))));
        }
        var longer = AppealFixture.withLines(facts, lines);

        Letter letter = render("two-pages.pdf", longer, templates.draft(longer));

        assertThat(letter.pages()).isGreaterThanOrEqualTo(2);
        assertThat(letter.text()).contains("Page 1 of " + letter.pages(), "Page 2 of " + letter.pages());
        assertThat(letter.pageText(2)).contains("Claim SB-2026-000418");
    }

    /** A rendered letter: its pages' text as PDFBox extracts it. */
    private record Letter(String text, List<String> pageTexts) {
        int pages() {
            return pageTexts.size();
        }

        String pageText(int page) {
            return pageTexts.get(page - 1);
        }

        /** The text with line breaks as spaces, for sentences that wrap. */
        String flat() {
            return text.replaceAll("\\s+", " ");
        }
    }

    private Letter render(String name, AppealFacts facts, String body) throws IOException {
        byte[] bytes = pdf.render(facts, body);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return new Letter(String.join("\n", pages), pages);
        }
    }
}
