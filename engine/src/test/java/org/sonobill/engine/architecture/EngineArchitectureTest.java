package org.sonobill.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: no framework, no database, no network (architecture.md, style.md §2). */
class EngineArchitectureTest {
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sonobill.engine");
    }

    @Test
    void engineDependsOnNoFrameworkDatabaseOrNetworkLibrary() {
        noClasses().that().resideInAPackage("org.sonobill.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.servlet..", "java.sql..", "javax.sql..",
                        "java.net.http..", "org.apache.http..", "okhttp3..", "picocli..", "org.hibernate..",
                        "org.flywaydb..", "org.postgresql..")
                .because("the coding core is plain Java with no framework (architecture.md)")
                .check(engine);
    }

    @Test
    void engineDoesNotOpenNetworkConnections() {
        noClasses().that().resideInAPackage("org.sonobill.engine..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .check(engine);
    }

    @Test
    void codingInternalsAreUsedOnlyThroughTheCodingEngine() {
        classes().that().resideInAPackage("org.sonobill.engine.coding.internal..")
                .should().onlyBeAccessed().byClassesThat().resideInAnyPackage(
                        "org.sonobill.engine.coding..")
                .check(engine);
    }

    @Test
    void referenceDataDoesNotDependOnCodingRules() {
        noClasses().that().resideInAPackage("org.sonobill.engine.reference..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sonobill.engine.coding..",
                        "org.sonobill.engine.study..")
                .check(engine);
    }
}
