package org.sonobill.fhir.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HAPI stays in the fhir module, each protocol in its own package, and no adapter prints what it reads. */
class FhirArchitectureTest {
    private static JavaClasses sonobill;

    @BeforeAll
    static void importClasses() {
        sonobill = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sonobill");
    }

    @Test
    void engineAndReportReaderNeverSeeHapi() {
        noClasses().that().resideInAnyPackage("org.sonobill.engine..", "org.sonobill.report..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.uhn..", "org.hl7.fhir..")
                .because("HAPI is heavy and belongs to the fhir module alone (architecture.md)")
                .check(sonobill);
    }

    @Test
    void hl7AdaptersDoNotUseFhir() {
        noClasses().that().resideInAPackage("org.sonobill.fhir.hl7..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sonobill.fhir.r4..", "ca.uhn.fhir..",
                        "org.hl7.fhir..")
                .check(sonobill);
    }

    @Test
    void fhirAdaptersDoNotUseHl7Version2() {
        noClasses().that().resideInAPackage("org.sonobill.fhir.r4..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sonobill.fhir.hl7..", "ca.uhn.hl7v2..")
                .check(sonobill);
    }

    @Test
    void adaptersNeitherLogNorPrintWhatTheyRead() {
        noClasses().that().resideInAPackage("org.sonobill.fhir..")
                .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.util.logging..",
                        "org.apache.commons.logging..")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("messages carry patient identifiers, which are never logged")
                .check(sonobill);
    }
}
