package org.sonobill.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line never starts Spring (architecture.md: only serve/demo may, and they come later). */
class CliArchitectureTest {
    @Test
    void theCommandLineUsesNoSpringClasses() {
        noClasses().that().resideInAPackage("org.sonobill.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.sonobill.cli"));
    }

    @Test
    void theCommandLineReachesTheEngineOnlyThroughItsPublicFeatures() {
        noClasses().that().resideInAPackage("org.sonobill.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.sonobill.engine.coding.internal..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.sonobill.cli"));
    }
}
