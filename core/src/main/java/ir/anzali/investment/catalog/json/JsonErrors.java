package ir.anzali.investment.catalog.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns Jackson's errors into {@link CatalogJsonException}s that say where, as a path, and what, in plain words. */
final class JsonErrors {

    private JsonErrors() {
    }

    /** The most characters of a value an error quotes. */
    private static final int QUOTED_CHARS = 200;

    /** A value as an error quotes it: its first 200 characters, followed by {@code …} when longer. */
    static String quote(Object value) {
        String text = String.valueOf(value);
        return text.length() <= QUOTED_CHARS ? text : text.substring(0, QUOTED_CHARS) + "…";
    }

    /** An exception's message, or the simple name of its type when it has none. */
    static String message(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** A place in a document as errors name it: {@code line 3, column 17}. */
    static String where(JsonLocation at) {
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** An error about the key of an object being read, with the key on the path. */
    static JsonMappingException at(JsonParser p, String key, String message) {
        JsonMappingException e = JsonMappingException.from(p, message);
        e.prependPath(null, key);
        return e;
    }

    /** The current token, in words: {@code a string}, {@code 12}, {@code an array}… */
    static String describe(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NULL -> "null";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    /**
     * The error of reading the value at a path.
     *
     * @param base where the value read stands, such as {@code opportunities[3]}; empty for the root
     */
    static CatalogJsonException translate(JsonProcessingException e, String base) {
        CatalogJsonException notUtf8 = notUtf8(e, base);
        if (notUtf8 != null) {
            return notUtf8;
        }
        if (!(e instanceof JsonMappingException m)) {
            JsonLocation at = e.getLocation();
            String where = at == null ? base : where(at);
            return new CatalogJsonException(where, "Not valid JSON: " + e.getOriginalMessage(), e);
        }
        String path = join(base, path(m.getPath()));
        if (m instanceof UnrecognizedPropertyException u) {
            return new CatalogJsonException(path, "Unknown key; allowed here: " + sorted(u.getKnownPropertyIds())
                    + ".", e);
        }
        if (m instanceof ValueInstantiationException v && v.getCause() != null) {
            Throwable cause = v.getCause();
            if (cause instanceof NullPointerException && cause.getMessage() != null
                    && cause.getMessage().matches("[a-zA-Z]+")) {
                return new CatalogJsonException(join(path, cause.getMessage()), "Missing.", e);
            }
            return new CatalogJsonException(path, String.valueOf(cause.getMessage()), e);
        }
        if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return new CatalogJsonException(path, "Unknown code \"" + quote(f.getValue()) + "\"; known: "
                    + Arrays.toString(f.getTargetType().getEnumConstants()) + ".", e);
        }
        if (m instanceof InvalidFormatException f && f.getTargetType() != null) {
            return new CatalogJsonException(path, "Expected " + expected(f.getTargetType()) + ", found "
                    + quote(f.getValue()) + ".", e);
        }
        if (m instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new CatalogJsonException(path, "Expected " + expected(mismatch.getTargetType()) + ".", e);
        }
        return new CatalogJsonException(path, m.getOriginalMessage(), e);
    }

    /** Jackson's words for bytes that are not UTF-8, and the code they quote. */
    private static final Pattern INVALID_UTF8 = Pattern.compile("Invalid UTF-8.*?0x([0-9a-fA-F]{1,6})");

    /**
     * The error of bytes that are not UTF-8 — a document saved in another encoding, such as
     * windows-1256, or damaged — at its path, line and column, saying what to do; null for any other
     * error.
     */
    private static @Nullable CatalogJsonException notUtf8(JsonProcessingException e, String base) {
        JsonProcessingException parse = e instanceof JsonMappingException && e.getCause() instanceof JsonParseException p
                ? p : e;
        Matcher m = INVALID_UTF8.matcher(String.valueOf(parse.getOriginalMessage()));
        if (!m.lookingAt()) {
            return null;
        }
        int code = Integer.parseInt(m.group(1), 16);
        String what = code >= 0xD800 && code <= 0xDFFF
                ? String.format(Locale.ROOT, "the bytes of U+%04X, half of a character, which UTF-8 never holds", code)
                : String.format(Locale.ROOT, "the byte 0x%02X", code);
        JsonLocation at = parse.getLocation() != null ? parse.getLocation() : e.getLocation();
        String lineAndColumn = at == null || at.getLineNr() < 1 ? "" : where(at);
        String path = e instanceof JsonMappingException mapping ? join(base, path(mapping.getPath())) : base;
        String also = path.isEmpty() || lineAndColumn.isEmpty() ? "" : " at " + lineAndColumn;
        return new CatalogJsonException(path.isEmpty() ? lineAndColumn : path, "Not UTF-8 text" + also + " (" + what
                + "): the file was saved in another encoding, such as windows-1256, or is damaged there; save it as"
                + " UTF-8 and read it again.", e);
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** A path under another: {@code opportunities[3]} and {@code title} make {@code opportunities[3].title}. */
    static String join(String base, String path) {
        if (base.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return base;
        }
        return path.startsWith("[") ? base + path : base + "." + path;
    }

    private static String sorted(Collection<Object> known) {
        TreeSet<String> names = new TreeSet<>();
        if (known != null) {
            known.forEach(k -> names.add(String.valueOf(k)));
        }
        return names.toString();
    }
}
