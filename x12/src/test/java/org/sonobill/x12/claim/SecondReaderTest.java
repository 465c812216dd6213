package org.sonobill.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.imsweb.x12.Loop;
import com.imsweb.x12.reader.X12Reader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every 837 we write is also read without error by an independent reader (imsweb x12-parser 1.13, test scope), which
 * finds the same claims and lines.
 */
class SecondReaderTest {

    private static X12Reader readWithImsweb(X12Reader.FileType type, ClaimKind kind, List<ClaimSubmission> claims)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriteResult w = Fixtures.writer().write(Fixtures.INTERCHANGE, kind, claims, out);
        assertThat(w.refusals()).isEmpty();
        X12Reader reader = new X12Reader(type, new ByteArrayInputStream(out.toByteArray()));
        assertThat(reader.getFatalErrors()).as("imsweb fatal errors").isEmpty();
        assertThat(reader.getErrors()).as("imsweb errors").isEmpty();
        return reader;
    }

    @Test
    void imswebReadsOurProfessionalClaimsWithoutErrorAndFindsEveryClaimAndLine() throws IOException {
        List<ClaimSubmission> claims = List.of(Fixtures.aProfessionalSubmission("P-1"), Fixtures.aSecondarySubmission("P-2"),
                Fixtures.aReplacementForADependent("P-3"));
        X12Reader reader = readWithImsweb(X12Reader.FileType.ANSI837_5010_X222, ClaimKind.PROFESSIONAL, claims);
        Loop isa = reader.getLoops().get(0);
        assertThat(isa.findLoop("2300")).hasSize(3);
        assertThat(isa.findLoop("2400")).hasSize(5);
        assertThat(isa.findLoop("2300").get(0).getSegment("CLM").getElementValue("CLM01")).isEqualTo("P-1");
        assertThat(isa.findLoop("2320")).hasSize(1);
        assertThat(isa.findLoop("2430")).hasSize(2);
    }

    @Test
    void imswebReadsOurInstitutionalClaimsWithoutError() throws IOException {
        X12Reader reader = readWithImsweb(X12Reader.FileType.ANSI837_5010_X223, ClaimKind.INSTITUTIONAL,
                List.of(withOneDiagnosis(Fixtures.anInstitutionalSubmission("I-1")),
                        withOneDiagnosis(Fixtures.anInstitutionalSubmission("I-2"))));
        Loop isa = reader.getLoops().get(0);
        assertThat(isa.findLoop("2300")).hasSize(2);
        assertThat(isa.findLoop("2400")).hasSize(4);
        assertThat(isa.findLoop("2400").get(0).getSegment("SV2").getElementValue("SV201")).isEqualTo("0921");
    }

    /**
     * imsweb 1.13 tells HI segments apart by simple elements only, so on an 837I it takes the "Other Diagnosis" HI
     * (HI01-1 = ABF, 005010X223A2 2300) for a second "Principal Diagnosis" HI and says it repeats. That is its only
     * complaint; it still finds every claim and line.
     */
    @Test
    void imswebMistakesTheInstitutionalOtherDiagnosisHiForASecondPrincipalOneAndNothingElse() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Fixtures.writer().write(Fixtures.INTERCHANGE, ClaimKind.INSTITUTIONAL,
                List.of(Fixtures.anInstitutionalSubmission("I-1")), out);
        X12Reader reader = new X12Reader(X12Reader.FileType.ANSI837_5010_X223, new ByteArrayInputStream(out.toByteArray()));
        assertThat(reader.getFatalErrors()).isEmpty();
        assertThat(reader.getErrors()).containsOnly("HI in loop 2300 appears too many times");
        assertThat(reader.getLoops().get(0).findLoop("2400")).hasSize(2);
    }

    private static ClaimSubmission withOneDiagnosis(ClaimSubmission s) {
        org.sonobill.engine.claim.Claim c = s.claim();
        return new ClaimSubmission(new org.sonobill.engine.claim.Claim(c.id(), c.claimType(), c.payer(), c.patientId(),
                c.patient(), c.billingNpi(), c.renderingNpi(), c.orderingNpi(), c.placeOfService(), c.frequency(),
                c.originalClaimNumber(), c.priorAuthorization(), c.state(), c.pricingLocality(),
                c.diagnoses().subList(0, 1), c.lines(), c.overrides()), s.billing(), s.subscriber(), s.payer(),
                s.patient(), s.rendering(), s.ordering(), s.institutional(), s.priorPayers());
    }
}
