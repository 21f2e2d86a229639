package ir.anzali.investment.catalog.internal;

import ir.anzali.investment.catalog.text.Named;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Finds a {@link Named} value by what a person typed: its code, case-insensitive, with spaces and
 * {@code -} read as {@code _}; or its English or Persian name, after Persian normalization. When
 * nothing matches, suggests the closest value whose code or name is within a small edit distance.
 * Built once per list of values; immutable and thread-safe.
 *
 * @param <T> the kind of value
 */
public final class CodeMatcher<T extends Named> {

    private final Map<String, T> byKey;
    private final List<T> values;
    private final UnaryOperator<String> key;

    private CodeMatcher(Collection<? extends T> values, UnaryOperator<String> key) {
        this.values = List.copyOf(values);
        this.key = key;
        Map<String, T> keys = new HashMap<>();
        for (T value : this.values) {
            keys.putIfAbsent(key.apply(value.code()), value);
        }
        for (T value : this.values) {
            keys.putIfAbsent(key.apply(value.nameEn()), value);
            keys.putIfAbsent(key.apply(value.nameFa()), value);
        }
        // Names as written match without computing a key: the common case, and the quick one.
        for (T value : this.values) {
            keys.putIfAbsent(value.nameEn(), value);
            keys.putIfAbsent(value.nameFa(), value);
        }
        this.byKey = Map.copyOf(keys);
    }

    /**
     * Builds a matcher over values; where two values share a name, codes win over names and the
     * earlier value over the later.
     *
     * @param values the values, not null
     * @param <T>    the kind of value
     * @return the matcher, never null
     */
    public static <T extends Named> CodeMatcher<T> of(Collection<? extends T> values) {
        return new CodeMatcher<>(values, CodeMatcher::key);
    }

    /**
     * Builds a matcher over values that matches texts by another key, such as {@link #compactKey}.
     *
     * @param values the values, not null
     * @param key    the key a code, a name or a text is matched by, not null
     * @param <T>    the kind of value
     * @return the matcher, never null
     */
    public static <T extends Named> CodeMatcher<T> of(Collection<? extends T> values, UnaryOperator<String> key) {
        return new CodeMatcher<>(values, key);
    }

    /**
     * Builds a matcher over the constants of an enum.
     *
     * @param type the enum type, not null
     * @param <E>  the enum
     * @return the matcher, never null
     */
    public static <E extends Enum<E> & Named> CodeMatcher<E> ofEnum(Class<E> type) {
        return new CodeMatcher<>(List.of(type.getEnumConstants()), CodeMatcher::key);
    }

    /**
     * Finds the value a text names.
     *
     * @param text the code or name; null or blank names nothing
     * @return the value, or empty
     */
    public Optional<T> find(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        T exact = byKey.get(text);
        return Optional.ofNullable(exact != null ? exact : byKey.get(key.apply(text)));
    }

    /**
     * Suggests the value closest to a text that matched nothing.
     *
     * @param text the text, not null
     * @return the closest value within a third of the text's length in edits (at least 2), or empty
     */
    public Optional<T> suggest(String text) {
        String wanted = key.apply(text);
        int limit = Math.max(2, wanted.length() / 3);
        @Nullable T best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (T value : values) {
            for (String candidate : new String[] {value.code(), value.nameEn(), value.nameFa()}) {
                int d = distance(wanted, key.apply(candidate), limit);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = value;
                }
            }
        }
        return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /**
     * The values, in the order given.
     *
     * @return an unmodifiable list, never null
     */
    public List<T> values() {
        return values;
    }

    /**
     * The key a code or name is matched by: normalized, upper case, with space, {@code -} and
     * {@code _} alike.
     *
     * @param text the text, not null
     * @return the key, never null
     */
    public static String key(String text) {
        String n = PersianNormalizer.normalize(text).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            out.append(c == ' ' || c == '-' ? '_' : c);
        }
        return out.toString();
    }

    /**
     * The key a header name is matched by: normalized, upper case, with space, half-space (ZWNJ),
     * {@code -}, {@code _} and nothing between letters alike, so that {@code مشوقها} is {@code مشوق‌ها}
     * and {@code Title FA} is {@code title_fa}.
     *
     * @param text the text, not null
     * @return the key, never null
     */
    public static String compactKey(String text) {
        String n = PersianNormalizer.normalize(text).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c != ' ' && c != '-' && c != '_' && c != PersianNormalizer.ZWNJ) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
