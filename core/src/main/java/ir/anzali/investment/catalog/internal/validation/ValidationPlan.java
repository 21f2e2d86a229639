package ir.anzali.investment.catalog.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A quick first check of an object, compiled once per class from the validator's own constraint
 * metadata — the constraints and the validator classes it lists for them — so that the rules live
 * only in the annotations and are judged by the same validator code. {@link #passes(Object)} is true only
 * when every constraint holds; then the full validation would find nothing. When it is false — a
 * constraint fails, or one it cannot evaluate itself is present — the caller runs the full
 * validation, which gives the authoritative violations and messages. Importing a file of valid rows
 * thus skips most of the cost of building violation paths. An {@code @Email} value of the common
 * shape is accepted by {@link PlainEmail} before the validator's own, much slower, check is asked.
 * Thread-safe.
 */
public final class ValidationPlan {

    private static final Predicate<Object> UNSUPPORTED = value -> false;

    private final Validator validator;
    private final ConstraintValidatorFactory factory;
    private final ClassValue<Predicate<Object>> plans = new ClassValue<>() {
        @Override
        protected Predicate<Object> computeValue(Class<?> type) {
            return compile(type);
        }
    };
    private final LastClass<Predicate<Object>> top = new LastClass<>(this::plan);

    /**
     * @param validator the validator whose metadata is read
     * @param factory   the factory that makes its constraint validators, so that they are made as
     *                  the validator makes them (and from inside its own module)
     */
    public ValidationPlan(Validator validator, ConstraintValidatorFactory factory) {
        this.validator = validator;
        this.factory = factory;
    }

    /**
     * Tells whether an object certainly has no violation.
     *
     * @param object the object, not null
     * @return true when every constraint holds; false when one fails or cannot be checked here
     */
    public boolean passes(Object object) {
        try {
            return top.get(object.getClass()).test(object);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Predicate<Object> plan(Class<?> type) {
        return plans.get(type);
    }

    /**
     * The value for the class last asked for, computed again when another class is asked for. Each
     * place that looks up by class keeps one, and nearly always sees the same class, so the look-up
     * is one comparison; {@link ClassValue}, shared by all of them, cost more than the checks it
     * chose. Thread-safe: the last entry is replaced whole.
     */
    private static final class LastClass<V> {
        private record Entry<V>(Class<?> type, V value) {
        }

        private final Function<Class<?>, V> compute;
        private volatile @Nullable Entry<V> last;

        LastClass(Function<Class<?>, V> compute) {
            this.compute = compute;
        }

        V get(Class<?> type) {
            Entry<V> entry = last;
            if (entry == null || entry.type() != type) {
                entry = new Entry<>(type, compute.apply(type));
                last = entry;
            }
            return entry.value();
        }
    }

    private Predicate<Object> compile(Class<?> type) {
        try {
            BeanDescriptor bean = validator.getConstraintsForClass(type);
            List<Predicate<Object>> all = new ArrayList<>();
            for (ConstraintDescriptor<?> c : bean.getConstraintDescriptors()) {
                all.add(constraint(c));
            }
            for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                if (!p.getConstrainedContainerElementTypes().isEmpty() || !p.getGroupConversions().isEmpty()) {
                    return UNSUPPORTED;
                }
                Function<Object, Object> accessor = accessor(type.getMethod(p.getPropertyName()));
                List<Predicate<Object>> constraints = new ArrayList<>();
                for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
                    constraints.add(constraint(c));
                }
                Predicate<Object>[] own = array(constraints);
                boolean cascaded = p.isCascaded();
                LastClass<Predicate<Object>> nested = new LastClass<>(this::plan);
                all.add(object -> {
                    Object value = accessor.apply(object);
                    for (Predicate<Object> check : own) {
                        if (!check.test(value)) {
                            return false;
                        }
                    }
                    return !cascaded || value == null || nested.get(value.getClass()).test(value);
                });
            }
            Predicate<Object>[] checks = array(all);
            return object -> {
                for (Predicate<Object> check : checks) {
                    if (!check.test(object)) {
                        return false;
                    }
                }
                return true;
            };
        } catch (ReflectiveOperationException | RuntimeException e) {
            return UNSUPPORTED;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate<Object>[] array(List<Predicate<Object>> checks) {
        return checks.toArray(new Predicate[0]);
    }

    /** A fast accessor: a generated function where the platform allows it, reflection otherwise. */
    private static Function<Object, Object> accessor(Method method) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle handle = lookup.unreflect(method);
            Class<?> returned = method.getReturnType();
            if (!returned.isPrimitive()) {
                @SuppressWarnings("unchecked")
                Function<Object, Object> f = (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                        MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                        handle, MethodType.methodType(returned, method.getDeclaringClass())).getTarget().invoke();
                return f;
            }
        } catch (Throwable e) {
            // fall through to reflection
        }
        return object -> {
            try {
                return method.invoke(object);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** One constraint as a test; a constraint without listed validators always sends the object to full validation. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate<Object> constraint(ConstraintDescriptor<?> c) throws ReflectiveOperationException {
        if (!c.getComposingConstraints().isEmpty() || !c.getGroups().equals(Set.of(Default.class))) {
            return UNSUPPORTED;
        }
        Annotation a = c.getAnnotation();
        List<? extends Class<? extends ConstraintValidator<?, ?>>> classes = c.getConstraintValidatorClasses();
        if (classes.size() > 1) {
            return byType((List) classes, a);
        }
        if (classes.size() == 1) {
            ConstraintValidator validator = newValidator(classes.get(0), a);
            if (a instanceof Email email && email.regexp().equals(".*") && email.flags().length == 0) {
                return value -> value instanceof CharSequence text && PlainEmail.isPlain(text)
                        || validator.isValid(value, null);
            }
            return value -> validator.isValid(value, null);
        }
        return UNSUPPORTED;
    }

    /** A constraint with one validator per value type, such as {@link TextLength}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate<Object> byType(List<Class<? extends ConstraintValidator>> classes, Annotation a)
            throws ReflectiveOperationException {
        List<Class<?>> types = new ArrayList<>();
        List<ConstraintValidator> validators = new ArrayList<>();
        for (Class<? extends ConstraintValidator> type : classes) {
            Class<?> validated = validatedType(type, new HashMap<>());
            if (validated == null) {
                return UNSUPPORTED;
            }
            types.add(validated);
            validators.add(newValidator(type, a));
        }
        LastClass<ConstraintValidator> choice = new LastClass<>(valueType -> {
            int best = -1;
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i).isAssignableFrom(valueType)
                        && (best < 0 || types.get(best).isAssignableFrom(types.get(i)))) {
                    best = i;
                }
            }
            return best < 0 ? null : validators.get(best);
        });
        return value -> {
            if (value == null) {
                return validators.get(0).isValid(null, null);
            }
            ConstraintValidator validator = choice.get(value.getClass());
            return validator != null && validator.isValid(value, null);
        };
    }

    /**
     * The type a validator class validates: the second type argument of {@link ConstraintValidator},
     * resolved through generic superclasses.
     *
     * @return the type, or null when it cannot be resolved
     */
    private static @Nullable Class<?> validatedType(Type type, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw;
        if (type instanceof Class<?> c) {
            raw = c;
        } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            raw = c;
            TypeVariable<?>[] variables = c.getTypeParameters();
            Type[] arguments = p.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                Type argument = arguments[i];
                bindings.put(variables[i], argument instanceof TypeVariable<?> v && bindings.containsKey(v)
                        ? bindings.get(v) : argument);
            }
            if (c == ConstraintValidator.class) {
                Type validated = bindings.get(variables[1]);
                return validated instanceof Class<?> k ? k
                        : validated instanceof ParameterizedType vp && vp.getRawType() instanceof Class<?> k ? k : null;
            }
        } else {
            return null;
        }
        for (Type i : raw.getGenericInterfaces()) {
            Class<?> found = validatedType(i, bindings);
            if (found != null) {
                return found;
            }
        }
        Type superclass = raw.getGenericSuperclass();
        return superclass == null ? null : validatedType(superclass, bindings);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ConstraintValidator newValidator(Class<? extends ConstraintValidator> type, Annotation a) {
        ConstraintValidator validator = factory.getInstance((Class) type);
        if (validator == null) {
            throw new IllegalStateException("No validator of " + type);
        }
        validator.initialize(a);
        return validator;
    }
}
