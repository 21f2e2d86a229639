package ir.anzali.investment.catalog.validation;

import ir.anzali.investment.catalog.internal.validation.ValidationMessages;
import ir.anzali.investment.catalog.internal.validation.ValidationPlan;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.HibernateValidator;
import org.jspecify.annotations.Nullable;

/**
 * Validates catalog objects with Jakarta Bean Validation and reports each broken rule as a
 * {@link Violation} with its {@link Rule} and messages in Persian and English.
 *
 * <p>{@link #shared()} bootstraps one Hibernate Validator once and reuses it; it interpolates
 * messages without an Expression Language implementation. It first checks an object — or, in
 * {@link #validateValues}, each value — with a plan compiled from the validator's own constraint
 * metadata, and runs the full validation only when that check finds a problem or meets a constraint
 * it cannot evaluate, so that valid objects and values are checked quickly and violations are always
 * those of the full validation. An application that has
 * its own {@link Validator} passes it to {@link #using(Validator)}, which always runs it in full.
 * Immutable and thread-safe.
 */
public final class CatalogValidator {

    private static final Map<Class<? extends Annotation>, Rule> RULES = Map.ofEntries(
            Map.entry(NotNull.class, Rule.REQUIRED),
            Map.entry(Email.class, Rule.TYPE),
            Map.entry(Phone.class, Rule.TYPE),
            Map.entry(HttpUrl.class, Rule.TYPE),
            Map.entry(DecimalMin.class, Rule.OUT_OF_RANGE),
            Map.entry(DecimalMax.class, Rule.OUT_OF_RANGE),
            Map.entry(Min.class, Rule.OUT_OF_RANGE),
            Map.entry(Max.class, Rule.OUT_OF_RANGE),
            Map.entry(PositiveAmount.class, Rule.OUT_OF_RANGE),
            Map.entry(WholeRials.class, Rule.OUT_OF_RANGE),
            Map.entry(CatalogDate.class, Rule.OUT_OF_RANGE),
            Map.entry(PlainText.class, Rule.TYPE),
            Map.entry(TextLength.class, Rule.TOO_LONG),
            Map.entry(CatalogId.class, Rule.PATTERN));

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::property)
            .thenComparing(Violation::template);

    private final Validator validator;
    private final @Nullable ValidationPlan plan;

    private CatalogValidator(Validator validator, @Nullable ValidationPlan plan) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.plan = plan;
    }

    /**
     * The library's own validator, bootstrapped once on first use.
     *
     * @return the validator, never null
     */
    public static CatalogValidator shared() {
        return Holder.SHARED;
    }

    /**
     * A validator that uses the application's {@link Validator}.
     *
     * @param validator the validator, not null
     * @return the catalog validator, never null
     */
    public static CatalogValidator using(Validator validator) {
        return new CatalogValidator(validator, null);
    }

    /**
     * The underlying Jakarta validator.
     *
     * @return the validator, never null
     */
    public Validator validator() {
        return validator;
    }

    /**
     * Validates an object and everything it holds that is marked {@code @Valid}.
     *
     * @param object the object, not null
     * @return the violations, ordered by property path, never null; empty when valid
     */
    public List<Violation> validate(Object object) {
        if (plan != null && plan.passes(object)) {
            return List.of();
        }
        return violations(validator.validate(object));
    }

    /**
     * Validates a value as if it were a property of a type, without building an object: the
     * property's own constraints, not those across properties. For checking what can be checked of
     * data that is not complete enough to build.
     *
     * @param type     the type, not null
     * @param property the property, such as {@code irrPercent}, not null
     * @param value    the value
     * @return the violations, never null; empty when valid
     */
    public List<Violation> validateValue(Class<?> type, String property, @Nullable Object value) {
        return violations(validator.validateValue(type, property, value));
    }

    /**
     * Validates the values of an object that cannot be built yet — one filled from a web form with
     * a required value missing, say — each by its property's own constraints, as
     * {@link #validateValue(Class, String, Object)} does, and the values of properties marked
     * {@code @Valid} in full, with their paths under the property ({@code location.latitude}). Rules
     * across properties are not checked: they need the object.
     *
     * @param type   the type, not null
     * @param values the values by property name, not null; null values are skipped
     * @return the violations, ordered by property path, never null; empty when valid
     * @throws IllegalArgumentException when a name is not a property of the type
     */
    public List<Violation> validateValues(Class<?> type, Map<String, ? extends @Nullable Object> values) {
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        List<Violation> out = new ArrayList<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            Object value = e.getValue();
            if (value == null || plan != null && plan.passes(type, e.getKey(), value)) {
                continue;
            }
            PropertyDescriptor property = bean.getConstraintsForProperty(e.getKey());
            if (property != null && property.isCascaded()) {
                validate(value).forEach(v -> out.add(v.under(e.getKey())));
            }
            out.addAll(validateValue(type, e.getKey(), value));
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /**
     * Validates what a builder holds: each missing required value is a {@link Rule#REQUIRED}
     * violation ({@link Violation#missing(String)}); when none is missing, the object is built and
     * validated in full; otherwise the values given are checked one by one
     * ({@link #validateValues(Class, Map)}).
     *
     * @param type     the type built, not null
     * @param values   the builder's values by property name, null where absent; not null
     * @param required the properties that must have a value, not null
     * @param build    builds the object once every required value is there, not null
     * @param <T>      the type built
     * @return the violations, ordered by property path, never null; empty when valid
     */
    public <T> List<Violation> validateDraft(Class<T> type, Map<String, ? extends @Nullable Object> values, Set<String> required,
            Supplier<? extends T> build) {
        List<Violation> out = new ArrayList<>();
        for (String property : required) {
            if (values.get(property) == null) {
                out.add(Violation.missing(property));
            }
        }
        if (out.isEmpty()) {
            return validate(build.get());
        }
        out.addAll(validateValues(type, values));
        out.sort(ORDER);
        return List.copyOf(out);
    }

    private static List<Violation> violations(Set<? extends ConstraintViolation<?>> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>(found.size());
        for (ConstraintViolation<?> v : found) {
            Class<? extends Annotation> type = v.getConstraintDescriptor().getAnnotation().annotationType();
            Rule rule = RULES.getOrDefault(type, Rule.CROSS_FIELD);
            out.add(new Violation(v.getPropertyPath().toString(), rule, v.getInvalidValue(), v.getMessageTemplate(),
                    v.getConstraintDescriptor().getAttributes()));
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /**
     * Fills templates from the library's own messages and the constraint's attributes; needs no
     * Expression Language. Messages are in English unless a locale is asked for.
     */
    private static final class Interpolator implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, Locale.ENGLISH);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return ValidationMessages.render(template, context.getConstraintDescriptor().getAttributes(), locale);
        }
    }

    private static final class Holder {
        private static final CatalogValidator SHARED = bootstrap();

        private static CatalogValidator bootstrap() {
            ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .messageInterpolator(new Interpolator())
                    .buildValidatorFactory();
            Validator validator = factory.getValidator();
            return new CatalogValidator(validator,
                    new ValidationPlan(validator, factory.getConstraintValidatorFactory()));
        }
    }
}
