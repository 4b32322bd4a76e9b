package org.newsmark.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The suggestion engine computes on the model alone; OpenNLP stays inside it. */
class SuggestPackageTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsmark");
    }

    @Test
    void suggestUsesTheModelTheJdkAndOpenNlpOnly() {
        noClasses()
                .that()
                .resideInAPackage("org.newsmark.suggest..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "org.newsmark.model..",
                        "org.newsmark.suggest..",
                        "java..",
                        "javax.xml..",
                        "org.w3c.dom..",
                        "opennlp.tools..")
                .check(classes);
    }

    @Test
    void openNlpOnlyInSuggest() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.newsmark.suggest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("opennlp..")
                .check(classes);
    }
}
