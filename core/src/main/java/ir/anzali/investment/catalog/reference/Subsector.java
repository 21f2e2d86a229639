package ir.anzali.investment.catalog.reference;

import ir.anzali.investment.catalog.text.Named;
import java.util.List;

/**
 * A subsector of a {@link Sector}, with its industry classes. Immutable and thread-safe.
 *
 * @param code    the code, such as {@code ACCOMMODATION}: upper case, digits and {@code _}
 * @param nameFa  the Persian name, not blank
 * @param nameEn  the English name, not blank
 * @param classes the industry classes, not null, copied
 */
public record Subsector(String code, String nameFa, String nameEn, List<IndustryClass> classes) implements Named {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException when the code is malformed or a name is blank
     */
    public Subsector {
        Codes.require(code, "Subsector");
        Codes.requireName(nameFa, "Subsector Persian name");
        Codes.requireName(nameEn, "Subsector English name");
        classes = List.copyOf(classes);
    }

    /**
     * Creates a subsector with ISIC Rev.4 classes.
     *
     * @param code    the code
     * @param nameFa  the Persian name
     * @param nameEn  the English name
     * @param isic4   ISIC Rev.4 class codes
     * @return the subsector, never null
     */
    public static Subsector of(String code, String nameFa, String nameEn, String... isic4) {
        return new Subsector(code, nameFa, nameEn, java.util.Arrays.stream(isic4).map(IndustryClass::isic4).toList());
    }

    @Override
    public String toString() {
        return code;
    }
}
