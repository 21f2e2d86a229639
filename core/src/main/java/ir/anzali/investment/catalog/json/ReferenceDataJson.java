package ir.anzali.investment.catalog.json;

import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.IndustryClass;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code referenceData} object of the JSON format: sectors with their subsectors and industry
 * classes, and agencies, each written in full (elsewhere they are written by code).
 *
 * @param sectors  the sectors, or null for none
 * @param agencies the agencies, or null for none
 */
record ReferenceDataJson(@Nullable List<SectorJson> sectors, @Nullable List<AgencyJson> agencies) {

    /**
     * A sector in full.
     *
     * @param code       the code
     * @param nameFa     the Persian name
     * @param nameEn     the English name
     * @param subsectors the subsectors, or null for none
     */
    record SectorJson(@Nullable String code, @Nullable String nameFa, @Nullable String nameEn,
            @Nullable List<SubsectorJson> subsectors) {
    }

    /**
     * A subsector in full.
     *
     * @param code    the code
     * @param nameFa  the Persian name
     * @param nameEn  the English name
     * @param classes the industry classes, such as {@code ISIC Rev.4 5510}, or null for none
     */
    record SubsectorJson(@Nullable String code, @Nullable String nameFa, @Nullable String nameEn,
            @Nullable List<String> classes) {
    }

    /**
     * An agency in full.
     *
     * @param code   the code
     * @param nameFa the Persian name
     * @param nameEn the English name
     */
    record AgencyJson(@Nullable String code, @Nullable String nameFa, @Nullable String nameEn) {
    }

    static ReferenceDataJson of(ReferenceData data) {
        List<SectorJson> sectors = new ArrayList<>();
        for (Sector s : data.sectors()) {
            List<SubsectorJson> subs = new ArrayList<>();
            for (Subsector sub : s.subsectors()) {
                subs.add(new SubsectorJson(sub.code(), sub.nameFa(), sub.nameEn(),
                        sub.classes().stream().map(IndustryClass::toString).toList()));
            }
            sectors.add(new SectorJson(s.code(), s.nameFa(), s.nameEn(), subs));
        }
        List<AgencyJson> agencies = data.agencies().stream()
                .map(a -> new AgencyJson(a.code(), a.nameFa(), a.nameEn())).toList();
        return new ReferenceDataJson(sectors, agencies);
    }

    /**
     * The reference data this object describes.
     *
     * @param path where the object stands in the document
     * @throws CatalogJsonException naming the path of the first entry that is not valid
     */
    ReferenceData toReferenceData(String path) throws CatalogJsonException {
        ReferenceData.Builder b = ReferenceData.builder();
        Set<String> seen = new HashSet<>();
        List<SectorJson> allSectors = sectors == null ? List.of() : sectors;
        for (int i = 0; i < allSectors.size(); i++) {
            String at = path + ".sectors[" + i + "]";
            Sector sector = sector(allSectors.get(i), at);
            if (!seen.add("sector " + sector.code())) {
                throw new CatalogJsonException(at, "Sector " + sector.code() + " is listed twice.", null);
            }
            b.sector(sector);
        }
        List<AgencyJson> allAgencies = agencies == null ? List.of() : agencies;
        for (int i = 0; i < allAgencies.size(); i++) {
            String at = path + ".agencies[" + i + "]";
            AgencyJson a = allAgencies.get(i);
            Agency agency = build(at, () -> new Agency(Objects.requireNonNull(a.code(), "Agency code"),
                    Objects.requireNonNull(a.nameFa(), "Agency Persian name"),
                    Objects.requireNonNull(a.nameEn(), "Agency English name")));
            if (!seen.add("agency " + agency.code())) {
                throw new CatalogJsonException(at, "Agency " + agency.code() + " is listed twice.", null);
            }
            b.agency(agency);
        }
        return b.build();
    }

    private static Sector sector(SectorJson s, String at) throws CatalogJsonException {
        List<Subsector> subs = new ArrayList<>();
        List<SubsectorJson> all = s.subsectors() == null ? List.of() : s.subsectors();
        for (int k = 0; k < all.size(); k++) {
            SubsectorJson sub = all.get(k);
            String subAt = at + ".subsectors[" + k + "]";
            List<IndustryClass> classes = new ArrayList<>();
            List<String> codes = sub.classes() == null ? List.of() : sub.classes();
            for (int c = 0; c < codes.size(); c++) {
                String text = codes.get(c);
                classes.add(build(subAt + ".classes[" + c + "]", () -> IndustryClass.parse(text)));
            }
            subs.add(build(subAt, () -> new Subsector(Objects.requireNonNull(sub.code(), "Subsector code"),
                    Objects.requireNonNull(sub.nameFa(), "Subsector Persian name"),
                    Objects.requireNonNull(sub.nameEn(), "Subsector English name"), classes)));
        }
        return build(at, () -> new Sector(Objects.requireNonNull(s.code(), "Sector code"),
                Objects.requireNonNull(s.nameFa(), "Sector Persian name"),
                Objects.requireNonNull(s.nameEn(), "Sector English name"), subs));
    }

    /** A constructor call whose argument errors become errors at a path. */
    private interface Construction<T> {
        T get();
    }

    private static <T> T build(String path, Construction<T> construction) throws CatalogJsonException {
        try {
            return construction.get();
        } catch (IllegalArgumentException e) {
            throw new CatalogJsonException(path, JsonErrors.message(e), e);
        } catch (NullPointerException e) {
            throw new CatalogJsonException(path, "Missing: " + e.getMessage() + ".", e);
        }
    }
}
