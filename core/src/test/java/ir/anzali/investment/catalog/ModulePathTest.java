package ir.anzali.investment.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tests run with the library on the module path, as a modular application would use it. */
class ModulePathTest {

    @Test
    void the_library_runs_as_a_named_module() {
        Module module = Catalog.class.getModule();
        assertThat(module.isNamed()).isTrue();
        assertThat(module.getName()).isEqualTo("ir.anzali.investment.catalog");
        assertThat(module.getDescriptor().exports()).extracting(java.lang.module.ModuleDescriptor.Exports::source)
                .contains("ir.anzali.investment.catalog.json", "ir.anzali.investment.catalog.validation");
    }
}
