package ir.anzali.investment.catalog.opportunity;

import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.internal.Draft;
import ir.anzali.investment.catalog.internal.Lists;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.InvestmentModel;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import ir.anzali.investment.catalog.validation.HttpUrl;
import ir.anzali.investment.catalog.validation.Phone;
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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An investment opportunity of the catalog, with the fields of the CSV format (§2), typed.
 *
 * <p>The constructor enforces what must never be broken: the required values are present and the
 * lists are not null (they are copied). Everything else the CSV format checks — lengths, ranges,
 * the id's shape, the rules across fields — is a Jakarta Bean Validation constraint, so that an
 * application validating an opportunity it built gets the same answers as the CSV importer (see
 * {@code CatalogValidator}).
 *
 * <p>{@link #builder(OpportunityId)} normalizes text (see {@link PersianNormalizer}); a lifecycle
 * move is {@link #transition(Status, LocalDate, String)}. Immutable and thread-safe.
 *
 * @param id              the id, not null
 * @param title           the title, Persian and/or English, each at most 200 characters, not null
 * @param summary         the summary, each language at most 2000 characters
 * @param sector          the sector, not null
 * @param subsector       a subsector of the sector
 * @param location        where, not null ({@link Location#UNKNOWN} when nothing is known)
 * @param investment      the investment needed, one amount per currency, each greater than zero, a whole
 *                        number of rials in IRR, not null
 * @param investmentModel how an investor takes part
 * @param status          the lifecycle status, not null
 * @param irrPercent      the internal rate of return in percent, −100 to 1000
 * @param paybackYears    the payback period in years, greater than 0 and at most 100
 * @param directJobs      the direct jobs created, at least 0, or null when unknown
 * @param youthJobs       of those, jobs for young people, at most {@code directJobs}, or null when unknown
 * @param indirectJobs    the indirect jobs created, at least 0, or null when unknown
 * @param leadAgency      the agency that leads, not null
 * @param partnerAgencies the agencies that take part, not the lead agency; not null
 * @param incentives      the incentives offered, not null
 * @param publishedOn     the day of publication, from 1800 to 2999
 * @param deadline        the last day for proposals, on or after publication
 * @param contactEmail    the contact email
 * @param contactPhone    the contact phone
 * @param feasibilityUrl  the feasibility study, an absolute http or https URL
 * @param tags            free tags, at most 50 of at most 100 characters, without list separators, not null
 * @param history         the status changes, oldest first, each a move of the lifecycle, not null
 */
@OpportunityRules
public record Opportunity(
        @Valid OpportunityId id,
        @TextLength(max = 200) @PlainText LocalizedText title,
        @TextLength(max = 2000) @PlainText @Nullable LocalizedText summary,
        Sector sector,
        @Nullable Subsector subsector,
        @Valid Location location,
        @PositiveAmount @WholeRials Investment investment,
        @Nullable InvestmentModel investmentModel,
        Status status,
        @DecimalMin(value = "-100", message = "{ir.anzali.investment.catalog.Min.message}")
        @DecimalMax(value = "1000", message = "{ir.anzali.investment.catalog.Max.message}") @Nullable BigDecimal irrPercent,
        @DecimalMin(value = "0", inclusive = false, message = "{ir.anzali.investment.catalog.Greater.message}")
        @DecimalMax(value = "100", message = "{ir.anzali.investment.catalog.Max.message}") @Nullable BigDecimal paybackYears,
        @Min(value = 0, message = "{ir.anzali.investment.catalog.Min.message}") @Nullable Integer directJobs,
        @Min(value = 0, message = "{ir.anzali.investment.catalog.Min.message}") @Nullable Integer youthJobs,
        @Min(value = 0, message = "{ir.anzali.investment.catalog.Min.message}") @Nullable Integer indirectJobs,
        Agency leadAgency,
        List<Agency> partnerAgencies,
        List<IncentiveId> incentives,
        @CatalogDate @Nullable LocalDate publishedOn,
        @CatalogDate @Nullable LocalDate deadline,
        @Email(message = "{ir.anzali.investment.catalog.Email.message}") @Nullable String contactEmail,
        @Phone @Nullable String contactPhone,
        @HttpUrl @Nullable URI feasibilityUrl,
        @TextLength(max = Opportunity.MAX_TAG_LENGTH, maxItems = Opportunity.MAX_TAGS) @PlainText List<String> tags,
        List<StatusChange> history) {

    /** The most tags an opportunity has. */
    public static final int MAX_TAGS = 50;
    /** The longest tag, in characters. */
    public static final int MAX_TAG_LENGTH = 100;

    /**
     * Checks the required values, normalizes the text ({@link PersianNormalizer}; blank text is
     * absent) and copies the lists: a null list is empty, an agency or incentive named twice is kept
     * once, a blank tag is dropped, and a null location is {@link Location#UNKNOWN}.
     *
     * @throws NullPointerException when a required value is null; the message names it
     */
    public Opportunity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(investment, "investment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(leadAgency, "leadAgency");
        location = location == null ? Location.UNKNOWN : location;
        partnerAgencies = Lists.distinct(partnerAgencies);
        incentives = Lists.distinct(incentives);
        contactEmail = PersianNormalizer.normalizeToNull(contactEmail);
        contactPhone = PersianNormalizer.normalizeToNull(contactPhone);
        tags = Lists.texts(tags);
        history = Lists.copy(history);
    }

    /**
     * A builder for a new opportunity, with status OPEN and empty lists.
     *
     * @param id the id, not null
     * @return a new builder, never null
     */
    public static Builder builder(OpportunityId id) {
        return new Builder().id(Objects.requireNonNull(id, "id"));
    }

    /**
     * A builder for a new opportunity without an id yet, with status OPEN and empty lists: for
     * filling from a form, then checking with {@link Builder#validate()} before
     * {@link Builder#build()}.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this opportunity, to change some of its values.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Moves the opportunity to another status and records the move in its history.
     *
     * @param to   the new status, not null
     * @param date the day of the move, not null
     * @param note why
     * @return a new opportunity with the new status and one more history entry, never null
     * @throws IllegalTransitionException when the lifecycle does not allow the move
     */
    public Opportunity transition(Status to, LocalDate date, @Nullable String note) {
        Objects.requireNonNull(to, "to");
        return toBuilder().status(to).history(moved(this, to, date, note)).construct();
    }

    /** The history of an opportunity after a move of its lifecycle, or the refusal of the move. */
    private static List<StatusChange> moved(Opportunity from, Status to, LocalDate date, @Nullable String note) {
        Objects.requireNonNull(date, "date");
        if (!from.status.canMoveTo(to)) {
            throw new IllegalTransitionException(from.id, from.status, to);
        }
        List<StatusChange> moved = new ArrayList<>(from.history);
        moved.add(new StatusChange(from.status, to, date, note));
        return moved;
    }

    /**
     * Builds opportunities. Text values are normalized ({@link PersianNormalizer}) and blank text is
     * taken as absent. Filled from a form, a builder may lack required values or hold codes that
     * name nothing: {@link #validate()} lists each missing value as a {@link Rule#REQUIRED}
     * violation and each such code as a {@link Rule#UNKNOWN_CODE} violation, with every other broken
     * rule; {@link #build()} throws one {@link ValidationFailedException} carrying the same
     * violations. Fields typed as text take the sector, subsector and lead agency by code or name
     * ({@link #sector(String, ReferenceData)}). Not thread-safe.
     *
     * <pre>{@code
     * Opportunity.Builder b = Opportunity.builder().title(form.titleFa(), form.titleEn())
     *         .sector(form.sector(), referenceData)...;
     * List<Violation> problems = b.validate();   // [Violation[property=id, rule=REQUIRED, …], …]
     * if (problems.isEmpty()) store(b.build());
     * }</pre>
     */
    public static final class Builder {
        private static final Set<String> REQUIRED = Set.of("id", "title", "sector", "investment", "leadAgency");

        private @Nullable OpportunityId id;
        private @Nullable LocalizedText title;
        private @Nullable LocalizedText summary;
        private @Nullable Sector sector;
        private @Nullable Subsector subsector;
        private Location location = Location.UNKNOWN;
        private @Nullable Investment investment;
        private @Nullable InvestmentModel investmentModel;
        private Status status = Status.OPEN;
        private @Nullable BigDecimal irrPercent;
        private @Nullable BigDecimal paybackYears;
        private @Nullable Integer directJobs;
        private @Nullable Integer youthJobs;
        private @Nullable Integer indirectJobs;
        private @Nullable Agency leadAgency;
        private List<Agency> partnerAgencies = List.of();
        private List<IncentiveId> incentives = List.of();
        private @Nullable LocalDate publishedOn;
        private @Nullable LocalDate deadline;
        private @Nullable String contactEmail;
        private @Nullable String contactPhone;
        private @Nullable URI feasibilityUrl;
        private List<String> tags = List.of();
        private List<StatusChange> history = List.of();
        private static final Draft.Shape<Opportunity, Builder> SHAPE = new Draft.Shape<>(Opportunity.class,
                Builder::values, REQUIRED, Builder::holdsRequired, Builder::construct);
        private final Draft<Opportunity, Builder> draft = new Draft<>(SHAPE, this);

        private Builder() {
        }

        private Builder(Opportunity o) {
            id = o.id();
            title = o.title();
            summary = o.summary();
            sector = o.sector();
            subsector = o.subsector();
            location = o.location();
            investment = o.investment();
            investmentModel = o.investmentModel();
            status = o.status();
            irrPercent = o.irrPercent();
            paybackYears = o.paybackYears();
            directJobs = o.directJobs();
            youthJobs = o.youthJobs();
            indirectJobs = o.indirectJobs();
            leadAgency = o.leadAgency();
            partnerAgencies = o.partnerAgencies();
            incentives = o.incentives();
            publishedOn = o.publishedOn();
            deadline = o.deadline();
            contactEmail = o.contactEmail();
            contactPhone = o.contactPhone();
            feasibilityUrl = o.feasibilityUrl();
            tags = o.tags();
            history = o.history();
        }

        /**
         * Sets the id.
         *
         * @param value the id; null leaves it missing
         * @return this builder
         */
        public Builder id(@Nullable OpportunityId value) {
            id = value;
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
         * Sets the summary.
         *
         * @param fa the Persian summary
         * @param en the English summary
         * @return this builder
         */
        public Builder summary(@Nullable String fa, @Nullable String en) {
            summary = LocalizedText.ofNullable(fa, en);
            return this;
        }

        /**
         * Sets the summary.
         *
         * @param value the summary
         * @return this builder
         */
        public Builder summary(@Nullable LocalizedText value) {
            summary = value;
            return this;
        }

        /**
         * Sets the sector.
         *
         * @param value the sector
         * @return this builder
         */
        public Builder sector(@Nullable Sector value) {
            sector = value;
            draft.given("sector");
            return this;
        }

        /**
         * Sets the sector by its code or name as a form gives it ({@link ReferenceData#findSector}):
         * blank text leaves it missing, and text that names no sector of the reference data is an
         * {@code unknown-code} violation of {@code sector} that suggests the closest sector.
         *
         * @param text          the code or name
         * @param referenceData the sectors, not null
         * @return this builder
         */
        public Builder sector(@Nullable String text, ReferenceData referenceData) {
            sector = draft.lookUp("sector", text, referenceData::findSector, referenceData.sectors());
            return this;
        }

        /**
         * Sets the subsector.
         *
         * @param value the subsector
         * @return this builder
         */
        public Builder subsector(@Nullable Subsector value) {
            subsector = value;
            draft.given("subsector");
            return this;
        }

        /**
         * Sets the subsector by its code or name as a form gives it: one of the sector set before,
         * else of any sector of the reference data (validation then says it lies outside the
         * sector); blank text leaves it missing, and text that names no subsector is an
         * {@code unknown-code} violation of {@code subsector}.
         *
         * @param text          the code or name
         * @param referenceData the sectors, not null
         * @return this builder
         */
        public Builder subsector(@Nullable String text, ReferenceData referenceData) {
            Sector in = sector;
            subsector = draft.lookUp("subsector", text,
                    t -> in != null && in.subsector(t).isPresent() ? in.subsector(t) : referenceData.findSubsector(t),
                    in != null ? in.subsectors()
                            : referenceData.sectors().stream().flatMap(s -> s.subsectors().stream()).toList());
            return this;
        }

        /**
         * Sets the location.
         *
         * @param value the location; null means unknown
         * @return this builder
         */
        public Builder location(@Nullable Location value) {
            location = value == null ? Location.UNKNOWN : value;
            return this;
        }

        /**
         * Sets the investment in one currency.
         *
         * @param value the investment; null leaves it missing
         * @return this builder
         */
        public Builder investment(@Nullable Money value) {
            investment = value == null ? null : Investment.of(value);
            return this;
        }

        /**
         * Sets the investment, one amount per currency.
         *
         * @param value the investment; null leaves it missing
         * @return this builder
         */
        public Builder investment(@Nullable Investment value) {
            investment = value;
            return this;
        }

        /**
         * Sets the investment model.
         *
         * @param value the investment model
         * @return this builder
         */
        public Builder investmentModel(@Nullable InvestmentModel value) {
            investmentModel = value;
            return this;
        }

        /**
         * Sets the status.
         *
         * @param value the status; null means OPEN
         * @return this builder
         */
        public Builder status(@Nullable Status value) {
            status = value == null ? Status.OPEN : value;
            return this;
        }

        /**
         * Sets the internal rate of return percent.
         *
         * @param value the internal rate of return in percent
         * @return this builder
         */
        public Builder irrPercent(@Nullable BigDecimal value) {
            irrPercent = value;
            return this;
        }

        /**
         * Sets the payback years.
         *
         * @param value the payback period in years
         * @return this builder
         */
        public Builder paybackYears(@Nullable BigDecimal value) {
            paybackYears = value;
            return this;
        }

        /**
         * Sets the direct jobs.
         *
         * @param value the direct jobs
         * @return this builder
         */
        public Builder directJobs(@Nullable Integer value) {
            directJobs = value;
            return this;
        }

        /**
         * Sets the youth jobs.
         *
         * @param value the youth jobs
         * @return this builder
         */
        public Builder youthJobs(@Nullable Integer value) {
            youthJobs = value;
            return this;
        }

        /**
         * Sets the indirect jobs.
         *
         * @param value the indirect jobs
         * @return this builder
         */
        public Builder indirectJobs(@Nullable Integer value) {
            indirectJobs = value;
            return this;
        }

        /**
         * Sets the lead agency.
         *
         * @param value the lead agency
         * @return this builder
         */
        public Builder leadAgency(@Nullable Agency value) {
            leadAgency = value;
            draft.given("leadAgency");
            return this;
        }

        /**
         * Sets the lead agency by its code or name as a form gives it ({@link ReferenceData#findAgency}):
         * blank text leaves it missing, and text that names no agency of the reference data is an
         * {@code unknown-code} violation of {@code leadAgency} that suggests the closest agency.
         *
         * @param text          the code or name
         * @param referenceData the agencies, not null
         * @return this builder
         */
        public Builder leadAgency(@Nullable String text, ReferenceData referenceData) {
            leadAgency = draft.lookUp("leadAgency", text, referenceData::findAgency, referenceData.agencies());
            return this;
        }

        /**
         * Sets the partner agencies.
         *
         * @param value the partner agencies, not null
         * @return this builder
         */
        public Builder partnerAgencies(List<Agency> value) {
            partnerAgencies = List.copyOf(value);
            return this;
        }

        /**
         * Sets the incentives.
         *
         * @param value the incentive ids, not null
         * @return this builder
         */
        public Builder incentives(List<IncentiveId> value) {
            incentives = List.copyOf(value);
            return this;
        }

        /**
         * Sets the published on.
         *
         * @param value the publication day
         * @return this builder
         */
        public Builder publishedOn(@Nullable LocalDate value) {
            publishedOn = value;
            return this;
        }

        /**
         * Sets the deadline.
         *
         * @param value the deadline
         * @return this builder
         */
        public Builder deadline(@Nullable LocalDate value) {
            deadline = value;
            return this;
        }

        /**
         * Sets the contact email.
         *
         * @param value the contact email
         * @return this builder
         */
        public Builder contactEmail(@Nullable String value) {
            contactEmail = value;
            return this;
        }

        /**
         * Sets the contact phone.
         *
         * @param value the contact phone
         * @return this builder
         */
        public Builder contactPhone(@Nullable String value) {
            contactPhone = value;
            return this;
        }

        /**
         * Sets the feasibility url.
         *
         * @param value the feasibility study link
         * @return this builder
         */
        public Builder feasibilityUrl(@Nullable URI value) {
            feasibilityUrl = value;
            return this;
        }

        /**
         * Sets the tags.
         *
         * @param value the tags, not null; blank tags are dropped
         * @return this builder
         */
        public Builder tags(List<String> value) {
            tags = List.copyOf(value);
            return this;
        }

        /**
         * Sets the history.
         *
         * @param value the history, oldest first, not null
         * @return this builder
         */
        public Builder history(List<StatusChange> value) {
            history = List.copyOf(value);
            return this;
        }

        /**
         * Makes what the builder holds an update of an opportunity, as an import that names the
         * opportunity's id does: the builder takes the opportunity's history and, when the status it
         * holds differs from the opportunity's, records the move in it as
         * {@link Opportunity#transition(Status, LocalDate, String)} does, under the same rules.
         *
         * @param current the opportunity updated, not null
         * @param date    the day of a move, not null
         * @param note    why
         * @return this builder
         * @throws IllegalTransitionException when the lifecycle does not allow the move from the
         *                                    opportunity's status to the builder's; the builder is
         *                                    then unchanged
         */
        public Builder updating(Opportunity current, LocalDate date, @Nullable String note) {
            Objects.requireNonNull(date, "date");
            history = status == current.status() ? current.history()
                    : List.copyOf(moved(current, status, date, note));
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
         * Checks what the builder holds: each missing required value ({@code id}, {@code title},
         * {@code sector}, {@code investment}, {@code leadAgency}) as a {@link Rule#REQUIRED}
         * violation, each code given as text that names nothing as a {@link Rule#UNKNOWN_CODE}
         * violation instead, and every rule that the values given break, in the same rule codes and
         * messages as {@link CatalogValidator#validate(Object)} gives for a built opportunity. While
         * a required value is missing, the rules across values are not checked.
         *
         * @param validator the validator, not null
         * @return the violations, ordered by property, never null
         */
        public List<Violation> validate(CatalogValidator validator) {
            return draft.validate(validator);
        }

        /**
         * Builds the opportunity when what the builder holds is valid, checked with the library's
         * validator ({@link CatalogValidator#shared()}).
         *
         * @return the opportunity, never null
         * @throws ValidationFailedException when {@link #validate()} finds a violation; it carries
         *                                   them all
         */
        public Opportunity build() {
            return build(CatalogValidator.shared());
        }

        /**
         * Builds the opportunity when what the builder holds is valid.
         *
         * @param validator the validator, not null
         * @return the opportunity, never null
         * @throws ValidationFailedException when {@link #validate(CatalogValidator)} finds a
         *                                   violation; it carries them all
         */
        public Opportunity build(CatalogValidator validator) {
            return draft.build(validator);
        }

        /** What the builder holds, by the names of the record's components, in their order; null where absent. */
        private Map<String, @Nullable Object> values() {
            Map<String, @Nullable Object> values = new LinkedHashMap<>();
            values.put("id", id);
            values.put("title", title);
            values.put("summary", summary);
            values.put("sector", sector);
            values.put("subsector", subsector);
            values.put("location", location);
            values.put("investment", investment);
            values.put("investmentModel", investmentModel);
            values.put("status", status);
            values.put("irrPercent", irrPercent);
            values.put("paybackYears", paybackYears);
            values.put("directJobs", directJobs);
            values.put("youthJobs", youthJobs);
            values.put("indirectJobs", indirectJobs);
            values.put("leadAgency", leadAgency);
            values.put("partnerAgencies", partnerAgencies);
            values.put("incentives", incentives);
            values.put("publishedOn", publishedOn);
            values.put("deadline", deadline);
            values.put("contactEmail", contactEmail);
            values.put("contactPhone", contactPhone);
            values.put("feasibilityUrl", feasibilityUrl);
            values.put("tags", tags);
            values.put("history", history);
            return values;
        }

        /** Whether the builder holds a value for every required property. */
        private boolean holdsRequired() {
            return id != null && title != null && sector != null && investment != null && leadAgency != null;
        }

        /** Calls the constructor with what the builder holds, unchecked. */
        private Opportunity construct() {
            return new Opportunity(Objects.requireNonNull(id, "id"), Objects.requireNonNull(title, "title"), summary,
                    Objects.requireNonNull(sector, "sector"), subsector, location,
                    Objects.requireNonNull(investment, "investment"), investmentModel, status, irrPercent, paybackYears,
                    directJobs, youthJobs, indirectJobs, Objects.requireNonNull(leadAgency, "leadAgency"), partnerAgencies, incentives,
                    publishedOn, deadline, contactEmail, contactPhone, feasibilityUrl, tags, history);
        }
    }
}
