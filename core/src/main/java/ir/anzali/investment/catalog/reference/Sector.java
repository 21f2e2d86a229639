package ir.anzali.investment.catalog.reference;

import ir.anzali.investment.catalog.internal.CodeMatcher;
import ir.anzali.investment.catalog.text.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import java.util.Set;

/**
 * A sector of the economy with its subsectors, such as tourism. Immutable and thread-safe.
 *
 * @param code       the code, such as {@code TOURISM}: upper case, digits and {@code _}
 * @param nameFa     the Persian name, not blank
 * @param nameEn     the English name, not blank
 * @param subsectors the subsectors, not null, copied; codes unique within the sector
 */
public record Sector(String code, String nameFa, String nameEn, List<Subsector> subsectors) implements Named {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException when the code is malformed, a name blank or a subsector code repeated
     */
    public Sector {
        Codes.require(code, "Sector");
        Codes.requireName(nameFa, "Sector Persian name");
        Codes.requireName(nameEn, "Sector English name");
        subsectors = List.copyOf(subsectors);
        Set<String> seen = new HashSet<>();
        for (Subsector s : subsectors) {
            if (!seen.add(s.code())) {
                throw new IllegalArgumentException("Sector " + code + " lists subsector " + s.code() + " twice");
            }
        }
    }

    /**
     * Finds a subsector of this sector by its code or its Persian or English name, written as a person
     * would (see {@link ReferenceData#findSector(String)}).
     *
     * @param text the code or name; null or blank names nothing
     * @return the subsector, or empty
     */
    public Optional<Subsector> subsector(@Nullable String text) {
        return CodeMatcher.of(subsectors).find(text);
    }

    /**
     * Tells whether a subsector belongs to this sector.
     *
     * @param subsector the subsector, not null
     * @return true when this sector lists it
     */
    public boolean contains(Subsector subsector) {
        for (Subsector s : subsectors) {
            if (s == subsector) {
                return true;
            }
        }
        return subsectors.contains(subsector);
    }

    @Override
    public String toString() {
        return code;
    }
}
