package org.verbatim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the package map of DESIGN.md: one package per concern, dependencies pointing inwards. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.verbatim");
    }

    @Test
    void packagesDependOnlyInwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.verbatim.model..")
                .layer("transcript").definedBy("org.verbatim.transcript..")
                .layer("store").definedBy("org.verbatim.store..")
                .layer("search").definedBy("org.verbatim.search..")
                .layer("analysis").definedBy("org.verbatim.analysis..")
                .layer("exchange").definedBy("org.verbatim.exchange..")
                .layer("project").definedBy("org.verbatim.project..")
                .layer("cli").definedBy("org.verbatim.cli..")
                .layer("ui").definedBy("org.verbatim.ui..")
                .layer("launcher").definedBy("org.verbatim")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("project").mayOnlyBeAccessedByLayers("cli", "ui", "launcher")
                .whereLayer("transcript").mayOnlyBeAccessedByLayers("project")
                .whereLayer("store").mayOnlyBeAccessedByLayers("project")
                .whereLayer("search").mayOnlyBeAccessedByLayers("project")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("project")
                .whereLayer("exchange").mayOnlyBeAccessedByLayers("project")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void modelImportsNothingOfOurs() {
        noClasses().that().resideInAPackage("org.verbatim.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.verbatim.transcript..", "org.verbatim.store..",
                        "org.verbatim.search..", "org.verbatim.analysis..", "org.verbatim.exchange..",
                        "org.verbatim.project..", "org.verbatim.cli..", "org.verbatim.ui..")
                .check(classes);
    }

    @Test
    void onlyTheUserInterfaceUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.verbatim.ui..", "org.verbatim")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewModelsHaveNoSceneGraph() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("javafx.scene..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("org.verbatim.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void loggingGoesThroughSlf4j() {
        // The one exception sets Logback up (it replaced logback.xml, whose parsing slowed every start).
        noClasses().that().doNotHaveFullyQualifiedName("org.verbatim.LogFileConfigurator").should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.logging.log4j..",
                        "ch.qos.logback..")
                .check(classes);
    }
}
