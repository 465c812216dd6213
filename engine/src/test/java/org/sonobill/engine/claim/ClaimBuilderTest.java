package org.sonobill.engine.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.scrub.ScrubContext;
import org.sonobill.engine.scrub.ScrubStatus;
import org.sonobill.engine.scrub.Scrubber;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.engine.study.StudyJsonReader;

/** A claim from the coded studies of a patient on a date, ready for the scrubber. */
class ClaimBuilderTest {
    private static final CodingEngine ENGINE = CodingEngine.bundled();

    private static StudyDocumentation study(String id, String exam, String extra) throws Exception {
        return new StudyJsonReader(ENGINE.vocabulary()).read("""
                {"id": "%s", "dateOfService": "2024-08-15", "placeOfService": "22", "exam": "%s",
                 "patient": {"sex": "F", "birthDate": "1970-01-01"},
                 "images": {"stored": 8}, "report": {"signed": true, "interpretingNpi": "1234567893"},
                 "orderingNpi": "1245319599", "comparison": {"priorDate": "2024-01-01"}, %s}
                """.formatted(id, exam, extra), id, 1);
    }

    @Test
    void twoStudiesOfADayMakeOneClaimWithSharedDiagnosesAndPointers() throws Exception {
        StudyDocumentation neck = study("S1", "neck", "\"indication\": {\"icd10\": [\"E04.1\"]}");
        StudyDocumentation chest = study("S2", "chest", "\"indication\": {\"icd10\": [\"R09.1\", \"E04.1\"]}");
        Claim c = ClaimBuilder.build("CL1", "P1", "1245319599", List.of(new ClaimBuilder.Coded(neck, ENGINE.code(neck)),
                new ClaimBuilder.Coded(chest, ENGINE.code(chest))), Map.of("76536", new BigDecimal("180.00")));

        assertThat(c.diagnoses()).containsExactly("E04.1", "R09.1");
        assertThat(c.lines()).extracting(ClaimLine::code).containsExactly("76536", "76604");
        assertThat(c.lines().get(0).pointers()).containsExactly(1);
        assertThat(c.lines().get(1).pointers()).containsExactly(2, 1);
        assertThat(c.lines().get(0).charge()).isEqualByComparingTo("180.00");
        assertThat(c.lines()).extracting(ClaimLine::controlNumber).containsExactly("CL1-1", "CL1-2");
        assertThat(c.orderingNpi()).isEqualTo("1245319599");

        var result = new Scrubber(ENGINE.reference(), ENGINE.catalogue()).scrub(c,
                new ScrubContext(LocalDate.of(2024, 9, 1), List.of()));
        assertThat(result.status()).as(result.findings().toString()).isEqualTo(ScrubStatus.CLEAN);
        assertThat(Set.of(c.claimType().key())).containsExactly("professional");
    }
}
