package org.sonobill.server.appeal.letter;

import org.sonobill.engine.denial.RootCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sonobill.server.appeal.letter.AppealFixture.COMMERCIAL;
import static org.sonobill.server.appeal.letter.AppealFixture.MEDICARE;
import static org.sonobill.server.appeal.letter.AppealFixture.aMedicalNecessityAppeal;
import static org.sonobill.server.appeal.letter.AppealFixture.allSpecifics;
import static org.sonobill.server.appeal.letter.AppealFixture.appeal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LetterTemplatesTest {

    private final LetterTemplates templates = new LetterTemplates();

    static Stream<Arguments> argumentsAndTheirEvidence() {
        return Stream.of(
                Arguments.of(RootCause.MEDICAL_NECESSITY, new String[] {"reasonable and necessary",
                        "- R10.11 Right upper quadrant pain", "- R74.01 Elevation of liver transaminase levels",
                        "LCD L34384 (Ultrasound, abdominal)", "Alan R. Choi, MD (NPI 1326047195) ordered it on January 29, 2026",
                        "Priya N. Raman, MD interpreted", "February 3, 2026 at 4:42 PM", "24 stored images and 3 cine clips",
                        "Advance Beneficiary Notice of Noncoverage on February 3, 2026"}),
                Arguments.of(RootCause.FREQUENCY, new String[] {"exceeding the expected frequency",
                        "The earlier study (76700) was performed on November 12, 2025", "new jaundice",
                        "allows a repeat study when the patient's signs or symptoms change"}),
                Arguments.of(RootCause.BUNDLING, new String[] {"modifier indicator of 1", "modifier XS (separate structure)",
                        "chapter IX on radiology services", "- upper abdominal aorta: obscured by bowel gas",
                        "NCCI Policy Manual ch. IX"}),
                Arguments.of(RootCause.DOCUMENTATION, new String[] {"requires 7 elements, and the report documents 6 of them",
                        "- gallbladder: documented", "- upper abdominal aorta: obscured by bowel gas",
                        "24 stored images and 3 cine clips"}),
                Arguments.of(RootCause.CODING_MODIFIER, new String[] {"correctly reported as 76700-26, because the study",
                        "hospital outpatient department", "corrected claim form is enclosed"}),
                Arguments.of(RootCause.AUTHORISATION, new String[] {"Authorisation AUTH-88213 covers this service",
                        "granted on February 4, 2026, retroactively", "emergency department"}),
                Arguments.of(RootCause.ELIGIBILITY, new String[] {"verification reference 271-778812",
                        "active coverage under Medicare Part B for member ID 1EG4TE5MK73"}),
                Arguments.of(RootCause.REGISTRATION, new String[] {"We have corrected the claim to read 76700-26, because the study",
                        "born July 4, 1951", "place of service 11"}),
                Arguments.of(RootCause.CREDENTIALING, new String[] {"Priya N. Raman, MD (NPI 1093817462) is enrolled",
                        "effective June 1, 2025", "enrollment reference ENR-55120"}),
                Arguments.of(RootCause.TIMELY_FILING, new String[] {"42 CFR 424.44", "interchange 000004417",
                        "accepted that transaction on February 5, 2026.", "accepted the claim on February 6, 2026."}),
                Arguments.of(RootCause.DUPLICATE, new String[] {"not a duplicate", "at 9:15 AM and the second at 3:40 PM",
                        "modifier 76", "a new fluid collection was suspected"}));
    }

    @ParameterizedTest
    @MethodSource("argumentsAndTheirEvidence")
    void theDraftMakesTheArgumentForItsRootCauseWithTheEvidenceHeld(RootCause cause, String[] phrases) {
        String draft = templates.draft(appeal(cause, MEDICARE, allSpecifics()));

        assertThat(draft).contains(phrases);
        assertThat(draft).contains("Redetermination", "denied 76700", "CO-50 (N115)", "$298.00",
                "Margaret A. Holloway (Medicare number 1EG4TE5MK73)", "February 3, 2026", "claim 22026041800417",
                "Dana K. Whitfield, CPC");
    }

    @ParameterizedTest
    @EnumSource(RootCause.class)
    void everyRootCauseDraftsWithoutLeftoverPlaceholdersForEitherPayerEvenWithNoSpecifics(RootCause cause) {
        for (var payer : new AppealFacts.Payer[] {MEDICARE, COMMERCIAL}) {
            String draft = templates.draft(appeal(cause, payer, AppealFacts.Specifics.NONE));
            assertThat(draft).doesNotContain("{{", "}}", "\n\n\n").isNotBlank();
        }
    }

    @Test
    void theAbnIsMentionedOnlyWhenThereIsOne() {
        var facts = aMedicalNecessityAppeal();
        var withoutAbn = AppealFixture.withEvidence(facts, AppealFixture.withoutAbn(facts.evidence()));

        assertThat(templates.draft(facts)).contains("Advance Beneficiary Notice");
        assertThat(templates.draft(withoutAbn)).doesNotContain("Advance Beneficiary Notice", "ABN");
    }

    @Test
    void aSecondLevelAppealCitesTheFirstLevelDecision() {
        String draft = templates.draft(AppealFixture.atLevelTwo(aMedicalNecessityAppeal()));

        assertThat(draft).contains("request for Reconsideration",
                "We requested level 1 on March 16, 2026; the decision of May 4, 2026 (unfavorable) is enclosed");
    }

    @Test
    void aCommercialPayerGetsTheGeneralOpeningAndLevelName() {
        String draft = templates.draft(appeal(RootCause.MEDICAL_NECESSITY, COMMERCIAL, allSpecifics()));

        assertThat(draft).startsWith("Please accept this letter as our First-level appeal request")
                .contains("(member ID 1EG4TE5MK73)")
                .doesNotContain("42 CFR");
    }

    @Test
    void thePayerPacksOwnTemplateWinsOverTheGeneralOne() {
        String medicare = templates.draft(appeal(RootCause.TIMELY_FILING, MEDICARE, allSpecifics()));
        String commercial = templates.draft(appeal(RootCause.TIMELY_FILING, COMMERCIAL, allSpecifics()));

        assertThat(templates.sourceOf("medicare", "timely-filing")).isEqualTo("appeal/templates/medicare/timely-filing.txt");
        assertThat(templates.sourceOf("commercial", "timely-filing")).isEqualTo("appeal/templates/timely-filing.txt");
        assertThat(medicare).contains("more than 12 months after the date of service (42 CFR 424.44)");
        assertThat(commercial).contains("The claim was filed on time").doesNotContain("424.44");
    }

    @Test
    void theUsersDirectoryWinsOverTheBundledTemplates(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bundling.txt"), "Our own words about claim {{claim.payerClaimNumber}}.\n");
        Files.createDirectories(dir.resolve("medicare"));
        Files.writeString(dir.resolve("medicare/closing.txt"), "Thank you, {{payer.name}}.");
        var mine = new LetterTemplates(dir);

        String draft = mine.draft(appeal(RootCause.BUNDLING, MEDICARE, allSpecifics()));

        assertThat(draft).contains("Our own words about claim 22026041800417.",
                "Thank you, Noridian Healthcare Solutions, JF Part B.")
                .doesNotContain("modifier indicator of 1", "We ask Noridian");
        assertThat(draft).startsWith("Please accept this letter as our request for Redetermination");
        assertThat(mine.sourceOf("medicare", "bundling")).isEqualTo(dir.resolve("bundling.txt").toString());
    }

    @Test
    void theDefaultTemplateArguesForARootCauseWithoutOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("default.txt"), "Default argument.");
        var bundledOnly = new LetterTemplates();

        assertThat(bundledOnly.sourceOf("medicare", "no-such-cause")).isEqualTo("appeal/templates/default.txt");
        assertThat(new LetterTemplates(dir).sourceOf("medicare", "no-such-cause")).isEqualTo(dir.resolve("default.txt")
                .toString());
        assertThat(new LetterTemplates(dir).sourceOf("medicare", "bundling")).isEqualTo("appeal/templates/bundling.txt");
    }

    @Test
    void anUnknownPlaceholderIsAnErrorNamingTheFileTheLineAndThePlaceholder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("duplicate.txt");
        Files.writeString(file, "The claim was denied.\n{{#if evidence.abn}}\nClaim {{claim.icn}} again.\n{{/if}}\n");

        assertThatThrownBy(() -> new LetterTemplates(dir).draft(appeal(RootCause.DUPLICATE, COMMERCIAL, allSpecifics())))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith(file + " line 3: unknown placeholder {{claim.icn}}")
                .hasMessageContaining("Claim has: claimNumber, dateOfService, payerClaimNumber");
    }

    @Test
    void aBlockLeftOpenOrAnUnprintableValueIsAnErrorToo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("eligibility.txt"), "One.\n{{#each evidence.diagnoses}}\n- {{it.code}}\n");
        Files.writeString(dir.resolve("registration.txt"), "Order: {{evidence.order}}");
        var mine = new LetterTemplates(dir);

        assertThatThrownBy(() -> mine.draft(appeal(RootCause.ELIGIBILITY, COMMERCIAL, allSpecifics())))
                .hasMessage(dir.resolve("eligibility.txt") + " line 2: {{#each}} is never closed");
        assertThatThrownBy(() -> mine.draft(appeal(RootCause.REGISTRATION, COMMERCIAL, allSpecifics())))
                .hasMessageContaining("registration.txt line 1: {{evidence.order}} cannot be printed as it is")
                .hasMessageContaining("orderingProvider");
    }

    @Test
    void everyBundledTemplateIsCheckedAgainstTheFacts() {
        for (String pack : new String[] {"medicare", "commercial"}) {
            Arrays.stream(RootCause.values()).forEach(cause -> assertThat(templates.sourceOf(pack, cause.slug()))
                    .endsWith(cause.slug() + ".txt"));
        }
    }
}
