package org.newsmark.arch;

import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of the project, as the README's architecture section draws them: dependencies
 * point one way, the computations on the model do not read files, the fronts go through the
 * services, Swing only in ui, I/O libraries only in io and report.
 */
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
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("model")
                .definedBy("org.newsmark.model..")
                .layer("io")
                .definedBy("org.newsmark.io..")
                .layer("agreement")
                .definedBy("org.newsmark.agreement..")
                .layer("training")
                .definedBy("org.newsmark.training..")
                .layer("gold")
                .definedBy("org.newsmark.gold..")
                .layer("suggest")
                .definedBy("org.newsmark.suggest..")
                .layer("consistency")
                .definedBy("org.newsmark.consistency..")
                .layer("report")
                .definedBy("org.newsmark.report..")
                .layer("service")
                .definedBy("org.newsmark.service..")
                .layer("cli")
                .definedBy("org.newsmark.cli..")
                .layer("ui")
                .definedBy("org.newsmark.ui..")
                .layer("main")
                .definedBy("org.newsmark")
                .whereLayer("main")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("cli")
                .mayOnlyBeAccessedByLayers("main")
                .whereLayer("ui")
                .mayOnlyBeAccessedByLayers("main")
                .whereLayer("service")
                .mayOnlyBeAccessedByLayers("cli", "ui", "main")
                .whereLayer("report")
                .mayOnlyBeAccessedByLayers("service", "cli")
                .whereLayer("training")
                .mayOnlyBeAccessedByLayers("report", "service", "cli", "ui")
                .whereLayer("gold")
                .mayOnlyBeAccessedByLayers("report", "service", "cli", "ui")
                .whereLayer("suggest")
                .mayOnlyBeAccessedByLayers("service", "cli", "ui")
                .whereLayer("consistency")
                .mayOnlyBeAccessedByLayers("report", "service", "cli", "ui")
                .whereLayer("agreement")
                .mayOnlyBeAccessedByLayers("training", "gold", "suggest", "report", "service", "cli", "ui")
                // The computations on the model (agreement, training, gold, suggest, consistency) never read files, and
                // the annotator reaches the project only through the services.
                .whereLayer("io")
                .mayOnlyBeAccessedByLayers("report", "service", "cli")
                .check(classes);
    }

    @Test
    void kindsOfAgreementStandApart() {
        // coding, unitizing, span and coref share the base package's vocabulary (Score, Measurement,
        // AnnotatedCorpus) and never each other; attribute (agreement on attribute values and article
        // labels) builds coding studies; agreement.corpus runs them all, agreement.bootstrap resamples
        // them (both above the kinds).
        List<String> kinds = List.of("coding", "unitizing", "span", "coref", "attribute", "corpus", "bootstrap");
        Map<String, List<String>> allowed = Map.of("attribute", List.of("coding"));
        for (String kind : kinds.subList(0, 5)) {
            String[] others = kinds.stream()
                    .filter(k -> !k.equals(kind))
                    .filter(k -> !allowed.getOrDefault(kind, List.of()).contains(k))
                    .map(k -> "org.newsmark.agreement." + k + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("org.newsmark.agreement." + kind + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(classes);
        }
        noClasses()
                .that()
                .resideInAPackage("org.newsmark.agreement")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(kinds.stream()
                        .map(k -> "org.newsmark.agreement." + k + "..")
                        .toArray(String[]::new))
                .check(classes);
    }

    @Test
    void streamingXlsxEngineKnowsNothingOfAnnotations() {
        noClasses()
                .that()
                .resideInAPackage("org.newsmark.report.xlsx..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.newsmark.model..",
                        "org.newsmark.io..",
                        "org.newsmark.agreement..",
                        "org.newsmark.training..",
                        "org.newsmark.gold..",
                        "org.newsmark.report",
                        "org.newsmark.report.workbook..")
                .check(classes);
    }

    @Test
    void modelDependsOnTheJdkAlone() {
        noClasses()
                .that()
                .resideInAPackage("org.newsmark.model..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.newsmark.model..", "java..")
                .check(classes);
    }

    @Test
    void swingAndAwtOnlyInUi() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.newsmark.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev..")
                .check(classes);
    }

    @Test
    void consoleOnlyInCli() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.newsmark.cli..", "org.newsmark")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void csvSpreadsheetAndHtmlLibrariesOnlyInIoAndReport() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.newsmark.io..", "org.newsmark.report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.opencsv..", "org.apache.poi..", "org.jsoup..")
                .check(classes);
    }

    @Test
    void gitLibraryOnlyInTheTeamService() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.newsmark.service.team..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.eclipse.jgit..", "org.apache.sshd..")
                .check(classes);
    }

    @Test
    void noCycles() {
        slices().matching("org.newsmark.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.newsmark.(**)").should().beFreeOfCycles().check(classes);
    }
}
