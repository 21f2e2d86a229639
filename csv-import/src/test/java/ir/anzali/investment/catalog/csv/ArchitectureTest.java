package ir.anzali.investment.catalog.csv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the CSV module: no package cycles; the format's vocabulary and the report stand
 * alone; reading and writing share the rows' implementation, which no API signature shows.
 */
class ArchitectureTest {

    private static final JavaClasses CSV = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ir.anzali.investment.catalog.csv");

    @Test
    void packages_do_not_depend_on_each_other_in_a_cycle() {
        slices().matching("ir.anzali.investment.catalog.(**)").should().beFreeOfCycles().check(CSV);
    }

    @Test
    void the_vocabulary_and_the_report_depend_on_no_reading_or_writing() {
        noClasses().that().resideInAnyPackage("ir.anzali.investment.catalog.csv", "..csv.report..")
                .should().dependOnClassesThat().resideInAnyPackage("..csv.internal..", "..csv.read..", "..csv.write..")
                .check(CSV);
    }

    @Test
    void the_record_reader_interface_depends_on_no_reading_or_writing() {
        noClasses().that().resideInAPackage("..csv.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("..csv.internal..", "..csv.read..", "..csv.write..")
                .check(CSV);
    }

    @Test
    void jackson_is_used_only_to_write_reports() {
        noClasses().that().resideOutsideOfPackage("..csv.report..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(CSV);
    }

    @Test
    void public_methods_of_the_api_neither_take_nor_give_helpers_or_jackson_types() {
        DescribedPredicate<JavaClass> hidden = DescribedPredicate.describe("a helper or Jackson type",
                c -> c.getPackageName().contains(".internal") || c.getPackageName().startsWith("com.fasterxml"));
        noMethods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should().haveRawReturnType(hidden)
                .orShould().haveRawParameterTypes(DescribedPredicate.anyElementThat(hidden))
                .check(CSV);
    }
}
