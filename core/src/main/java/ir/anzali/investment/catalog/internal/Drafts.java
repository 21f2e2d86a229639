package ir.anzali.investment.catalog.internal;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the builders of the catalog's records share: a builder holds one field for each component
 * of its record, under the same name, so that its values can be listed for validation and filled
 * from a record without naming every component again. Thread-safe.
 */
public final class Drafts {

    private static final ClassValue<List<Binding>> BINDINGS = new ClassValue<>() {
        @Override
        protected List<Binding> computeValue(Class<?> builder) {
            Class<?> record = builder.getEnclosingClass();
            if (record == null || !record.isRecord()) {
                throw new IllegalStateException(builder + " is not the builder of a record");
            }
            List<Binding> out = new ArrayList<>();
            for (RecordComponent c : record.getRecordComponents()) {
                try {
                    Field field = builder.getDeclaredField(c.getName());
                    field.setAccessible(true);
                    out.add(new Binding(c.getName(), c.getAccessor(), field));
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(builder.getName() + " lacks a field for " + c.getName(), e);
                }
            }
            return List.copyOf(out);
        }
    };

    private Drafts() {
    }

    /** A component of a record and the builder field that holds it. */
    private record Binding(String name, Method accessor, Field field) {
    }

    /**
     * The values a builder holds, by the names of its record's components, in their order.
     *
     * @param builder a builder nested in its record's class, not null
     * @return the values, null where none is set; a new map, never null
     * @throws IllegalStateException when the builder lacks a field for a component
     */
    public static Map<String, Object> values(Object builder) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            for (Binding b : BINDINGS.get(builder.getClass())) {
                out.put(b.name(), b.field().get(builder));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * Tells whether a builder holds a value for each of some properties, reading only those.
     *
     * @param builder  a builder nested in its record's class, not null
     * @param required the names of the properties, not null
     * @return true when none of them is null
     * @throws IllegalStateException when the builder lacks a field for a component
     */
    public static boolean holds(Object builder, Set<String> required) {
        try {
            for (Binding b : BINDINGS.get(builder.getClass())) {
                if (required.contains(b.name()) && b.field().get(builder) == null) {
                    return false;
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return true;
    }

    /**
     * Fills a builder with the values of a record.
     *
     * @param from    the record, not null
     * @param builder a builder of the record's class, not null
     * @param <B>     the builder's type
     * @return the builder, filled
     * @throws IllegalStateException when the builder lacks a field for a component
     */
    public static <B> B fill(Record from, B builder) {
        try {
            for (Binding b : BINDINGS.get(builder.getClass())) {
                b.field().set(builder, b.accessor().invoke(from));
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
        return builder;
    }
}
