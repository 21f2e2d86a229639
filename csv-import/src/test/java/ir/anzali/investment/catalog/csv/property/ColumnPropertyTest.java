package ir.anzali.investment.catalog.csv.property;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Each column's entry takes from a record the value of the property the entry names, and gives a
 * builder back what it took: the property a column names and the way it reads and writes are one
 * declaration that cannot drift apart.
 */
class ColumnPropertyTest {

    @Test
    void every_column_writes_the_value_of_the_property_it_names() throws Exception {
        Seeds.forEach(20, seed -> {
            Catalog catalog = new Generators(seed).catalog(3, 5);
            for (Object o : catalog.opportunities()) {
                assertWritesItsProperty(Kind.OPPORTUNITIES, o);
            }
            for (Object i : catalog.incentives()) {
                assertWritesItsProperty(Kind.INCENTIVES, i);
            }
        });
    }

    @Test
    void a_column_that_alone_holds_a_property_gives_a_builder_what_it_takes_from_the_record() throws Exception {
        Seeds.forEach(20, seed -> {
            Catalog catalog = new Generators(seed).catalog(3, 5);
            for (var o : catalog.opportunities()) {
                var copy = o.toBuilder();
                for (Column c : Kind.OPPORTUNITIES.columns()) {
                    if (c.access().settable()) {
                        c.access().set(copy, c.access().get(o));
                    }
                }
                assertThat(copy.build()).isEqualTo(o);
            }
            for (var i : catalog.incentives()) {
                var copy = i.toBuilder();
                for (Column c : Kind.INCENTIVES.columns()) {
                    if (c.access().settable()) {
                        c.access().set(copy, c.access().get(i));
                    }
                }
                assertThat(copy.build()).isEqualTo(i);
            }
        });
    }

    private static void assertWritesItsProperty(Kind kind, Object record) throws Exception {
        for (Column c : kind.columns()) {
            String path = c.type() == Column.Type.CURRENCY
                    ? c.property().substring(0, c.property().lastIndexOf(".currency"))
                    : c.property();
            assertThat(c.access().get(record)).as(c.name()).isEqualTo(plain(at(record, path)));
        }
    }

    /** The value at a property path of a record, following record components; null past a null. */
    static @Nullable Object at(Object record, String path) throws ReflectiveOperationException {
        Object value = record;
        for (String name : path.split("\\.")) {
            if (value == null) {
                return null;
            }
            value = component(value.getClass(), name).getAccessor().invoke(value);
        }
        return value;
    }

    /** The component of a record by name. */
    static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new AssertionError(record.getSimpleName() + " has no component " + name);
    }

    /** Ids as the text a cell holds. */
    private static @Nullable Object plain(@Nullable Object value) {
        if (value instanceof OpportunityId id) {
            return id.value();
        }
        if (value instanceof IncentiveId id) {
            return id.value();
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof IncentiveId) {
            return list.stream().map(i -> ((IncentiveId) i).value()).toList();
        }
        return value;
    }
}
