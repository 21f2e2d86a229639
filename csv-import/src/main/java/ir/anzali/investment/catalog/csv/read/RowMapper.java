package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import ir.anzali.investment.catalog.validation.Violation;
import java.util.Locale;

/**
 * Turns a data row into a domain object, recording every problem of the row.
 *
 * @param <T> the domain type
 */
abstract class RowMapper<T> {

    private final CatalogValidator validator;
    private final Locale locale;

    RowMapper(CatalogValidator validator, Locale locale) {
        this.validator = validator;
        this.locale = locale;
    }

    /**
     * Reads a row.
     *
     * @param row the row
     * @return the object, or null when the row has a problem (then the row holds its problems)
     */
    abstract T map(Row row);

    /** Validates a built object and records each violation on its column. */
    final void validate(Row row, Object value) {
        record(row, validator.validate(value), null);
    }

    /** Validates the shape of an id that cannot be built into an object. */
    final void validateId(Row row, Class<?> idType, String id) {
        record(row, validator.validateValue(idType, "value", id), "id");
    }

    /**
     * Validates the values of a row that cannot be built, each by its property's own constraints, so
     * that the row still lists every problem that can be found.
     *
     * @param values type, property, value, type, property, value…
     */
    final void validateValues(Row row, Object... values) {
        for (int i = 0; i + 2 < values.length; i += 3) {
            record(row, validator.validateValue((Class<?>) values[i], (String) values[i + 1], values[i + 2]), null);
        }
    }

    /** Records violations on their columns, or all on one column when it is given. */
    private void record(Row row, java.util.List<Violation> violations, String onColumn) {
        for (Violation v : violations) {
            String column = onColumn != null ? onColumn : column(v.leafProperty());
            row.problem(column, ErrorCode.fromCode(v.rule().code()),
                    row.messages().get("violation", "message", v.message(locale)));
        }
    }

    /** Text of two cells that {@link Row#text} has already normalized; null when both are missing. */
    static LocalizedText text(String fa, String en) {
        return fa == null && en == null ? null : new LocalizedText(fa, en);
    }

    /** The CSV column of a property: {@code title.fa} is {@code title_fa}, {@code landAreaM2} is {@code land_area_m2}. */
    static String column(String property) {
        if (property.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(property.length() + 4);
        for (int i = 0; i < property.length(); i++) {
            char c = property.charAt(i);
            if (c == '.') {
                out.append('_');
            } else if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
