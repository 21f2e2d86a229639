package ir.anzali.investment.catalog.text;

import java.util.Locale;

/**
 * Something with a code and a name in Persian and English: reference data and the coded values of
 * the catalog. Codes are upper case, with {@code _} between words.
 */
public interface Named {

    /**
     * The code, such as {@code TOURISM}.
     *
     * @return the code, never null
     */
    String code();

    /**
     * The Persian name.
     *
     * @return the name, never null
     */
    String nameFa();

    /**
     * The English name.
     *
     * @return the name, never null
     */
    String nameEn();

    /**
     * The name in a locale's language: Persian for {@code fa}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the name, never null
     */
    default String name(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? nameFa() : nameEn();
    }
}
