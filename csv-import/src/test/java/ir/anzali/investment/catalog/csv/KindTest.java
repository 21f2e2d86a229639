package ir.anzali.investment.catalog.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.text.LocalizedText;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
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
            // A rule on text in two languages is broken by one of them (TextLength reports on fa or en).
            List<String> paths = type(record, property) == LocalizedText.class
                    ? List.of(property + ".fa", property + ".en") : List.of(property);
            for (String path : paths) {
                assertThat(kind.columnOf(path)).as(path).isPresent();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("records")
    void every_column_names_a_property_the_record_has(Kind kind, Class<?> record) {
        for (Column c : kind.columns()) {
            List<String> names = List.of(c.property().split("\\."));
            // A currency column names the currency of the amount its neighbour holds.
            String path = String.join(".", c.type() == Column.Type.CURRENCY ? names.subList(0, names.size() - 1) : names);
            assertThat(type(record, path)).as(c.name()).isNotNull();
        }
    }

    @ParameterizedTest
    @CsvSource({"investment.amount", "locaton.area", "title.de", "minDirectJob"})
    void a_path_that_names_no_property_is_found_out(String path) {
        assertThat(type(Opportunity.class, path)).isNull();
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

    @Test
    void a_column_read_together_with_others_is_not_set_alone() {
        Column title = Kind.OPPORTUNITIES.columns().get(1);
        Column deadline = Kind.OPPORTUNITIES.columns().stream().filter(c -> c.name().equals("deadline")).findFirst().orElseThrow();

        assertThat(title.access().settable()).isFalse();
        assertThatThrownBy(() -> title.access().set(Opportunity.builder(), "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("read with others");
        assertThat(deadline.access().settable()).isTrue();
    }

    /** The type of the property at a path of record components, or null when a part names none. */
    private static @Nullable Class<?> type(Class<?> record, String path) {
        Class<?> type = record;
        for (String name : path.split("\\.")) {
            Class<?> at = type;
            type = type.isRecord() ? Arrays.stream(at.getRecordComponents()).filter(c -> c.getName().equals(name))
                    .findFirst().<Class<?>>map(RecordComponent::getType).orElse(null) : null;
            if (type == null) {
                return null;
            }
        }
        return type;
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

    @ParameterizedTest
    @EnumSource(Kind.class)
    void every_column_has_a_note_in_english_and_in_persian(Kind kind) {
        for (Column c : kind.columns()) {
            assertThat(c.note().en()).as(c.name()).isNotBlank().doesNotContainPattern("[\u0600-\u06FF]");
            assertThat(c.note().fa()).as(c.name()).isNotBlank().isNotEqualTo(c.note().en())
                    .containsPattern("[\u0600-\u06FF]");
        }
    }

    @Test
    void a_column_declares_its_note_beside_it() {
        Column investment = Kind.OPPORTUNITIES.columnOf("investment").orElseThrow();

        assertThat(investment.note().text(Locale.ENGLISH)).startsWith("Required. The amount");
        assertThat(Kind.OPPORTUNITIES.columns().get(0).note().en()).contains("AFZ-TOU-001");
        assertThat(Kind.INCENTIVES.columns().get(0).note().en()).contains("INC-TAX-20");
        assertThat(Kind.OPPORTUNITIES.columnOf("sector").orElseThrow().note().text(Locale.forLanguageTag("fa")))
                .isEqualTo("الزامی. از فهرست انتخاب کنید.");
    }
}
