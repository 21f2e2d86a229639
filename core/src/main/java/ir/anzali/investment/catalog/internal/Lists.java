package ir.anzali.investment.catalog.internal;

import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How the catalog's records copy the lists handed to them. Stateless and thread-safe. */
public final class Lists {

    private static final int SHORT = 8;

    private Lists() {
    }

    /**
     * An unmodifiable copy.
     *
     * @param values the values, or null for none
     * @param <T>    the kind of value
     * @return the copy, never null
     */
    public static <T> List<T> copy(@Nullable List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /**
     * An unmodifiable copy in which a value named twice is kept once, where it first stands.
     *
     * @param values the values, or null for none
     * @param <T>    the kind of value
     * @return the copy, never null
     */
    public static <T> List<T> distinct(@Nullable List<T> values) {
        if (values == null) {
            return List.of();
        }
        // Lists of codes are short: comparing each with those before it beats building a set.
        if (values.size() <= SHORT) {
            List<T> copy = List.copyOf(values);
            for (int i = 1; i < copy.size(); i++) {
                if (copy.subList(0, i).contains(copy.get(i))) {
                    return List.copyOf(new LinkedHashSet<>(copy));
                }
            }
            return copy;
        }
        return List.copyOf(new LinkedHashSet<>(values));
    }

    /**
     * An unmodifiable copy of texts, each normalized ({@link PersianNormalizer}), blank ones dropped.
     *
     * @param values the texts, or null for none
     * @return the copy, never null
     */
    public static List<String> texts(@Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(values.size());
        for (String value : values) {
            String text = PersianNormalizer.normalizeToNull(value);
            if (text != null) {
                out.add(text);
            }
        }
        return List.copyOf(out);
    }
}
