package org.sonobill.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A representative 837P and 837I written byte for byte as the golden files in {@code src/test/resources/golden}
 * (one segment per line there, for review; the written file has no line breaks). The golden files were checked by
 * hand against 005010X222A1 and 005010X223A2 and by the imsweb reader.
 */
class GoldenFileTest {

    private static String written(ClaimKind kind, List<ClaimSubmission> claims) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Fixtures.writer().write(Fixtures.INTERCHANGE, kind, claims, out);
        return out.toString(StandardCharsets.US_ASCII).replace("~", "~\n");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void aProfessionalBatchWithASecondaryAndAReplacementClaimIsWrittenAsTheGoldenFile() throws IOException {
        assertThat(written(ClaimKind.PROFESSIONAL, List.of(Fixtures.aProfessionalSubmission("CLM-1"),
                Fixtures.aSecondarySubmission("SEC-1"), Fixtures.aReplacementForADependent("REP-1"))))
                .isEqualTo(golden("837P-ultrasound.x12"));
    }

    @Test
    void anInstitutionalClaimIsWrittenAsTheGoldenFile() throws IOException {
        assertThat(written(ClaimKind.INSTITUTIONAL, List.of(Fixtures.anInstitutionalSubmission("INST-1"))))
                .isEqualTo(golden("837I-venous-duplex.x12"));
    }
}
