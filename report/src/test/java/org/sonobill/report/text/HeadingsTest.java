package org.sonobill.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonobill.report.lexicon.Lexicon;

class HeadingsTest {
    private static List<Section> sections(String text) {
        return ReportText.of(text, Lexicon.bundled().headings()).sections();
    }

    private static String body(String text, Section s) {
        return text.substring(s.start(), s.end()).strip();
    }

    @Test
    void headingsRunIntoTheTextAfterACommaAreFound() {
        String text = "EXAM: ,US abdomen.,HISTORY: ,Pain.,FINDINGS: ,The liver is normal.,IMPRESSION: ,Normal.";
        assertThat(sections(text)).extracting(Section::kind).containsExactly(SectionKind.TITLE, SectionKind.HISTORY,
                SectionKind.FINDINGS, SectionKind.IMPRESSION);
    }

    @Test
    void aTitleAfterDateLinesIsTheTitle() {
        String text = "DATE OF SERVICE: 02/20/2026\nSoft tissue ultrasound, right thigh\nReason: Lump.\nA lipoma.";
        List<Section> s = sections(text);
        assertThat(s).extracting(Section::kind).containsExactly(SectionKind.OTHER, SectionKind.TITLE,
                SectionKind.HISTORY, SectionKind.FINDINGS);
        assertThat(body(text, s.get(1))).isEqualTo("Soft tissue ultrasound, right thigh");
    }

    @Test
    void aReasonForExamIsAHistoryNotATitle() {
        assertThat(sections("REASON FOR EXAM: Pain.")).extracting(Section::kind).containsExactly(SectionKind.HISTORY);
    }

    @Test
    void theIndicationIsOneLineAndWhatFollowsWithoutAHeadingIsFindings() {
        String text = "EXAM: OB US\nHISTORY: Twins.\nTwin A: spine and stomach normal.";
        List<Section> s = sections(text);
        assertThat(s).extracting(Section::kind).containsExactly(SectionKind.TITLE, SectionKind.HISTORY,
                SectionKind.FINDINGS);
        assertThat(body(text, s.get(2))).startsWith("Twin A");
    }

    @Test
    void anUpperCaseLineOnItsOwnOpensTheReportAsItsTitle() {
        String text = "TESTICULAR ULTRASOUND\nREASON FOR EXAM:\nSwelling.\nFINDINGS:\nNormal testes.";
        List<Section> s = sections(text);
        assertThat(s.get(0).kind()).isEqualTo(SectionKind.TITLE);
        assertThat(body(text, s.get(0))).isEqualTo("TESTICULAR ULTRASOUND");
        assertThat(body(text, s.get(1))).isEqualTo("Swelling.");
    }

    @Test
    void aSubHeadingStaysInTheFindings() {
        String text = "FINDINGS:\nRIGHT KIDNEY: 10 cm.\nLEFT KIDNEY: 11 cm.";
        assertThat(sections(text)).extracting(Section::kind).containsOnly(SectionKind.FINDINGS);
    }

    @Test
    void windowsLineEndsCutTheSameSections() {
        String unix = "EXAM: US ABDOMEN\nHISTORY: Pain.\nFINDINGS: Normal liver.\nIMPRESSION: Normal.";
        String windows = unix.replace("\n", "\r\n");
        assertThat(sections(windows)).extracting(Section::kind)
                .containsExactlyElementsOf(sections(unix).stream().map(Section::kind).toList());
    }
}
