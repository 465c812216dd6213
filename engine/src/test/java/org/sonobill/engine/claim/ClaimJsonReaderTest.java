package org.sonobill.engine.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.study.ClaimType;

/** Claim documents in, with every problem named by line and field. */
class ClaimJsonReaderTest {
    private static final ClaimJsonReader READER = new ClaimJsonReader(Set.of("medicare", "commercial"));
    static final String CLAIM = """
            {"id": "C1", "claimType": "professional", "payer": "medicare",
             "patient": {"id": "P1", "sex": "F", "birthDate": "1970-01-01"},
             "billingNpi": "1245319599", "renderingNpi": "1234567893", "orderingNpi": "1245319599",
             "placeOfService": "22", "diagnoses": ["R10.11"],
             "lines": [{"code": "76700", "modifiers": ["26"], "units": 1, "charge": 250, "pointers": [1],
                        "dateOfService": "2024-08-15", "controlNumber": "C1-1"}]}
            """;

    @Test
    void readsAClaimWithItsHeaderAndLines() throws Exception {
        Claim c = READER.read(CLAIM, "c.json", 1);
        assertThat(c.claimType()).isEqualTo(ClaimType.PROFESSIONAL);
        assertThat(c.patientId()).isEqualTo("P1");
        assertThat(c.frequency()).isEqualTo("1");
        assertThat(c.lines()).hasSize(1);
        assertThat(c.lines().get(0).charge()).isEqualByComparingTo(new BigDecimal("250.00"));
        assertThat(c.lines().get(0).modifiers()).containsExactly("26");
    }

    @Test
    void namesEveryBadFieldWithItsLine() {
        String bad = CLAIM.replace("\"frequency\"", "\"x\"").replace("\"76700\"", "\"7670\"")
                .replace("\"2024-08-15\"", "\"2024-13-15\"").replace("\"placeOfService\": \"22\",",
                        "\"placeOfService\": \"22\", \"frequency\": \"5\", \"colour\": 1,");
        assertThatThrownBy(() -> READER.read(bad, "bad.json", 1)).isInstanceOf(InvalidClaimException.class)
                .satisfies(e -> assertThat(((InvalidClaimException) e).problems()).extracting(p -> p.field())
                        .contains("/frequency", "/colour", "/lines/0/code", "/lines/0/dateOfService"))
                .satisfies(e -> assertThat(((InvalidClaimException) e).problems()).allSatisfy(p ->
                        assertThat(p.line()).isBetween(1, 7)));
    }

    @Test
    void aClaimNeedsLinesAndABillingNpi() {
        assertThatThrownBy(() -> READER.read("{\"id\": \"C\", \"placeOfService\": \"11\"}", "e.json", 1))
                .isInstanceOf(InvalidClaimException.class)
                .satisfies(e -> assertThat(((InvalidClaimException) e).problems()).extracting(p -> p.field())
                        .contains("/lines", "/billingNpi"));
    }

    @Test
    void aClaimWrittenByClaimJsonReadsBackTheSame() throws Exception {
        Claim c = READER.read(CLAIM, "c.json", 1);
        Claim again = READER.read(ClaimJson.toJson(c), "round-trip", 1);
        assertThat(again).isEqualTo(c);
    }

    @Test
    void overridesAreReadWrittenAndNeedAReasonWhoAndWhen() throws Exception {
        String with = CLAIM.replace("\"diagnoses\"", "\"overrides\": [{\"findingCode\": \"SB-CLM-002\", \"lineCode\": \"76705\", "
                + "\"reason\": \"separate encounter\", \"by\": \"j.coder\", \"at\": \"2024-08-20T09:30\"}], \"diagnoses\"");
        Claim c = READER.read(with, "o.json", 1);
        assertThat(c.overrides()).hasSize(1);
        assertThat(READER.read(ClaimJson.toJson(c), "rt", 1)).isEqualTo(c);
        String noReason = with.replace("\"reason\": \"separate encounter\", ", "");
        assertThatThrownBy(() -> READER.read(noReason, "o.json", 1)).isInstanceOf(InvalidClaimException.class)
                .hasMessageContaining("/overrides/0/reason");
    }
}
