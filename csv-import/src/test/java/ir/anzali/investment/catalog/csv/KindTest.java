package ir.anzali.investment.catalog.csv;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class KindTest {

    static Stream<Arguments> records() {
        return Stream.of(Arguments.of(Kind.OPPORTUNITIES, Opportunity.class),
                Arguments.of(Kind.INCENTIVES, Incentive.class));
    }

    @ParameterizedTest
    @MethodSource("records")
    void every_constrained_property_of_the_record_maps_to_a_column(Kind kind, Class<?> record) {
        List<String> constrained = constrained(record, "");

        assertThat(constrained).isNotEmpty();
        for (String property : constrained) {
            assertThat(kind.columns()).as(property)
                    .anyMatch(c -> c.holds(property) || c.property().startsWith(property + "."));
        }
    }

    @ParameterizedTest
    @MethodSource("records")
    void every_column_holds_a_property_of_the_record(Kind kind, Class<?> record) {
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(kind.columns()).allSatisfy(c -> assertThat(components).contains(c.property().split("\\.")[0]));
    }

    @ParameterizedTest
    @CsvSource({
        "location.latitude, latitude",
        "location.landAreaM2, land_area_m2",
        "id.value, id",
        "title.fa, title_fa",
        "title.en, title_en",
        "youthJobs, youth_jobs",
        "indirectJobs, indirect_jobs",
        "tags[3], tags",
        "investment, investment"
    })
    void a_broken_rule_is_reported_on_the_column_of_its_property(String property, String column) {
        assertThat(Kind.OPPORTUNITIES.columnOf(property)).map(Column::name).contains(column);
    }

    @ParameterizedTest
    @CsvSource({"history", "''", "title", "investmentModelX"})
    void a_rule_of_no_column_is_reported_on_the_row(String property) {
        assertThat(Kind.OPPORTUNITIES.columnOf(property)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void only_list_code_and_currency_columns_offer_a_dropdown(Kind kind) {
        assertThat(kind.columns()).filteredOn(c -> c.codeList() != null).extracting(Column::type)
                .containsOnly(Column.Type.CODE, Column.Type.CURRENCY, Column.Type.LIST);
        assertThat(kind.columns()).filteredOn(c -> c.type() == Column.Type.CODE || c.type() == Column.Type.CURRENCY)
                .allSatisfy(c -> assertThat(c.codeList()).isNotNull());
    }

    /** The properties with a Bean Validation constraint, and those of the records they cascade into. */
    private static List<String> constrained(Class<?> record, String prefix) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            List<Annotation> annotations = new ArrayList<>(Arrays.asList(c.getAccessor().getAnnotations()));
            try {
                annotations.addAll(Arrays.asList(record.getDeclaredField(c.getName()).getAnnotations()));
            } catch (NoSuchFieldException e) {
                throw new AssertionError(e);
            }
            boolean constraint = annotations.stream()
                    .anyMatch(a -> a.annotationType().isAnnotationPresent(Constraint.class));
            boolean cascaded = annotations.stream().anyMatch(a -> a instanceof Valid);
            if (constraint) {
                out.add(prefix + c.getName());
            }
            if (cascaded && c.getType().isRecord()) {
                List<String> inner = constrained(c.getType(), prefix + c.getName() + ".");
                out.addAll(inner.isEmpty() ? List.of(prefix + c.getName()) : inner);
            }
        }
        return out;
    }
}
