package org.sonobill.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every claim we write reads back equal: the writer and the reader agree on every field an 837 carries. */
class RoundTripTest {

    private static ReadResult writeAndRead(ClaimKind kind, List<ClaimSubmission> claims) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriteResult w = Fixtures.writer().write(Fixtures.INTERCHANGE, kind, claims, out);
        assertThat(w.refusals()).as("refusals").isEmpty();
        ReadResult r = new Claim837Reader().read(new ByteArrayInputStream(out.toByteArray()), "written.837");
        assertThat(r.problems()).as("problems reading back").isEmpty();
        return r;
    }

    @Test
    void aProfessionalClaimReadsBackEqual() {
        ClaimSubmission s = Fixtures.aProfessionalSubmission("CLM-1");
        assertThat(writeAndRead(ClaimKind.PROFESSIONAL, List.of(s)).acceptedClaims()).containsExactly(s);
    }

    @Test
    void anInstitutionalClaimReadsBackEqual() {
        ClaimSubmission s = Fixtures.anInstitutionalSubmission("INST-1");
        assertThat(writeAndRead(ClaimKind.INSTITUTIONAL, List.of(s)).acceptedClaims()).containsExactly(s);
    }

    @Test
    void aSecondaryClaimWithThePrimaryPayersAdjudicationReadsBackEqual() {
        ClaimSubmission s = Fixtures.aSecondarySubmission("SEC-1");
        assertThat(writeAndRead(ClaimKind.PROFESSIONAL, List.of(s)).acceptedClaims()).containsExactly(s);
    }

    @Test
    void aReplacementClaimForADependentReadsBackEqual() {
        ClaimSubmission s = Fixtures.aReplacementForADependent("REP-1");
        assertThat(writeAndRead(ClaimKind.PROFESSIONAL, List.of(s)).acceptedClaims()).containsExactly(s);
    }

    @Test
    void aBatchOfManyClaimsReadsBackInOrder() {
        List<ClaimSubmission> all = List.of(Fixtures.aProfessionalSubmission("A-1"), Fixtures.aSecondarySubmission("A-2"),
                Fixtures.aReplacementForADependent("A-3"), Fixtures.aProfessionalSubmission("A-4"));
        ReadResult r = writeAndRead(ClaimKind.PROFESSIONAL, all);
        assertThat(r.acceptedClaims()).containsExactlyElementsOf(all);
        assertThat(r.serviceLineCount()).isEqualTo(7);
    }
}
