package org.sonobill.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.coding.CodedLine;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.study.Patient;
import org.sonobill.engine.study.Sex;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.fhir.hl7.Hl7Reader;
import org.sonobill.fhir.r4.DiagnosticReportReader;
import org.sonobill.report.CodedReport;
import org.sonobill.report.ReportCoder;
import org.sonobill.report.ReportReader;

/** The route past the adapters: what a message says reaches the study documentation the engine codes. */
class ReportToCodingTest {
    private static ReportCoder coder;

    @BeforeAll
    static void buildTheCoder() {
        coder = new ReportCoder(ReportReader.standard(), CodingEngine.bundled());
    }

    private static String resource(String name) {
        try (InputStream in = ReportToCodingTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anOruOfACompleteAbdomenIsCodedWithItsOrderContext() {
        CodedReport coded = coder.code(new Hl7Reader().results(resource("/hl7/oru-r01-v251-abdomen.hl7")).get(0)
                .report());

        StudyDocumentation study = coded.read().documentation();
        assertThat(study.id()).isEqualTo("ACC-2025-0001");
        assertThat(study.dateOfService()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(study.placeOfService()).as("PV1-2 O").isEqualTo("22");
        assertThat(study.orderedCode()).isEqualTo("76700");
        assertThat(study.orderingNpi()).isEqualTo("1245319599");
        assertThat(study.report().interpretingNpi()).isEqualTo("1234567893");
        assertThat(study.report().signed()).isTrue();
        assertThat(study.patient()).isEqualTo(new Patient(Sex.F, LocalDate.of(1960, 5, 1)));
        assertThat(coded.coded().lines()).extracting(CodedLine::code).contains("76700");
    }

    @Test
    void aDiagnosticReportOfACompletePelvisIsCodedWithItsOrderContext() {
        CodedReport coded = coder.code(new DiagnosticReportReader()
                .read(resource("/fhir/diagnostic-report-pelvis.json")).report());

        StudyDocumentation study = coded.read().documentation();
        assertThat(study.id()).isEqualTo("ACC-2025-0420");
        assertThat(study.dateOfService()).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(study.orderedCode()).isEqualTo("76856");
        assertThat(study.orderingNpi()).isEqualTo("1245319599");
        assertThat(study.report().interpretingNpi()).isEqualTo("1234567893");
        assertThat(coded.coded().lines()).extracting(CodedLine::code).contains("76856");
    }
}
