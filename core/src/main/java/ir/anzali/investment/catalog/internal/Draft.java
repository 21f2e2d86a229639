package ir.anzali.investment.catalog.internal;

import ir.anzali.investment.catalog.text.Named;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import ir.anzali.investment.catalog.validation.Rule;
import ir.anzali.investment.catalog.validation.ValidationFailedException;
import ir.anzali.investment.catalog.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the builder of a record shares with its siblings beyond its values: the codes it was given
 * as text that name nothing ({@code unknown-code}), its validation and its checked build. The
 * builder lists its values itself, by the names of its record's components. Not thread-safe, like
 * the builder that holds it.
 *
 * @param <T> the record built
 * @param <B> the builder
 */
public final class Draft<T, B> {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::property)
            .thenComparing(Violation::template);

    /**
     * How the builders of a record are read, the same for all of them: made once per builder class,
     * so that a builder holds no functions of its own.
     *
     * @param type          the record built, not null
     * @param values        what a builder holds, by the names of the record's components, null
     *                      where absent; a new map on each call, not null
     * @param required      the properties that must have a value, not null
     * @param holdsRequired whether a builder holds a value for each of {@code required}, asked
     *                      before each build without making the map of values, not null
     * @param construct     calls the record's constructor with a builder's values, not null
     * @param <T>           the record built
     * @param <B>           the builder
     */
    public record Shape<T, B>(Class<T> type, Function<B, Map<String, @Nullable Object>> values, Set<String> required,
            Predicate<B> holdsRequired, Function<B, T> construct) {
    }

    private final Shape<T, B> shape;
    private final B builder;
    /** The unknown codes by property; null until there is one. */
    private @Nullable Map<String, Violation> unknown;

    /**
     * The draft of a builder.
     *
     * @param shape   how the builder is read, not null
     * @param builder the builder, not null
     */
    public Draft(Shape<T, B> shape, B builder) {
        this.shape = shape;
        this.builder = builder;
    }

    /**
     * Finds the value a text names, as a form gives it: null or blank text is no value; text that
     * names nothing is no value and an {@code unknown-code} violation of the property, suggesting
     * the closest known value, until the property is set again.
     *
     * @param property the property, not null
     * @param text     the code or name as typed
     * @param find     finds a value by code or name, not null
     * @param known    the values the text may name, not null
     * @param <V>      the kind of value
     * @return the value, or null
     */
    public <V extends Named> @Nullable V lookUp(String property, @Nullable String text,
            Function<String, Optional<V>> find, Collection<? extends V> known) {
        given(property);
        if (text == null || PersianNormalizer.normalizeToNull(text) == null) {
            return null;
        }
        Optional<V> found = find.apply(text);
        if (found.isPresent()) {
            return found.get();
        }
        Optional<? extends V> closest = CodeMatcher.of(known).suggest(text);
        String codes = known.stream().map(Named::code).collect(Collectors.joining(", "));
        String template = closest.isPresent() ? "{ir.anzali.investment.catalog.UnknownCode.suggestion.message}"
                : "{ir.anzali.investment.catalog.UnknownCode.message}";
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("value", text);
        attributes.put("known", codes);
        closest.ifPresent(c -> attributes.put("suggestion", c.code()));
        if (unknown == null) {
            unknown = new HashMap<>();
        }
        unknown.put(property, new Violation(property, Rule.UNKNOWN_CODE, text, template, attributes));
        return null;
    }

    /**
     * Forgets an unknown code of a property, which has been set to a value.
     *
     * @param property the property, not null
     */
    public void given(String property) {
        if (unknown != null) {
            unknown.remove(property);
        }
    }

    /**
     * Checks what the builder holds: the unknown codes, each missing required value that is not an
     * unknown code, and every rule the values break ({@link CatalogValidator#validateDraft}).
     *
     * @param validator the validator, not null
     * @return the violations, ordered by property, never null
     */
    public List<Violation> validate(CatalogValidator validator) {
        List<Violation> checked = validator.validateDraft(shape.type(), shape.values().apply(builder),
                shape.required(), () -> shape.construct().apply(builder));
        Map<String, Violation> codes = unknown;
        if (codes == null || codes.isEmpty()) {
            return checked;
        }
        List<Violation> out = new ArrayList<>(codes.values());
        for (Violation v : checked) {
            if (!(v.rule() == Rule.REQUIRED && codes.containsKey(v.property()))) {
                out.add(v);
            }
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /**
     * Builds the record when what the builder holds is valid.
     *
     * @param validator the validator, not null
     * @return the record, never null
     * @throws ValidationFailedException with the violations of {@link #validate(CatalogValidator)}
     *                                   when there are any
     */
    public T build(CatalogValidator validator) {
        if ((unknown == null || unknown.isEmpty()) && shape.holdsRequired().test(builder)) {
            T built = shape.construct().apply(builder);
            List<Violation> violations = validator.validate(built);
            if (violations.isEmpty()) {
                return built;
            }
            throw new ValidationFailedException(violations);
        }
        throw new ValidationFailedException(validate(validator));
    }
}
