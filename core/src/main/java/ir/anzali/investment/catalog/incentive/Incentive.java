package ir.anzali.investment.catalog.incentive;

import ir.anzali.investment.catalog.internal.CodeMatcher;
import ir.anzali.investment.catalog.internal.Draft;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.reference.InvestmentModel;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.internal.Lists;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import ir.anzali.investment.catalog.validation.PositiveAmount;
import ir.anzali.investment.catalog.validation.TextLength;
import ir.anzali.investment.catalog.validation.WholeRials;
import ir.anzali.investment.catalog.validation.CatalogDate;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import ir.anzali.investment.catalog.validation.Rule;
import ir.anzali.investment.catalog.validation.ValidationFailedException;
import ir.anzali.investment.catalog.validation.Violation;
import ir.anzali.investment.catalog.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An incentive that an agency grants to investments meeting its conditions, with the fields of the
 * CSV format (§3), typed.
 *
 * <p>The conditions are the lists and minimums: an empty list means "any" (every sector, every
 * area, any investment model), a null minimum means no minimum. The constructor enforces the
 * required values; ranges, lengths, the id's shape and the validity window's order are validation
 * constraints. Immutable and thread-safe.
 *
 * @param id               the id, not null
 * @param type             the kind of benefit, not null
 * @param title            the title, each language at most 200 characters, not null
 * @param legalBasis       the law and article it rests on, at most 300 characters
 * @param authority        the agency that grants it, not null
 * @param benefitPercent   the benefit in percent, 0 to 100
 * @param durationYears    how many years it lasts, 1 to 99
 * @param sectors          the sectors it is for; empty means every sector; not null
 * @param subsectors       the subsectors it is for; empty means every subsector; not null
 * @param areas            the areas it is for, at most 50 of at most 100 characters; empty means
 *                         everywhere; not null
 * @param investmentModels the investment models it is for; empty means any; not null
 * @param minInvestment    the least investment, greater than zero, whole in IRR
 * @param minDirectJobs    the fewest direct jobs, at least 0
 * @param minYouthJobs     the fewest youth jobs, at least 0
 * @param validFrom        the first day it applies, or null for always
 * @param validTo          the last day it applies, on or after {@code validFrom}, or null for always
 */
@IncentiveRules
public record Incentive(
        @Valid IncentiveId id,
        IncentiveType type,
        @TextLength(max = 200) @PlainText LocalizedText title,
        @TextLength(max = 300) @PlainText @Nullable String legalBasis,
        Agency authority,
        @DecimalMin(value = "0", message = "{ir.anzali.investment.catalog.Min.message}")
        @DecimalMax(value = "100", message = "{ir.anzali.investment.catalog.Max.message}") @Nullable BigDecimal benefitPercent,
        @Min(value = 1, message = "{ir.anzali.investment.catalog.Min.message}")
        @Max(value = 99, message = "{ir.anzali.investment.catalog.Max.message}") @Nullable Integer durationYears,
        List<Sector> sectors,
        List<Subsector> subsectors,
        @TextLength(max = Incentive.MAX_AREA_LENGTH, maxItems = Incentive.MAX_AREAS) @PlainText List<String> areas,
        List<InvestmentModel> investmentModels,
        @PositiveAmount @WholeRials @Nullable Money minInvestment,
        @Min(value = 0, message = "{ir.anzali.investment.catalog.Min.message}") @Nullable Integer minDirectJobs,
        @Min(value = 0, message = "{ir.anzali.investment.catalog.Min.message}") @Nullable Integer minYouthJobs,
        @CatalogDate @Nullable LocalDate validFrom,
        @CatalogDate @Nullable LocalDate validTo) {

    /** The most areas an incentive names. */
    public static final int MAX_AREAS = 50;
    /** The longest area name, in characters. */
    public static final int MAX_AREA_LENGTH = 100;

    /**
     * Checks the required values, normalizes the text ({@link PersianNormalizer}; blank text is
     * absent) and copies the lists: a null list is empty, a sector, subsector or model named twice
     * is kept once, and a blank area is dropped.
     *
     * @throws NullPointerException when a required value is null; the message names it
     */
    public Incentive {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(authority, "authority");
        legalBasis = PersianNormalizer.normalizeToNull(legalBasis);
        sectors = Lists.distinct(sectors);
        subsectors = Lists.distinct(subsectors);
        areas = Lists.texts(areas);
        investmentModels = Lists.distinct(investmentModels);
    }

    /**
     * A builder for a new incentive without conditions.
     *
     * @param id the id, not null
     * @return a new builder, never null
     */
    public static Builder builder(IncentiveId id) {
        return new Builder().id(Objects.requireNonNull(id, "id"));
    }

    /**
     * A builder for a new incentive without an id yet: for filling from a form, then checking with
     * {@link Builder#validate()} before {@link Builder#build()}.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this incentive.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Tells whether the incentive applies on a day.
     *
     * @param date the day, not null
     * @return true when the day is inside the validity window
     */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * Builds incentives; text is normalized and blank text is taken as absent. Filled from a form, a
     * builder may lack required values or hold codes that name nothing: {@link #validate()} lists
     * each missing value as a {@link Rule#REQUIRED} violation and each such code as a
     * {@link Rule#UNKNOWN_CODE} violation, with every other broken rule; {@link #build()} throws one
     * {@link ValidationFailedException} carrying the same violations. Fields typed as text take the
     * type and the authority by code or name ({@link #type(String)},
     * {@link #authority(String, ReferenceData)}). Not thread-safe.
     */
    public static final class Builder {
        private static final Set<String> REQUIRED = Set.of("id", "type", "title", "authority");
        private static final CodeMatcher<IncentiveType> TYPES = CodeMatcher.ofEnum(IncentiveType.class);

        private @Nullable IncentiveId id;
        private @Nullable IncentiveType type;
        private @Nullable LocalizedText title;
        private @Nullable String legalBasis;
        private @Nullable Agency authority;
        private @Nullable BigDecimal benefitPercent;
        private @Nullable Integer durationYears;
        private List<Sector> sectors = List.of();
        private List<Subsector> subsectors = List.of();
        private List<String> areas = List.of();
        private List<InvestmentModel> investmentModels = List.of();
        private @Nullable Money minInvestment;
        private @Nullable Integer minDirectJobs;
        private @Nullable Integer minYouthJobs;
        private @Nullable LocalDate validFrom;
        private @Nullable LocalDate validTo;
        private static final Draft.Shape<Incentive, Builder> SHAPE = new Draft.Shape<>(Incentive.class,
                Builder::values, REQUIRED, Builder::holdsRequired, Builder::construct);
        private final Draft<Incentive, Builder> draft = new Draft<>(SHAPE, this);

        private Builder() {
        }

        private Builder(Incentive i) {
            id = i.id();
            type = i.type();
            title = i.title();
            legalBasis = i.legalBasis();
            authority = i.authority();
            benefitPercent = i.benefitPercent();
            durationYears = i.durationYears();
            sectors = i.sectors();
            subsectors = i.subsectors();
            areas = i.areas();
            investmentModels = i.investmentModels();
            minInvestment = i.minInvestment();
            minDirectJobs = i.minDirectJobs();
            minYouthJobs = i.minYouthJobs();
            validFrom = i.validFrom();
            validTo = i.validTo();
        }

        /**
         * Sets the id.
         *
         * @param value the id; null leaves it missing
         * @return this builder
         */
        public Builder id(@Nullable IncentiveId value) {
            id = value;
            return this;
        }

        /**
         * Sets the type.
         *
         * @param value the type
         * @return this builder
         */
        public Builder type(@Nullable IncentiveType value) {
            type = value;
            draft.given("type");
            return this;
        }

        /**
         * Sets the type by its code or its Persian or English name as a form gives it: blank text
         * leaves it missing, and text that names no type is an {@code unknown-code} violation of
         * {@code type} that suggests the closest type.
         *
         * @param text the code or name
         * @return this builder
         */
        public Builder type(@Nullable String text) {
            type = draft.lookUp("type", text, TYPES::find, TYPES.values());
            return this;
        }

        /**
         * Sets the title.
         *
         * @param fa the Persian title
         * @param en the English title
         * @return this builder
         */
        public Builder title(@Nullable String fa, @Nullable String en) {
            title = LocalizedText.ofNullable(fa, en);
            return this;
        }

        /**
         * Sets the title.
         *
         * @param value the title
         * @return this builder
         */
        public Builder title(@Nullable LocalizedText value) {
            title = value;
            return this;
        }

        /**
         * Sets the legal basis.
         *
         * @param value the legal basis
         * @return this builder
         */
        public Builder legalBasis(@Nullable String value) {
            legalBasis = value;
            return this;
        }

        /**
         * Sets the authority.
         *
         * @param value the granting agency
         * @return this builder
         */
        public Builder authority(@Nullable Agency value) {
            authority = value;
            draft.given("authority");
            return this;
        }

        /**
         * Sets the authority by its code or name as a form gives it ({@link ReferenceData#findAgency}):
         * blank text leaves it missing, and text that names no agency of the reference data is an
         * {@code unknown-code} violation of {@code authority} that suggests the closest agency.
         *
         * @param text          the code or name
         * @param referenceData the agencies, not null
         * @return this builder
         */
        public Builder authority(@Nullable String text, ReferenceData referenceData) {
            authority = draft.lookUp("authority", text, referenceData::findAgency, referenceData.agencies());
            return this;
        }

        /**
         * Sets the benefit percent.
         *
         * @param value the benefit in percent
         * @return this builder
         */
        public Builder benefitPercent(@Nullable BigDecimal value) {
            benefitPercent = value;
            return this;
        }

        /**
         * Sets the duration years.
         *
         * @param value the duration in years
         * @return this builder
         */
        public Builder durationYears(@Nullable Integer value) {
            durationYears = value;
            return this;
        }

        /**
         * Sets the sectors.
         *
         * @param value the sectors, not null
         * @return this builder
         */
        public Builder sectors(List<Sector> value) {
            sectors = List.copyOf(value);
            return this;
        }

        /**
         * Sets the subsectors.
         *
         * @param value the subsectors, not null
         * @return this builder
         */
        public Builder subsectors(List<Subsector> value) {
            subsectors = List.copyOf(value);
            return this;
        }

        /**
         * Sets the areas.
         *
         * @param value the areas, not null; blank ones are dropped
         * @return this builder
         */
        public Builder areas(List<String> value) {
            areas = List.copyOf(value);
            return this;
        }

        /**
         * Sets the investment models.
         *
         * @param value the investment models, not null
         * @return this builder
         */
        public Builder investmentModels(List<InvestmentModel> value) {
            investmentModels = List.copyOf(value);
            return this;
        }

        /**
         * Sets the min investment.
         *
         * @param value the least investment
         * @return this builder
         */
        public Builder minInvestment(@Nullable Money value) {
            minInvestment = value;
            return this;
        }

        /**
         * Sets the min direct jobs.
         *
         * @param value the fewest direct jobs
         * @return this builder
         */
        public Builder minDirectJobs(@Nullable Integer value) {
            minDirectJobs = value;
            return this;
        }

        /**
         * Sets the min youth jobs.
         *
         * @param value the fewest youth jobs
         * @return this builder
         */
        public Builder minYouthJobs(@Nullable Integer value) {
            minYouthJobs = value;
            return this;
        }

        /**
         * Sets the valid from.
         *
         * @param value the first valid day
         * @return this builder
         */
        public Builder validFrom(@Nullable LocalDate value) {
            validFrom = value;
            return this;
        }

        /**
         * Sets the valid to.
         *
         * @param value the last valid day
         * @return this builder
         */
        public Builder validTo(@Nullable LocalDate value) {
            validTo = value;
            return this;
        }

        /**
         * Checks what the builder holds with the library's validator ({@link CatalogValidator#shared()}).
         *
         * @return the violations, never null; empty exactly when {@link #build()} succeeds
         */
        public List<Violation> validate() {
            return validate(CatalogValidator.shared());
        }

        /**
         * Checks what the builder holds: each missing required value ({@code id}, {@code type},
         * {@code title}, {@code authority}) as a {@link Rule#REQUIRED} violation, each code given as
         * text that names nothing as a {@link Rule#UNKNOWN_CODE} violation instead, and every rule
         * that the values given break (see {@link CatalogValidator#validateDraft}).
         *
         * @param validator the validator, not null
         * @return the violations, ordered by property, never null
         */
        public List<Violation> validate(CatalogValidator validator) {
            return draft.validate(validator);
        }

        /**
         * Builds the incentive when what the builder holds is valid, checked with the library's
         * validator ({@link CatalogValidator#shared()}).
         *
         * @return the incentive, never null
         * @throws ValidationFailedException when {@link #validate()} finds a violation; it carries
         *                                   them all
         */
        public Incentive build() {
            return build(CatalogValidator.shared());
        }

        /**
         * Builds the incentive when what the builder holds is valid.
         *
         * @param validator the validator, not null
         * @return the incentive, never null
         * @throws ValidationFailedException when {@link #validate(CatalogValidator)} finds a
         *                                   violation; it carries them all
         */
        public Incentive build(CatalogValidator validator) {
            return draft.build(validator);
        }

        /** What the builder holds, by the names of the record's components, in their order; null where absent. */
        private Map<String, @Nullable Object> values() {
            Map<String, @Nullable Object> values = new LinkedHashMap<>();
            values.put("id", id);
            values.put("type", type);
            values.put("title", title);
            values.put("legalBasis", legalBasis);
            values.put("authority", authority);
            values.put("benefitPercent", benefitPercent);
            values.put("durationYears", durationYears);
            values.put("sectors", sectors);
            values.put("subsectors", subsectors);
            values.put("areas", areas);
            values.put("investmentModels", investmentModels);
            values.put("minInvestment", minInvestment);
            values.put("minDirectJobs", minDirectJobs);
            values.put("minYouthJobs", minYouthJobs);
            values.put("validFrom", validFrom);
            values.put("validTo", validTo);
            return values;
        }

        /** Whether the builder holds a value for every required property. */
        private boolean holdsRequired() {
            return id != null && type != null && title != null && authority != null;
        }

        /** Calls the constructor with what the builder holds, unchecked. */
        private Incentive construct() {
            return new Incentive(Objects.requireNonNull(id, "id"), Objects.requireNonNull(type, "type"),
                    Objects.requireNonNull(title, "title"), legalBasis, Objects.requireNonNull(authority, "authority"),
                    benefitPercent, durationYears, sectors,
                    subsectors, areas, investmentModels, minInvestment, minDirectJobs, minYouthJobs, validFrom,
                    validTo);
        }
    }
}
