package ir.anzali.investment.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shape of the core module: no package cycles, no files, Jackson in one place, helpers hidden. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ir.anzali.investment.catalog");

    @Test
    void packages_do_not_depend_on_each_other_in_a_cycle() {
        slices().matching("ir.anzali.investment.(**)").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void core_knows_nothing_of_files_or_the_application() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("..catalog.csv..", "..catalog.xlsx..", "..catalog.cli..", "org.apache.commons.csv..")
                .check(CORE);
    }

    @Test
    void validation_holds_only_what_applies_to_many_types() {
        noClasses().that().resideInAnyPackage("..catalog.validation..", "..catalog.internal.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("..catalog.opportunity..", "..catalog.incentive..",
                        "..catalog.reference..", "..catalog.eligibility..", "..catalog.query..", "..catalog.json..")
                .check(CORE);
    }

    @Test
    void jackson_is_used_only_for_the_catalog_json() {
        noClasses().that().resideOutsideOfPackage("..catalog.json..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(CORE);
    }

    @Test
    void public_methods_of_the_api_neither_take_nor_give_helpers_or_jackson_types() {
        DescribedPredicate<JavaClass> hidden = DescribedPredicate.describe("a helper or Jackson type",
                c -> c.getPackageName().contains(".internal") || c.getPackageName().startsWith("com.fasterxml"));
        noMethods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should().haveRawReturnType(hidden)
                .orShould().haveRawParameterTypes(DescribedPredicate.anyElementThat(hidden))
                .check(CORE);
    }
}
