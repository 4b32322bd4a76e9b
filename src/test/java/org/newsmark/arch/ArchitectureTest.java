package org.newsmark.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of the project: dependencies point one way, Swing only in ui, I/O libraries only in io and report. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsmark");
    }

    @Test
    void layersDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("model").definedBy("org.newsmark.model..")
                .layer("io").definedBy("org.newsmark.io..")
                .layer("agreement").definedBy("org.newsmark.agreement..")
                .layer("report").definedBy("org.newsmark.report..")
                .layer("service").definedBy("org.newsmark.service..")
                .layer("cli").definedBy("org.newsmark.cli..")
                .layer("ui").definedBy("org.newsmark.ui..")
                .layer("main").definedBy("org.newsmark")
                .whereLayer("main").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("main")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("main")
                .whereLayer("service").mayOnlyBeAccessedByLayers("cli", "ui", "main")
                .whereLayer("report").mayOnlyBeAccessedByLayers("service", "cli", "ui")
                .whereLayer("agreement").mayOnlyBeAccessedByLayers("report", "service", "cli", "ui")
                .whereLayer("io").mayOnlyBeAccessedByLayers("agreement", "report", "service", "cli", "ui")
                .check(classes);
    }

    @Test
    void modelDependsOnTheJdkAlone() {
        noClasses().that().resideInAPackage("org.newsmark.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.newsmark.model..", "java..")
                .check(classes);
    }

    @Test
    void swingAndAwtOnlyInUi() {
        noClasses().that().resideOutsideOfPackage("org.newsmark.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev..")
                .check(classes);
    }

    @Test
    void consoleOnlyInCli() {
        noClasses().that().resideOutsideOfPackages("org.newsmark.cli..", "org.newsmark")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void csvSpreadsheetAndHtmlLibrariesOnlyInIoAndReport() {
        noClasses().that().resideOutsideOfPackages("org.newsmark.io..", "org.newsmark.report..")
                .should().dependOnClassesThat().resideInAnyPackage("com.opencsv..", "org.apache.poi..", "org.jsoup..")
                .check(classes);
    }

    @Test
    void gitLibraryOnlyInTheTeamService() {
        noClasses().that().resideOutsideOfPackage("org.newsmark.service.team..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jgit..", "org.apache.sshd..")
                .check(classes);
    }

    @Test
    void noCycles() {
        slices().matching("org.newsmark.(*)..").should().beFreeOfCycles().check(classes);
    }
}
