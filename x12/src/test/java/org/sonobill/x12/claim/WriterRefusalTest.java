package org.sonobill.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.claim.Claim;

/** Invalid claims are refused before anything is written, naming loop, segment and element; the rest are written. */
class WriterRefusalTest {

    private static Claim with(Claim c, String frequency, String original, List<String> dx) {
        return new Claim(c.id(), c.claimType(), c.payer(), c.patientId(), c.patient(), c.billingNpi(),
                c.renderingNpi(), c.orderingNpi(), c.placeOfService(), frequency, original, c.priorAuthorization(),
                c.state(), c.pricingLocality(), dx, c.lines(), c.overrides());
    }

    private static ClaimSubmission withClaim(ClaimSubmission s, Claim c) {
        return new ClaimSubmission(c, s.billing(), s.subscriber(), s.payer(), s.patient(), s.rendering(), s.ordering(),
                s.institutional(), s.priorPayers());
    }

    @Test
    void aReplacementClaimWithoutThePayersClaimNumberIsRefused() {
        ClaimSubmission good = Fixtures.aProfessionalSubmission("OK-1");
        ClaimSubmission bad = withClaim(good, with(good.claim(), "7", null, good.claim().diagnoses()));
        WriteResult r = Fixtures.writer().write(Fixtures.INTERCHANGE, ClaimKind.PROFESSIONAL, List.of(bad),
                new ByteArrayOutputStream());
        assertThat(r.written()).isZero();
        X12Problem p = r.refusals().get(0).problems().get(0);
        assertThat(p.loop()).isEqualTo("2300");
        assertThat(p.describe()).contains("REF*F8").contains("replacement").contains("originalClaimNumber");
    }

    @Test
    void aBatchWithOneBadClaimStillWritesTheGoodOnesAndListsTheRefusal() {
        ClaimSubmission good1 = Fixtures.aProfessionalSubmission("OK-1");
        ClaimSubmission good2 = Fixtures.aProfessionalSubmission("OK-2");
        // a diagnosis qualifier needs a code of at most 30 characters (HI01-2, element 1271 AN 1/30)
        ClaimSubmission bad = withClaim(Fixtures.aProfessionalSubmission("BAD-1"),
                with(Fixtures.aProfessionalClaim("BAD-1"), "1", null, List.of("R10.11", "X".repeat(31))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriteResult r = Fixtures.writer().write(Fixtures.INTERCHANGE, ClaimKind.PROFESSIONAL, List.of(good1, bad, good2),
                out);
        assertThat(r.written()).isEqualTo(2);
        assertThat(r.refusals()).singleElement().satisfies(f -> {
            assertThat(f.index()).isEqualTo(1);
            assertThat(f.claimId()).isEqualTo("BAD-1");
            X12Problem p = f.problems().get(0);
            assertThat(p.loop()).isEqualTo("2300");
            assertThat(p.segment()).isEqualTo("HI");
            assertThat(p.reference()).isEqualTo("HI02-2");
            assertThat(p.message()).contains("too long").contains("1 to 30 characters");
        });
        ReadResult back = new Claim837Reader().read(new ByteArrayInputStream(out.toByteArray()), "out.837");
        assertThat(back.acceptedClaims()).extracting(s -> s.claim().id()).containsExactly("OK-1", "OK-2");
    }

    @Test
    void inALargeBatchValidatedInChunksEachRefusalIsChargedToItsOwnClaim() {
        List<ClaimSubmission> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ClaimSubmission s = Fixtures.aProfessionalSubmission("C-" + i);
            boolean bad = i == 7 || i == 55;
            batch.add(bad ? withClaim(s, with(s.claim(), "1", null, List.of("R10.11", "Y".repeat(31)))) : s);
        }
        // chunks of at least 20 claims: validated in as many chunks as there are cores (up to three)
        WriteResult r = new Claim837Writer(Fixtures.counter(), Fixtures.CLOCK, 20).write(Fixtures.INTERCHANGE,
                ClaimKind.PROFESSIONAL, batch, OutputStream.nullOutputStream());
        assertThat(r.written()).isEqualTo(58);
        assertThat(r.refusals()).extracting(Refusal::claimId).containsExactly("C-7", "C-55");
        assertThat(r.refusals()).allSatisfy(f -> assertThat(f.problems()).extracting(X12Problem::reference)
                .containsExactly("HI02-2"));
    }

    @Test
    void aMissingPayerIdIsRefusedNamingLoop2010BBAndElementNM109() {
        ClaimSubmission s = Fixtures.aProfessionalSubmission("NOPAYER");
        ClaimSubmission bad = new ClaimSubmission(s.claim(), s.billing(), s.subscriber(),
                new Payer("NO ID PAYER", null, null), null, s.rendering(), s.ordering(), null, List.of());
        List<X12Problem> problems = Fixtures.writer().validate(Fixtures.INTERCHANGE, ClaimKind.PROFESSIONAL, bad);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.loop()).isEqualTo("2010BB");
            assertThat(p.reference()).isEqualTo("NM109");
            assertThat(p.message()).contains("required element is missing");
        });
    }

    @Test
    void anInstitutionalClaimIsRefusedFromAProfessionalBatch() {
        List<X12Problem> problems = Fixtures.writer().validate(Fixtures.INTERCHANGE, ClaimKind.PROFESSIONAL,
                Fixtures.anInstitutionalSubmission("I-9"));
        assertThat(problems.get(0).message()).contains("837I").contains("not an 837P");
    }

    @Test
    void aPointerBeyondTheDiagnosesIsRefusedOnItsLine() {
        ClaimSubmission s = Fixtures.aProfessionalSubmission("PTR");
        ClaimSubmission bad = withClaim(s, with(s.claim(), "1", null, List.of("R10.11")));
        List<X12Problem> problems = Fixtures.writer().validate(Fixtures.INTERCHANGE, ClaimKind.PROFESSIONAL, bad);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.reference()).isEqualTo("SV107");
            assertThat(p.message()).contains("line 1 points to diagnosis 2 but the claim has 1");
        });
    }

    @Test
    void controlNumbersAreTakenOnlyWhenSomethingIsWritten() {
        long[] taken = {0};
        Claim837Writer writer = new Claim837Writer(() -> ++taken[0], Fixtures.CLOCK);
        ClaimSubmission s = Fixtures.aProfessionalSubmission("X");
        ClaimSubmission bad = withClaim(s, with(s.claim(), "8", null, s.claim().diagnoses()));
        writer.write(Fixtures.INTERCHANGE, ClaimKind.PROFESSIONAL, List.of(bad), new ByteArrayOutputStream());
        assertThat(taken[0]).isZero();
        WriteResult r = writer.write(Fixtures.INTERCHANGE, ClaimKind.PROFESSIONAL, List.of(s), new ByteArrayOutputStream());
        assertThat(r.interchangeControlNumber()).isEqualTo(1);
    }
}
