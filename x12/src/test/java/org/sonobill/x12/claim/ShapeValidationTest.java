package org.sonobill.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.xlate.edi.internal.stream.tokenization.CharacterSet;
import io.xlate.edi.schema.EDISimpleType;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.claim.Claim;

/**
 * Claims of a shape StAEDI has already accepted in the batch are not validated by StAEDI again, only their values by
 * type: a bad value or a bad structure is still refused, naming loop, segment and element.
 */
class ShapeValidationTest {

    private static ClaimSubmission withDiagnoses(ClaimSubmission s, List<String> dx) {
        Claim c = s.claim();
        return new ClaimSubmission(new Claim(c.id(), c.claimType(), c.payer(), c.patientId(), c.patient(),
                c.billingNpi(), c.renderingNpi(), c.orderingNpi(), c.placeOfService(), c.frequency(),
                c.originalClaimNumber(), c.priorAuthorization(), c.state(), c.pricingLocality(), dx, c.lines(),
                c.overrides()), s.billing(), s.subscriber(), s.payer(), s.patient(), s.rendering(), s.ordering(),
                s.institutional(), s.priorPayers());
    }

    private static ClaimSubmission withSubscriber(ClaimSubmission s, Subscriber sub) {
        return new ClaimSubmission(s.claim(), s.billing(), sub, s.payer(), s.patient(), s.rendering(), s.ordering(),
                s.institutional(), s.priorPayers());
    }

    private static ClaimSubmission withPayer(ClaimSubmission s, Payer payer) {
        return new ClaimSubmission(s.claim(), s.billing(), s.subscriber(), payer, s.patient(), s.rendering(),
                s.ordering(), s.institutional(), s.priorPayers());
    }

    private static Subscriber named(Subscriber s, String last) {
        return new Subscriber(Name.person(last, "JANE"), s.memberId(), s.address(), s.birthDate(), s.sex(),
                s.groupNumber(), s.responsibility(), s.filingIndicator(), s.relationship());
    }

    /** Twenty good claims first, so that the shape is accepted before the bad claims come. */
    private static WriteResult writeAfterGoodOnes(ClaimSubmission... bad) {
        List<ClaimSubmission> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(Fixtures.aProfessionalSubmission("OK-" + i));
        }
        batch.addAll(List.of(bad));
        // one chunk: the good claims are validated before the bad ones
        return new Claim837Writer(Fixtures.counter(), Fixtures.CLOCK, 1000).write(Fixtures.INTERCHANGE,
                ClaimKind.PROFESSIONAL, batch, OutputStream.nullOutputStream());
    }

    @Test
    void aTooLongValueInAShapeAlreadyAcceptedIsStillRefusedNamingTheElement() {
        ClaimSubmission bad = withDiagnoses(Fixtures.aProfessionalSubmission("BAD-1"),
                List.of("R10.11", "X".repeat(31)));
        assertThat(ClaimShape.of(ClaimKind.PROFESSIONAL, bad).key())
                .isEqualTo(ClaimShape.of(ClaimKind.PROFESSIONAL, Fixtures.aProfessionalSubmission("OK-0")).key());
        WriteResult r = writeAfterGoodOnes(bad);
        assertThat(r.written()).isEqualTo(20);
        assertThat(r.refusals()).singleElement().satisfies(f -> {
            assertThat(f.claimId()).isEqualTo("BAD-1");
            X12Problem p = f.problems().get(0);
            assertThat(p.loop()).isEqualTo("2300");
            assertThat(p.reference()).isEqualTo("HI02-2");
            assertThat(p.message()).contains("too long").contains("1 to 30 characters");
        });
    }

    @Test
    void aCharacterOutsideTheX12SetsInAShapeAlreadyAcceptedIsStillRefusedNamingTheElement() {
        ClaimSubmission s = Fixtures.aProfessionalSubmission("BAD-2");
        ClaimSubmission bad = withSubscriber(s, named(s.subscriber(), "DOE\u0007"));
        assertThat(ClaimShape.of(ClaimKind.PROFESSIONAL, bad).key())
                .isEqualTo(ClaimShape.of(ClaimKind.PROFESSIONAL, Fixtures.aProfessionalSubmission("OK-0")).key());
        WriteResult r = writeAfterGoodOnes(bad);
        assertThat(r.refusals()).singleElement().satisfies(f -> {
            X12Problem p = f.problems().get(0);
            assertThat(p.loop()).isEqualTo("2010BA");
            assertThat(p.reference()).isEqualTo("NM103");
            assertThat(p.message()).contains("characters not allowed");
        });
    }

    @Test
    void aCodeTheGuideDoesNotAllowIsRefusedEvenWhereEverythingElseMatchesAnAcceptedShape() {
        ClaimSubmission s = Fixtures.aProfessionalSubmission("BAD-3");
        Subscriber sub = s.subscriber();
        ClaimSubmission bad = withSubscriber(s, new Subscriber(sub.name(), sub.memberId(), sub.address(),
                sub.birthDate(), sub.sex(), sub.groupNumber(), sub.responsibility(), "XX", sub.relationship()));
        WriteResult r = writeAfterGoodOnes(bad);
        assertThat(r.refusals()).singleElement().satisfies(f -> {
            X12Problem p = f.problems().get(0);
            assertThat(p.loop()).isEqualTo("2000B");
            assertThat(p.reference()).isEqualTo("SBR09");
            assertThat(p.message()).contains("\"XX\"");
        });
    }

    @Test
    void aMissingRequiredElementAfterClaimsOfTheSameSegmentsIsRefusedNamingLoopSegmentAndElement() {
        ClaimSubmission bad = withPayer(Fixtures.aProfessionalSubmission("BAD-4"),
                new Payer("NO ID PAYER", null, null));
        WriteResult r = writeAfterGoodOnes(bad);
        assertThat(r.written()).isEqualTo(20);
        assertThat(r.refusals()).singleElement().satisfies(f -> assertThat(f.problems()).anySatisfy(p -> {
            assertThat(p.loop()).isEqualTo("2010BB");
            assertThat(p.reference()).isEqualTo("NM109");
            assertThat(p.message()).contains("required element is missing");
        }));
    }

    @Test
    void theSameBadClaimIsRefusedWhetherItComesFirstOrAfterItsShapeWasAccepted() {
        ClaimSubmission bad = withDiagnoses(Fixtures.aProfessionalSubmission("BAD-5"),
                List.of("R10.11", "Y".repeat(31)));
        List<X12Problem> alone = Fixtures.writer().write(Fixtures.INTERCHANGE, ClaimKind.PROFESSIONAL, List.of(bad),
                OutputStream.nullOutputStream()).refusals().get(0).problems();
        List<X12Problem> after = writeAfterGoodOnes(bad).refusals().get(0).problems();
        assertThat(after).isEqualTo(alone);
    }

    @Test
    void claimsThatDifferInNamesIdsAmountsDatesAndAddressesShareAShapeAndNeedNoStaedi() {
        ClaimSubmission s = Fixtures.aProfessionalSubmission("OK-1");
        Subscriber sub = s.subscriber();
        ClaimSubmission other = withSubscriber(Fixtures.aProfessionalSubmission("ANOTHER-CLAIM-77"),
                new Subscriber(Name.person("SMITH-JONES", "MARY ANN"), "9ZZ9ZZ9ZZ99", new Address("7 OAK RD", null,
                        "DAYTON", "OH", "45402"), sub.birthDate(), sub.sex(), sub.groupNumber(), sub.responsibility(),
                        sub.filingIndicator(), sub.relationship()));
        ClaimShape a = ClaimShape.of(ClaimKind.PROFESSIONAL, s);
        ClaimShape b = ClaimShape.of(ClaimKind.PROFESSIONAL, other);
        assertThat(b.key()).isEqualTo(a.key());
        assertThat(a.valuesAccepted()).isTrue();
        assertThat(b.valuesAccepted()).isTrue();
        // a qualifier is part of the shape: another filing indicator (SBR09) is another shape
        ClaimSubmission commercial = withSubscriber(s, new Subscriber(sub.name(), sub.memberId(), sub.address(),
                sub.birthDate(), sub.sex(), sub.groupNumber(), sub.responsibility(), "CI", sub.relationship()));
        assertThat(ClaimShape.of(ClaimKind.PROFESSIONAL, commercial).key()).isNotEqualTo(a.key());
    }

    @Test
    void everyCharacterAcceptedWithoutStaediIsOneStaediAccepts() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (ElementRules.safe(c)) {
                assertThat(CharacterSet.isValid(c)).as("character 0x%04X", (int) c).isTrue();
            }
        }
        for (char delimiter : "*:~^".toCharArray()) {
            assertThat(ElementRules.safe(delimiter)).as("delimiter %s", delimiter).isFalse();
        }
    }

    /** ElementRules reads lengths from the standard part only: the fast path relies on this. */
    @Test
    void theWriterSchemasImplementationPartsSetNoLengthsOrPatterns() throws java.io.IOException {
        for (String name : List.of("837P-005010X222A1-writer.xml", "837I-005010X223A2-writer.xml")) {
            try (java.io.InputStream in = getClass().getResourceAsStream("/org/sonobill/x12/schema/" + name)) {
                String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                String implementation = xml.substring(xml.indexOf("<implementation>"),
                        xml.indexOf("</implementation>"));
                assertThat(implementation).as(name).doesNotContain("Length").doesNotContain("pattern");
            }
        }
    }

    @Test
    void numbersAreAcceptedOnlyInTheFormsStaediAccepts() {
        ElementRules.Rule r = new ElementRules.Rule(EDISimpleType.Base.DECIMAL, 1, 18, false);
        assertThat(List.of("240", "240.5", "-12.25", "0.5")).allSatisfy(v -> assertThat(ElementRules.accepts(r, v))
                .as(v).isTrue());
        assertThat(List.of("", "-", "1.2.3", "1.", ".5", "1E5", "1,5", "5-", "1234567890123456789"))
                .allSatisfy(v -> assertThat(ElementRules.accepts(r, v)).as(v).isFalse());
        ElementRules.Rule n = new ElementRules.Rule(EDISimpleType.Base.NUMERIC, 1, 2, false);
        assertThat(ElementRules.accepts(n, "12")).isTrue();
        assertThat(List.of("123", "1.5", "x")).allSatisfy(v -> assertThat(ElementRules.accepts(n, v)).as(v).isFalse());
        ElementRules.Rule d = new ElementRules.Rule(EDISimpleType.Base.DATE, 8, 8, false);
        assertThat(ElementRules.accepts(d, "20240229")).isTrue();
        assertThat(List.of("20250229", "20241301", "240229")).allSatisfy(v -> assertThat(ElementRules.accepts(d, v))
                .as(v).isFalse());
    }
}
