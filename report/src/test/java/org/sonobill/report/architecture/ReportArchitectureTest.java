package org.sonobill.report.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The report reader is plain Java over the engine (architecture: report depends on engine only). */
class ReportArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sonobill.report");

    @Test
    void theReaderUsesNoFrameworkAndNoOtherModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "ca.uhn..",
                "org.sonobill.x12..", "org.sonobill.cli..", "org.sonobill.server..", "org.sonobill.fhir..",
                "java.net..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void textCuttingAndTheLexiconKnowNothingOfTheReadings() {
        noClasses().that().resideInAnyPackage("org.sonobill.report.text..", "org.sonobill.report.lexicon..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sonobill.report.read..",
                        "org.sonobill.report.evaluation..")
                .check(CLASSES);
    }

    @Test
    void nothingInTheReaderLogsOrPrintsAReport() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.slf4j..")
                .check(CLASSES);
    }
}
