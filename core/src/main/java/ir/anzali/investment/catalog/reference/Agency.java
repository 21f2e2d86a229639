package ir.anzali.investment.catalog.reference;

import ir.anzali.investment.catalog.text.Named;

/**
 * A public body that leads or partners in opportunities, or grants incentives, such as the Anzali
 * Free Zone Organization. Immutable and thread-safe.
 *
 * @param code   the code, such as {@code AFZO}: upper case, digits and {@code _}
 * @param nameFa the Persian name, not blank
 * @param nameEn the English name, not blank
 */
public record Agency(String code, String nameFa, String nameEn) implements Named {

    /**
     * Checks the code and names.
     *
     * @throws IllegalArgumentException when the code is malformed or a name is blank
     */
    public Agency {
        Codes.require(code, "Agency");
        Codes.requireName(nameFa, "Agency Persian name");
        Codes.requireName(nameEn, "Agency English name");
    }

    @Override
    public String toString() {
        return code;
    }
}
