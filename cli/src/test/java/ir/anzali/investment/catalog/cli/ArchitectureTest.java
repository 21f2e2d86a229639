package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What holds across the library's modules and the application, which this module alone sees
 * together: nullness is declared in every package, so that what the compiler's null check proves
 * covers all of the code.
 */
class ArchitectureTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ir.anzali.investment.catalog");

    @Test
    void every_package_of_the_library_modules_and_the_application_is_null_marked() {
        Set<String> packages = ALL.stream().map(JavaClass::getPackageName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages).contains("ir.anzali.investment.catalog", "ir.anzali.investment.catalog.internal.text",
                "ir.anzali.investment.catalog.csv.internal", "ir.anzali.investment.catalog.xlsx",
                "ir.anzali.investment.catalog.xlsx.internal", "ir.anzali.investment.catalog.html",
                "ir.anzali.investment.catalog.cli");
        assertThat(packages).filteredOn(p -> !ALL.getPackage(p).isAnnotatedWith("org.jspecify.annotations.NullMarked"))
                .isEmpty();
    }
}
