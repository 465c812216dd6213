package org.sonobill.x12.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** X12 is plain Java over StAEDI: no framework, no database; the test-only second reader stays in tests. */
class X12ArchitectureTest {
    private static JavaClasses x12;

    @BeforeAll
    static void importX12() {
        x12 = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sonobill.x12");
    }

    @Test
    void x12DependsOnNoFrameworkDatabaseOrTestOnlyReader() {
        noClasses().that().resideInAPackage("org.sonobill.x12..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "java.sql..", "javax.sql..", "picocli..",
                        "org.flywaydb..", "org.postgresql..", "com.imsweb..", "com.thoughtworks..")
                .because("X12 maps files to the engine's records; posting and commands live in the server and CLI")
                .check(x12);
    }

    @Test
    void theEngineDoesNotKnowAboutX12() {
        noClasses().that().resideInAPackage("org.sonobill.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.sonobill.x12..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.sonobill.engine"));
    }
}
