package ir.anzali.investment.catalog.reference;

import ir.anzali.investment.catalog.internal.CodeMatcher;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The sectors and agencies that a catalog refers to. {@link #defaults()} gives the built-in lists
 * (the tourism, marine-industries and port-services sectors of Bandar Anzali with ISIC Rev.4 classes,
 * and the five agencies of the zone and the city); {@link #builder()} lets an application add to or
 * replace them. Immutable and thread-safe.
 */
public final class ReferenceData {

    private static final ReferenceData DEFAULTS = builder()
            .sector(new Sector("TOURISM", "گردشگری", "Tourism", List.of(
                    Subsector.of("ACCOMMODATION", "اقامتی", "Accommodation", "5510", "5520", "5590"),
                    Subsector.of("FOOD_SERVICE", "پذیرایی", "Food service", "5610", "5621", "5629", "5630"),
                    Subsector.of("TRAVEL_SERVICES", "خدمات مسافرتی", "Travel services", "7911", "7912", "7990"),
                    Subsector.of("RECREATION", "تفریحی", "Recreation", "9321", "9329"),
                    Subsector.of("MARITIME_TOURISM", "گردشگری دریایی", "Maritime tourism", "5011", "9329"),
                    Subsector.of("HEALTH_TOURISM", "گردشگری سلامت", "Health tourism", "8610"))))
            .sector(new Sector("MARINE_INDUSTRIES", "صنایع دریایی", "Marine industries", List.of(
                    Subsector.of("SHIPBUILDING", "کشتی‌سازی", "Shipbuilding", "3011", "3012"),
                    Subsector.of("SHIP_REPAIR", "تعمیر کشتی", "Ship repair", "3315"),
                    Subsector.of("FISHERIES", "صیادی", "Fisheries", "0311", "0312"),
                    Subsector.of("AQUACULTURE", "آبزی‌پروری", "Aquaculture", "0321", "0322"),
                    Subsector.of("SEAFOOD_PROCESSING", "فرآوری آبزیان", "Seafood processing", "1020"))))
            .sector(new Sector("PORT_SERVICES", "خدمات بندری", "Port services", List.of(
                    Subsector.of("CARGO_HANDLING", "تخلیه و بارگیری", "Cargo handling", "5224"),
                    Subsector.of("WAREHOUSING", "انبارداری", "Warehousing", "5210"),
                    Subsector.of("WATER_TRANSPORT_SUPPORT", "خدمات جانبی حمل دریایی",
                            "Water transport support services", "5222"),
                    Subsector.of("FREIGHT_SHIPPING", "حمل بار دریایی", "Freight shipping", "5012"),
                    Subsector.of("LOGISTICS", "لجستیک", "Logistics", "5229"))))
            .agency(new Agency("AFZO", "سازمان منطقه آزاد انزلی", "Anzali Free Zone Organization"))
            .agency(new Agency("MUNICIPALITY", "شهرداری بندرانزلی", "Bandar Anzali Municipality"))
            .agency(new Agency("CITY_COUNCIL", "شورای اسلامی شهر بندرانزلی", "Bandar Anzali City Council"))
            .agency(new Agency("GOVERNORATE", "فرمانداری شهرستان بندرانزلی", "Bandar Anzali Governorate"))
            .agency(new Agency("PMO_GILAN", "اداره کل بنادر و دریانوردی استان گیلان",
                    "Gilan Ports and Maritime Administration"))
            .build();

    private final List<Sector> sectors;
    private final List<Agency> agencies;
    private final Map<String, Sector> sectorsByCode;
    private final Map<String, Agency> agenciesByCode;
    private final CodeMatcher<Sector> sectorMatcher;
    private final CodeMatcher<Agency> agencyMatcher;
    private final CodeMatcher<Subsector> subsectorMatcher;

    private ReferenceData(Builder builder) {
        this.sectorsByCode = Map.copyOf(builder.sectors);
        this.agenciesByCode = Map.copyOf(builder.agencies);
        this.sectors = List.copyOf(builder.sectors.values());
        this.agencies = List.copyOf(builder.agencies.values());
        this.sectorMatcher = CodeMatcher.of(sectors);
        this.agencyMatcher = CodeMatcher.of(agencies);
        this.subsectorMatcher = CodeMatcher.of(sectors.stream().flatMap(s -> s.subsectors().stream()).toList());
    }

    /**
     * The built-in reference data.
     *
     * @return the defaults, never null
     */
    public static ReferenceData defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting empty.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this data, to add to or replace it.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        sectors.forEach(b::sector);
        agencies.forEach(b::agency);
        return b;
    }

    /**
     * The sectors, in the order they were added.
     *
     * @return an unmodifiable list, never null
     */
    public List<Sector> sectors() {
        return sectors;
    }

    /**
     * The agencies, in the order they were added.
     *
     * @return an unmodifiable list, never null
     */
    public List<Agency> agencies() {
        return agencies;
    }

    /**
     * Finds a sector by its exact code.
     *
     * @param code the code; null or blank, as a form may give it, names nothing
     * @return the sector, or empty
     */
    public Optional<Sector> sector(@Nullable String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(sectorsByCode.get(code));
    }

    /**
     * Finds an agency by its exact code.
     *
     * @param code the code; null or blank, as a form may give it, names nothing
     * @return the agency, or empty
     */
    public Optional<Agency> agency(@Nullable String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(agenciesByCode.get(code));
    }

    /**
     * Finds a sector by its code or its Persian or English name, written as a person would: in any
     * case, with Arabic or Persian letters, and with space, {@code -} and {@code _} alike.
     *
     * @param text the code or name; null or blank names nothing
     * @return the sector, or empty
     */
    public Optional<Sector> findSector(@Nullable String text) {
        return sectorMatcher.find(text);
    }

    /**
     * Finds an agency by its code or its Persian or English name, written as a person would (see
     * {@link #findSector(String)}).
     *
     * @param text the code or name; null or blank names nothing
     * @return the agency, or empty
     */
    public Optional<Agency> findAgency(@Nullable String text) {
        return agencyMatcher.find(text);
    }

    /**
     * Finds a subsector of any sector by its code or its Persian or English name, written as a person
     * would (see {@link #findSector(String)}); {@link Sector#subsector(String)} looks in one sector.
     *
     * @param text the code or name; null or blank names nothing
     * @return the subsector, or empty
     */
    public Optional<Subsector> findSubsector(@Nullable String text) {
        return subsectorMatcher.find(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferenceData other && sectors.equals(other.sectors) && agencies.equals(other.agencies);
    }

    @Override
    public int hashCode() {
        return sectors.hashCode() * 31 + agencies.hashCode();
    }

    @Override
    public String toString() {
        return "ReferenceData[sectors=" + sectors + ", agencies=" + agencies + "]";
    }

    /**
     * Builds reference data. A sector or agency with the code of one already added replaces it in
     * place. Not thread-safe; build once and share the result.
     */
    public static final class Builder {

        private final Map<String, Sector> sectors = new LinkedHashMap<>();
        private final Map<String, Agency> agencies = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds or replaces a sector.
         *
         * @param sector the sector, not null
         * @return this builder
         */
        public Builder sector(Sector sector) {
            sectors.put(sector.code(), sector);
            return this;
        }

        /**
         * Adds or replaces an agency.
         *
         * @param agency the agency, not null
         * @return this builder
         */
        public Builder agency(Agency agency) {
            agencies.put(agency.code(), agency);
            return this;
        }

        /**
         * Removes every sector, to replace the list.
         *
         * @return this builder
         */
        public Builder clearSectors() {
            sectors.clear();
            return this;
        }

        /**
         * Removes every agency, to replace the list.
         *
         * @return this builder
         */
        public Builder clearAgencies() {
            agencies.clear();
            return this;
        }

        /**
         * Adds or replaces sectors.
         *
         * @param all the sectors, not null
         * @return this builder
         */
        public Builder sectors(Collection<Sector> all) {
            all.forEach(this::sector);
            return this;
        }

        /**
         * Adds or replaces agencies.
         *
         * @param all the agencies, not null
         * @return this builder
         */
        public Builder agencies(Collection<Agency> all) {
            all.forEach(this::agency);
            return this;
        }

        /**
         * Builds the reference data.
         *
         * @return the data, never null
         */
        public ReferenceData build() {
            return new ReferenceData(this);
        }
    }

}
