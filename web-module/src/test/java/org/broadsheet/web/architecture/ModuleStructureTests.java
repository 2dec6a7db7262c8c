package org.broadsheet.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.broadsheet.BroadsheetApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The star of STYLE.md, checked on every build. */
class ModuleStructureTests {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.broadsheet");

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
        ApplicationModules.of(BroadsheetApplication.class).verify();
    }

    @Test
    void stripeTypesAppearOnlyInBillingStripe() {
        noClasses().that().resideOutsideOfPackage("org.broadsheet.billing.stripe..")
                .should().dependOnClassesThat().resideInAPackage("com.stripe..")
                .check(PRODUCTION);
    }

    @Test
    void contentBillingAndAuthUseNoWebOrServletTypes() {
        noClasses().that().resideInAnyPackage("org.broadsheet.content..", "org.broadsheet.billing..", "org.broadsheet.auth..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.servlet..", "org.springframework.web..", "org.springframework.security.web..",
                        "org.springframework.http..", "org.broadsheet.web..")
                .check(PRODUCTION);
    }

    @Test
    void libraryModulesDoNotSeeEachOther() {
        noClasses().that().resideInAPackage("org.broadsheet.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.broadsheet.billing..", "org.broadsheet.auth..")
                .check(PRODUCTION);
        noClasses().that().resideInAPackage("org.broadsheet.billing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.broadsheet.content..", "org.broadsheet.auth..")
                .check(PRODUCTION);
        noClasses().that().resideInAPackage("org.broadsheet.auth..")
                .should().dependOnClassesThat().resideInAnyPackage("org.broadsheet.content..", "org.broadsheet.billing..")
                .check(PRODUCTION);
    }
}
