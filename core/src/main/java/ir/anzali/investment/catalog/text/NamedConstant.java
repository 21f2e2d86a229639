package ir.anzali.investment.catalog.text;

import java.util.Locale;

/**
 * A constant of an enum with Persian and English names, such as a {@code Status}: its code is the
 * constant's name. The catalog's coded enums implement it; an application meets it as their
 * supertype.
 */
public interface NamedConstant extends Named {

    /**
     * The constant's name, as {@link Enum#name()} gives it.
     *
     * @return the name, never null
     */
    String name();

    /**
     * The Persian and English names.
     *
     * @return both names, never null
     */
    LocalizedText names();

    @Override
    default String code() {
        return name();
    }

    @Override
    default String nameFa() {
        return names().in(LocalizedText.PERSIAN);
    }

    @Override
    default String nameEn() {
        return names().in(Locale.ENGLISH);
    }
}
