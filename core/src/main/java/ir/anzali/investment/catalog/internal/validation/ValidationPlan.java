package ir.anzali.investment.catalog.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
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
 *
 * <p>A class's check is one method handle that joins its constraints' validators, each bound to
 * its validator and each property's to its accessor. The platform compiles a method handle called
 * often into code of its own, in which the validators and accessors it holds are constants: so the
 * calls of one class's check reach the accessor and validator they name directly and are inlined,
 * where calls through one shared interface call site, which sees every accessor and every
 * validator, are not. Thread-safe.
 */
public final class ValidationPlan {

    private static final MethodType TEST = MethodType.methodType(boolean.class, Object.class);
    private static final MethodHandle TRUE = MethodHandles.dropArguments(MethodHandles.constant(boolean.class, true), 0,
            Object.class);
    private static final MethodHandle FALSE = MethodHandles.dropArguments(MethodHandles.constant(boolean.class, false),
            0, Object.class);
    private static final MethodHandle IS_NULL;
    private static final MethodHandle IS_VALID;
    private static final MethodHandle PLAIN_EMAIL;
    private static final MethodHandle BY_CLASS;
    private static final MethodHandle NESTED;
    private static final MethodHandle INVOKE;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            IS_NULL = lookup.findStatic(Objects.class, "isNull", TEST);
            IS_VALID = lookup.findVirtual(ConstraintValidator.class, "isValid",
                    MethodType.methodType(boolean.class, Object.class, ConstraintValidatorContext.class));
            PLAIN_EMAIL = lookup.findStatic(ValidationPlan.class, "plainEmail", TEST);
            BY_CLASS = lookup.findVirtual(ByClass.class, "test", TEST);
            NESTED = lookup.findVirtual(Nested.class, "test", TEST);
            INVOKE = lookup.findStatic(ValidationPlan.class, "invoke",
                    MethodType.methodType(Object.class, Method.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Validator validator;
    private final ConstraintValidatorFactory factory;
    private final ClassValue<MethodHandle> plans = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return compile(type, new ArrayList<>());
        }
    };
    private final LastClass<MethodHandle> top = new LastClass<>(this::plan);
    /** Each class's checks of one property's value, by property name. */
    private final ClassValue<Map<String, MethodHandle>> values = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return compileValues(type);
        }
    };

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
        return test(top.get(object.getClass()), object);
    }

    /**
     * Tells whether a value certainly has no violation as the value of a property of a type: its
     * property's own constraints and, for a property marked {@code @Valid}, the value's in full —
     * what the validator's {@code validateValue} and a validation of the value would find.
     *
     * @param type     the type, not null
     * @param property the property's name, not null
     * @param value    the value, not null
     * @return true when every such constraint holds; false when one fails, cannot be checked here,
     *         or the type has no such property
     */
    public boolean passes(Class<?> type, String property, Object value) {
        MethodHandle check = values.get(type).get(property);
        return check != null && test(check, value);
    }

    /** Runs a check of the object's class; false when a validator or accessor fails. */
    private static boolean test(MethodHandle plan, Object object) {
        try {
            return (boolean) plan.invokeExact(object);
        } catch (RuntimeException e) {
            return false;
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            return false;
        }
    }

    private MethodHandle plan(Class<?> type) {
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

    /** The check of a cascaded property's value: the plan of the value's class. */
    private static final class Nested {
        private final LastClass<MethodHandle> plans;

        Nested(LastClass<MethodHandle> plans) {
            this.plans = plans;
        }

        boolean test(@Nullable Object value) throws Throwable {
            return value == null || (boolean) plans.get(value.getClass()).invokeExact(value);
        }
    }

    /**
     * A constraint of one validator per value type (such as {@link TextLength}) on a property whose
     * values may be of several classes: the validator of the value's class, chosen as the validator
     * chooses it (the most specific type the value is an instance of) and remembered for the few
     * classes seen.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final class ByClass {
        /** The most classes remembered; the choice for others is made each time. */
        private static final int REMEMBERED = 8;

        private final Class<?>[] types;
        private final ConstraintValidator[] validators;
        /** The classes seen and the validator chosen for each, null when none fits; replaced whole. */
        private volatile Choices choices = new Choices(new Class<?>[0], new ConstraintValidator[0]);

        private record Choices(Class<?>[] types, ConstraintValidator[] validators) {
        }

        ByClass(Class<?>[] types, ConstraintValidator[] validators) {
            this.types = types;
            this.validators = validators;
        }

        boolean test(@Nullable Object value) {
            if (value == null) {
                return validators[0].isValid(null, null);
            }
            ConstraintValidator validator = choose(value.getClass());
            return validator != null && validator.isValid(value, null);
        }

        private @Nullable ConstraintValidator choose(Class<?> valueType) {
            Choices seen = choices;
            for (int i = 0; i < seen.types().length; i++) {
                if (seen.types()[i] == valueType) {
                    return seen.validators()[i];
                }
            }
            ConstraintValidator chosen = chosen(types, validators, valueType);
            int n = seen.types().length;
            if (n < REMEMBERED) {
                Class<?>[] moreTypes = Arrays.copyOf(seen.types(), n + 1);
                ConstraintValidator[] moreValidators = Arrays.copyOf(seen.validators(), n + 1);
                moreTypes[n] = valueType;
                moreValidators[n] = chosen;
                choices = new Choices(moreTypes, moreValidators);
            }
            return chosen;
        }
    }

    /**
     * The validator a value's class is validated by: the one of the most specific type the class
     * is an instance of, as the validator chooses it.
     *
     * @return the validator, or null when none fits
     */
    @SuppressWarnings("rawtypes")
    private static @Nullable ConstraintValidator chosen(Class<?>[] types, ConstraintValidator[] validators,
            Class<?> valueType) {
        int best = -1;
        for (int i = 0; i < types.length; i++) {
            if (types[i].isAssignableFrom(valueType) && (best < 0 || types[best].isAssignableFrom(types[i]))) {
                best = i;
            }
        }
        return best < 0 ? null : validators[best];
    }

    /**
     * The check of a class.
     *
     * @param within the classes whose checks are being made, outermost first, which a cascaded
     *               property of a final class among them finds by its value's class when checked
     */
    private MethodHandle compile(Class<?> type, List<Class<?>> within) {
        within.add(type);
        try {
            BeanDescriptor bean = validator.getConstraintsForClass(type);
            List<MethodHandle> checks = new ArrayList<>();
            for (ConstraintDescriptor<?> c : bean.getConstraintDescriptors()) {
                // A constraint of the class validates an object of exactly this class.
                MethodHandle check = constraint(c, type, true);
                if (check == null) {
                    return FALSE;
                }
                checks.add(check);
            }
            for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                Method getter = type.getMethod(p.getPropertyName());
                MethodHandle own = property(p, getter.getReturnType(), within);
                if (own == FALSE) {
                    return FALSE;
                }
                checks.add(MethodHandles.filterArguments(own, 0, accessor(getter)));
            }
            return all(checks);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return FALSE;
        } finally {
            within.remove(within.size() - 1);
        }
    }

    /**
     * The check of a property's value: its own constraints, then, for a cascaded property, the
     * value's class's check; {@link #FALSE} when one cannot be checked here.
     *
     * @param declared the property's declared type
     * @param within   as for {@link #compile}
     */
    private MethodHandle property(PropertyDescriptor p, Class<?> declared, List<Class<?>> within)
            throws ReflectiveOperationException {
        if (!p.getConstrainedContainerElementTypes().isEmpty() || !p.getGroupConversions().isEmpty()) {
            return FALSE;
        }
        List<MethodHandle> own = new ArrayList<>();
        for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
            MethodHandle check = constraint(c, declared, exact(declared));
            if (check == null) {
                return FALSE;
            }
            own.add(check);
        }
        if (p.isCascaded()) {
            own.add(exact(declared) && !within.contains(declared)
                    ? MethodHandles.guardWithTest(IS_NULL, TRUE, compile(declared, within))
                    : NESTED.bindTo(new Nested(new LastClass<>(this::plan))));
        }
        return all(own);
    }

    /**
     * The checks of each property's value of a class, by name: a field without constraints has one
     * that always holds; a property that cannot be checked here, and a name that is no property, has
     * none, and is left to the validator.
     */
    private Map<String, MethodHandle> compileValues(Class<?> type) {
        Map<String, MethodHandle> checks = new HashMap<>();
        try {
            BeanDescriptor bean = validator.getConstraintsForClass(type);
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        checks.putIfAbsent(f.getName(), TRUE);
                    }
                }
            }
            for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                checks.remove(p.getPropertyName());
                MethodHandle own = property(p, type.getMethod(p.getPropertyName()).getReturnType(),
                        new ArrayList<>(List.of(type)));
                if (own != FALSE) {
                    checks.put(p.getPropertyName(), own);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Map.of();
        }
        return Map.copyOf(checks);
    }

    /** Whether every value of a property of the type that is not null is of exactly that type: a final class. */
    private static boolean exact(Class<?> declared) {
        return Modifier.isFinal(declared.getModifiers()) && !declared.isPrimitive() && !declared.isArray();
    }

    /** A check that every check holds, in their order, stopping at the first that does not. */
    private static MethodHandle all(List<MethodHandle> checks) {
        if (checks.isEmpty()) {
            return TRUE;
        }
        if (checks.size() == 1) {
            return checks.get(0);
        }
        int half = checks.size() / 2;
        return MethodHandles.guardWithTest(all(checks.subList(0, half)), all(checks.subList(half, checks.size())), FALSE);
    }

    /** A property's accessor, taking and giving {@code Object}: the method itself where the platform allows it, reflection otherwise. */
    private static MethodHandle accessor(Method method) {
        MethodHandle handle;
        try {
            handle = MethodHandles.lookup().unreflect(method);
        } catch (IllegalAccessException e) {
            handle = INVOKE.bindTo(method);
        }
        return handle.asType(MethodType.methodType(Object.class, Object.class));
    }

    private static Object invoke(Method method, Object object) {
        try {
            return method.invoke(object);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a value is an email address of the common shape, which the {@code @Email} validator accepts. */
    private static boolean plainEmail(@Nullable Object value) {
        return value instanceof CharSequence text && PlainEmail.isPlain(text);
    }

    /** A check that one validator accepts a value. */
    @SuppressWarnings("rawtypes")
    private static MethodHandle isValid(ConstraintValidator validator) {
        return MethodHandles.insertArguments(IS_VALID.bindTo(validator), 1, (Object) null);
    }

    /**
     * One constraint as a check of a value; null for a constraint without listed validators, which
     * sends every object of its class to full validation.
     *
     * @param declared the type of the values checked
     * @param exact    whether every value that is not null is of exactly the declared type
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private @Nullable MethodHandle constraint(ConstraintDescriptor<?> c, Class<?> declared, boolean exact)
            throws ReflectiveOperationException {
        if (!c.getComposingConstraints().isEmpty() || !c.getGroups().equals(Set.of(Default.class))) {
            return null;
        }
        Annotation a = c.getAnnotation();
        List<? extends Class<? extends ConstraintValidator<?, ?>>> classes = c.getConstraintValidatorClasses();
        if (classes.size() > 1) {
            return byType((List) classes, a, declared, exact);
        }
        if (classes.size() == 1) {
            MethodHandle check = isValid(newValidator(classes.get(0), a));
            return a instanceof Email email && email.regexp().equals(".*") && email.flags().length == 0
                    ? MethodHandles.guardWithTest(PLAIN_EMAIL, TRUE, check) : check;
        }
        return null;
    }

    /**
     * A constraint with one validator per value type, such as {@link TextLength}: the validator of
     * the declared type when every value is of exactly that type, else the one of each value's
     * class; null when a type cannot be told.
     */
    @SuppressWarnings("rawtypes")
    private @Nullable MethodHandle byType(List<Class<? extends ConstraintValidator>> classes, Annotation a,
            Class<?> declared, boolean exact) throws ReflectiveOperationException {
        Class<?>[] types = new Class<?>[classes.size()];
        ConstraintValidator[] validators = new ConstraintValidator[classes.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = validatedType(classes.get(i), new HashMap<>());
            if (types[i] == null) {
                return null;
            }
            validators[i] = newValidator(classes.get(i), a);
        }
        if (!exact) {
            return BY_CLASS.bindTo(new ByClass(types, validators));
        }
        ConstraintValidator chosen = chosen(types, validators, declared);
        return MethodHandles.guardWithTest(IS_NULL, isValid(validators[0]), chosen == null ? FALSE : isValid(chosen));
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
