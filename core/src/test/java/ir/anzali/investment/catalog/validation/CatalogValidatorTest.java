package ir.anzali.investment.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Fixtures;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Location;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.opportunity.StatusChange;
import ir.anzali.investment.catalog.internal.text.Digits;
import ir.anzali.investment.catalog.text.LocalizedText;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogValidatorTest {

    private static final CatalogValidator VALIDATOR = CatalogValidator.shared();
    private static final String LONG_201 = "x".repeat(201);

    private static Arguments o(String name, UnaryOperator<Opportunity.Builder> broken,
            UnaryOperator<Opportunity.Builder> fixed, String property, Rule rule, String en, String fa) {
        return Arguments.of(name, broken, fixed, property, rule, en, fa);
    }

    static Stream<Arguments> opportunityRules() {
        return Stream.of(
                o("id pattern", b -> b.id(new OpportunityId("1BAD")), b -> b.id(new OpportunityId("GOOD-1")),
                        "id.value", Rule.PATTERN, "capital letter", "شناسه"),
                o("title too long", b -> b.title(LONG_201, "ok"), b -> b.title("x".repeat(200), "ok"),
                        "title.fa", Rule.TOO_LONG, "200 characters", "200 نویسه"),
                o("english title too long", b -> b.title("ok", LONG_201), b -> b.title("ok", "fine"),
                        "title.en", Rule.TOO_LONG, "longer than 200", "200 نویسه"),
                o("summary too long", b -> b.summary("x".repeat(2001), null), b -> b.summary("x".repeat(2000), null),
                        "summary.fa", Rule.TOO_LONG, "2000", "2000"),
                o("area too long", b -> b.location(new Location("x".repeat(101), null, null, null, null, null)),
                        b -> b.location(new Location("x".repeat(100), null, null, null, null, null)),
                        "location.area", Rule.TOO_LONG, "100", "100"),
                o("address too long", b -> b.location(new Location(null, "x".repeat(301), null, null, null, null)),
                        b -> b.location(new Location(null, "x".repeat(300), null, null, null, null)),
                        "location.address", Rule.TOO_LONG, "300", "300"),
                o("latitude over 90", b -> b.location(loc("90.5", "49")), b -> b.location(loc("90", "49")),
                        "location.latitude", Rule.OUT_OF_RANGE, "at most 90", "حداکثر 90"),
                o("latitude under -90", b -> b.location(loc("-91", "49")), b -> b.location(loc("-90", "49")),
                        "location.latitude", Rule.OUT_OF_RANGE, "at least -90", "دست‌کم -90"),
                o("longitude over 180", b -> b.location(loc("37", "181")), b -> b.location(loc("37", "180")),
                        "location.longitude", Rule.OUT_OF_RANGE, "at most 180", "حداکثر 180"),
                o("latitude without longitude", b -> b.location(loc("37", null)), b -> b.location(loc(null, null)),
                        "location.latitude", Rule.CROSS_FIELD, "together", "با هم"),
                o("longitude without latitude", b -> b.location(loc(null, "49")), b -> b.location(loc("37", "49")),
                        "location.longitude", Rule.CROSS_FIELD, "together", "با هم"),
                o("land area zero", b -> b.location(new Location(null, null, null, null, BigDecimal.ZERO, null)),
                        b -> b.location(new Location(null, null, null, null, new BigDecimal("0.5"), null)),
                        "location.landAreaM2", Rule.OUT_OF_RANGE, "greater than 0", "بیشتر از 0"),
                o("investment zero", b -> b.investment(Money.of(BigDecimal.ZERO, Money.IRR)),
                        b -> b.investment(Money.of(BigDecimal.ONE, Money.IRR)),
                        "investment", Rule.OUT_OF_RANGE, "greater than zero", "بیشتر از صفر"),
                o("irr under -100", b -> b.irrPercent(new BigDecimal("-100.5")), b -> b.irrPercent(new BigDecimal("-100")),
                        "irrPercent", Rule.OUT_OF_RANGE, "at least -100", "دست‌کم -100"),
                o("irr over 1000", b -> b.irrPercent(new BigDecimal("1000.1")), b -> b.irrPercent(new BigDecimal("1000")),
                        "irrPercent", Rule.OUT_OF_RANGE, "at most 1000", "حداکثر 1000"),
                o("payback zero", b -> b.paybackYears(BigDecimal.ZERO), b -> b.paybackYears(new BigDecimal("0.1")),
                        "paybackYears", Rule.OUT_OF_RANGE, "greater than 0", "بیشتر از 0"),
                o("payback over 100", b -> b.paybackYears(new BigDecimal("101")), b -> b.paybackYears(new BigDecimal("100")),
                        "paybackYears", Rule.OUT_OF_RANGE, "at most 100", "حداکثر 100"),
                o("negative direct jobs", b -> b.directJobs(-1).youthJobs(null), b -> b.directJobs(0).youthJobs(0),
                        "directJobs", Rule.OUT_OF_RANGE, "at least 0", "دست‌کم 0"),
                o("negative youth jobs", b -> b.youthJobs(-1), b -> b.youthJobs(0),
                        "youthJobs", Rule.OUT_OF_RANGE, "at least 0", "دست‌کم 0"),
                o("youth more than direct", b -> b.directJobs(10).youthJobs(11), b -> b.directJobs(10).youthJobs(10),
                        "youthJobs", Rule.CROSS_FIELD, "more than direct jobs", "اشتغال جوانان"),
                o("deadline before publication", b -> b.deadline(LocalDate.of(2026, 11, 26)),
                        b -> b.deadline(LocalDate.of(2026, 11, 27)),
                        "deadline", Rule.CROSS_FIELD, "before the publication", "مهلت"),
                o("subsector outside sector", b -> b.subsector(Fixtures.PORT.subsectors().get(0)),
                        b -> b.subsector(null), "subsector", Rule.CROSS_FIELD, "does not belong", "زیربخش"),
                o("lead agency also partner", b -> b.partnerAgencies(List.of(Fixtures.AFZO)),
                        b -> b.partnerAgencies(List.of()), "partnerAgencies", Rule.CROSS_FIELD, "also listed", "همکار"),
                o("email", b -> b.contactEmail("invest.anzali.ir"), b -> b.contactEmail("a@b.ir"),
                        "contactEmail", Rule.TYPE, "email address", "ایمیل"),
                o("phone letters", b -> b.contactPhone("013-CALL-NOW"), b -> b.contactPhone("۰۱۳ ۴۴۵۲ ۱۲۳۴"),
                        "contactPhone", Rule.TYPE, "6 to 20 digits", "تلفن"),
                o("phone too short", b -> b.contactPhone("12345"), b -> b.contactPhone("123456"),
                        "contactPhone", Rule.TYPE, "6 to 20 digits", "تلفن"),
                o("url not http", b -> b.feasibilityUrl(URI.create("ftp://anzali.ir/a.pdf")),
                        b -> b.feasibilityUrl(URI.create("http://anzali.ir/a.pdf")),
                        "feasibilityUrl", Rule.TYPE, "http://", "http://"),
                o("url relative", b -> b.feasibilityUrl(URI.create("studies/a.pdf")), b -> b.feasibilityUrl(null),
                        "feasibilityUrl", Rule.TYPE, "https://", "نشانی"),
                o("url too long", b -> b.feasibilityUrl(URI.create("https://anzali.ir/" + "x".repeat(1983))),
                        b -> b.feasibilityUrl(URI.create("https://anzali.ir/" + "x".repeat(1982))),
                        "feasibilityUrl", Rule.TYPE, "2000 characters", "2000 نویسه"),
                o("phone too long", b -> b.contactPhone("+98 (13) 4452-1234 " + "-".repeat(22)),
                        b -> b.contactPhone("+98 (13) 4452-1234 " + "-".repeat(21)),
                        "contactPhone", Rule.TYPE, "40 characters", "40 نویسه"),
                o("investment in fractions of a rial", b -> b.investment(Money.of(new BigDecimal("0.5"), Money.IRR)),
                        b -> b.investment(Money.of(new BigDecimal("0.5"), "USD")),
                        "investment", Rule.OUT_OF_RANGE, "whole number of rials", "عدد صحیح"),
                o("two-currency investment with a zero part", b -> b.investment(Investment.of(
                                Money.of(BigDecimal.TEN.pow(12), Money.IRR), Money.of(BigDecimal.ZERO, "EUR"))),
                        b -> b.investment(Investment.of(Money.of(BigDecimal.TEN.pow(12), Money.IRR),
                                Money.of(BigDecimal.TEN.pow(6), "EUR"))),
                        "investment", Rule.OUT_OF_RANGE, "greater than zero", "بیشتر از صفر"),
                o("two-currency investment with fractions of a rial", b -> b.investment(Investment.of(
                                Money.of(new BigDecimal("0.5"), Money.IRR), Money.of(new BigDecimal("0.5"), "EUR"))),
                        b -> b.investment(Investment.of(Money.of(BigDecimal.ONE, Money.IRR),
                                Money.of(new BigDecimal("0.5"), "EUR"))),
                        "investment", Rule.OUT_OF_RANGE, "whole number of rials", "عدد صحیح"),
                o("control character in the title", b -> b.title("هتل\u001B[31m", "Hotel"), b -> b.title("هتل", "Hotel"),
                        "title.fa", Rule.TYPE, "control character", "نویسهٔ کنترلی"),
                o("bell in the english summary", b -> b.summary(null, "ring\u0007"), b -> b.summary(null, "ring"),
                        "summary.en", Rule.TYPE, "control character", "نویسهٔ کنترلی"),
                o("nul in the address", b -> b.location(new Location(null, "a\u0000b", null, null, null, null)),
                        b -> b.location(new Location(null, "a b", null, null, null, null)),
                        "location.address", Rule.TYPE, "control character", "نویسهٔ کنترلی"),
                o("tag holding a list separator", b -> b.tags(List.of("ساحل؛x", "a;b")), b -> b.tags(List.of("a", "b")),
                        "tags", Rule.TYPE, "separators", "جداکننده"),
                o("too many tags", b -> b.tags(java.util.Collections.nCopies(51, "t")),
                        b -> b.tags(java.util.Collections.nCopies(50, "t")),
                        "tags", Rule.TOO_LONG, "at most 50 items of at most 100 characters", "50 قلم"),
                o("tag too long", b -> b.tags(List.of("t".repeat(101))), b -> b.tags(List.of("t".repeat(100))),
                        "tags", Rule.TOO_LONG, "at most 50 items", "100 نویسه"),
                o("publication in the year 3000", b -> b.publishedOn(LocalDate.of(3000, 1, 1)).deadline(null),
                        b -> b.publishedOn(LocalDate.of(2999, 12, 31)).deadline(null),
                        "publishedOn", Rule.OUT_OF_RANGE, "1800-01-01 and 2999-12-31", "1800"),
                o("deadline before 1800", b -> b.publishedOn(null).deadline(LocalDate.of(1799, 12, 31)),
                        b -> b.publishedOn(null).deadline(LocalDate.of(1800, 1, 1)),
                        "deadline", Rule.OUT_OF_RANGE, "1800-01-01", "2999"),
                o("history skipping from open to operational",
                        b -> b.history(List.of(new StatusChange(Status.OPEN, Status.OPERATIONAL, LocalDate.of(2026, 1, 1), null))),
                        b -> b.history(List.of(new StatusChange(Status.OPEN, Status.NEGOTIATION, LocalDate.of(2026, 1, 1), null))),
                        "history", Rule.CROSS_FIELD, "lifecycle", "چرخهٔ عمر"),
                o("history steps that do not join",
                        b -> b.history(List.of(new StatusChange(Status.PREPARED, Status.OPEN, LocalDate.of(2026, 1, 1), null),
                                new StatusChange(Status.NEGOTIATION, Status.AWARDED, LocalDate.of(2026, 2, 1), null))),
                        b -> b.history(List.of(new StatusChange(Status.PREPARED, Status.OPEN, LocalDate.of(2026, 1, 1), null),
                                new StatusChange(Status.OPEN, Status.NEGOTIATION, LocalDate.of(2026, 2, 1), null))),
                        "history", Rule.CROSS_FIELD, "starting where the step before ended", "گام پیش"),
                o("history going back in time",
                        b -> b.history(List.of(new StatusChange(Status.PREPARED, Status.OPEN, LocalDate.of(2026, 3, 1), null),
                                new StatusChange(Status.OPEN, Status.NEGOTIATION, LocalDate.of(2026, 2, 1), null))),
                        b -> b.history(List.of(new StatusChange(Status.PREPARED, Status.OPEN, LocalDate.of(2026, 3, 1), null),
                                new StatusChange(Status.OPEN, Status.NEGOTIATION, LocalDate.of(2026, 3, 1), "همان روز"))),
                        "history", Rule.CROSS_FIELD, "dated on or after it", "پس از آن"),
                o("history in the year 10000",
                        b -> b.history(List.of(new StatusChange(Status.OPEN, Status.CANCELLED, LocalDate.of(10000, 1, 1), null))),
                        b -> b.history(List.of(new StatusChange(Status.OPEN, Status.CANCELLED, LocalDate.of(2999, 1, 1), null))),
                        "history", Rule.CROSS_FIELD, "lifecycle", "چرخهٔ عمر"),
                o("history note with an escape",
                        b -> b.history(List.of(new StatusChange(Status.OPEN, Status.CANCELLED, LocalDate.of(2026, 1, 1), "\u001B]0;x"))),
                        b -> b.history(List.of(new StatusChange(Status.OPEN, Status.CANCELLED, LocalDate.of(2026, 1, 1), "x".repeat(500)))),
                        "history", Rule.CROSS_FIELD, "note of at most 500", "۵۰۰"));
    }

    private static Location loc(String lat, String lon) {
        return new Location(null, null, lat == null ? null : new BigDecimal(lat), lon == null ? null : new BigDecimal(lon),
                null, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("opportunityRules")
    void each_opportunity_rule_fails_and_passes_with_persian_and_english_messages(String name,
            UnaryOperator<Opportunity.Builder> broken, UnaryOperator<Opportunity.Builder> fixed, String property,
            Rule rule, String en, String fa) {
        assertOneViolation(Fixtures.unchecked(broken.apply(Fixtures.hotel())), property, rule, en, fa);
        assertThat(VALIDATOR.validate(fixed.apply(Fixtures.hotel()).build())).isEmpty();
    }

    private static Arguments i(String name, UnaryOperator<Incentive.Builder> broken,
            UnaryOperator<Incentive.Builder> fixed, String property, Rule rule, String en, String fa) {
        return Arguments.of(name, broken, fixed, property, rule, en, fa);
    }

    static Stream<Arguments> incentiveRules() {
        return Stream.of(
                i("id pattern", b -> Incentive.builder(new IncentiveId("inc")).type(b.build().type())
                        .title(b.build().title()).authority(b.build().authority()), b -> b,
                        "id.value", Rule.PATTERN, "capital letter", "شناسه"),
                i("legal basis too long", b -> b.legalBasis("x".repeat(301)), b -> b.legalBasis("x".repeat(300)),
                        "legalBasis", Rule.TOO_LONG, "300", "300"),
                i("benefit over 100", b -> b.benefitPercent(new BigDecimal("100.01")),
                        b -> b.benefitPercent(new BigDecimal("0")), "benefitPercent", Rule.OUT_OF_RANGE, "at most 100",
                        "حداکثر 100"),
                i("benefit negative", b -> b.benefitPercent(new BigDecimal("-1")),
                        b -> b.benefitPercent(new BigDecimal("100")), "benefitPercent", Rule.OUT_OF_RANGE, "at least 0",
                        "دست‌کم 0"),
                i("duration zero", b -> b.durationYears(0), b -> b.durationYears(1), "durationYears",
                        Rule.OUT_OF_RANGE, "at least 1", "دست‌کم 1"),
                i("duration 100", b -> b.durationYears(100), b -> b.durationYears(99), "durationYears",
                        Rule.OUT_OF_RANGE, "at most 99", "حداکثر 99"),
                i("min investment zero", b -> b.minInvestment(Money.of(BigDecimal.ZERO, "USD")),
                        b -> b.minInvestment(Money.of(BigDecimal.TEN, "USD")), "minInvestment", Rule.OUT_OF_RANGE,
                        "greater than zero", "صفر"),
                i("min direct jobs negative", b -> b.minDirectJobs(-3), b -> b.minDirectJobs(3), "minDirectJobs",
                        Rule.OUT_OF_RANGE, "at least 0", "دست‌کم 0"),
                i("min youth jobs negative", b -> b.minYouthJobs(-3), b -> b.minYouthJobs(0), "minYouthJobs",
                        Rule.OUT_OF_RANGE, "at least 0", "دست‌کم 0"),
                i("validity window reversed", b -> b.validFrom(LocalDate.of(2027, 1, 1)).validTo(LocalDate.of(2026, 1, 1)),
                        b -> b.validFrom(LocalDate.of(2026, 1, 1)).validTo(LocalDate.of(2026, 1, 1)), "validTo",
                        Rule.CROSS_FIELD, "end of validity", "پایان اعتبار"),
                i("min investment in fractions of a rial", b -> b.minInvestment(Money.of(new BigDecimal("10.01"), "IRR")),
                        b -> b.minInvestment(Money.of(new BigDecimal("10"), "IRR")), "minInvestment", Rule.OUT_OF_RANGE,
                        "whole number of rials", "ریال"),
                i("area holding a separator", b -> b.areas(List.of("غازیان|کپورچال")), b -> b.areas(List.of("غازیان")),
                        "areas", Rule.TYPE, "separators", "جداکننده"),
                i("too many areas", b -> b.areas(java.util.Collections.nCopies(51, "a")),
                        b -> b.areas(java.util.Collections.nCopies(50, "a")), "areas", Rule.TOO_LONG, "50 items", "50 قلم"),
                i("legal basis with an escape", b -> b.legalBasis("ماده \u001B۱۳"), b -> b.legalBasis("ماده ۱۳"),
                        "legalBasis", Rule.TYPE, "control character", "کنترلی"),
                i("valid to in the year 9999", b -> b.validTo(LocalDate.of(9999, 1, 1)), b -> b.validTo(LocalDate.of(2999, 1, 1)),
                        "validTo", Rule.OUT_OF_RANGE, "2999-12-31", "2999"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incentiveRules")
    void each_incentive_rule_fails_and_passes_with_persian_and_english_messages(String name,
            UnaryOperator<Incentive.Builder> broken, UnaryOperator<Incentive.Builder> fixed, String property,
            Rule rule, String en, String fa) {
        assertOneViolation(Fixtures.unchecked(broken.apply(Fixtures.taxHoliday())), property, rule, en, fa);
        assertThat(VALIDATOR.validate(fixed.apply(Fixtures.taxHoliday()).build())).isEmpty();
    }

    private static void assertOneViolation(Object broken, String property, Rule rule, String en, String fa) {
        List<Violation> violations = VALIDATOR.validate(broken);
        assertThat(violations).hasSize(1);
        Violation v = violations.get(0);
        assertThat(v.property()).isEqualTo(property);
        assertThat(v.rule()).isEqualTo(rule);
        assertThat(v.message(Locale.ENGLISH)).contains(en);
        assertThat(v.message(LocalizedText.PERSIAN)).contains(Digits.toPersian(fa));
    }

    @Test
    void several_problems_are_all_reported_in_property_order() {
        Opportunity o = Fixtures.unchecked(Fixtures.hotel().directJobs(1).youthJobs(5).irrPercent(new BigDecimal("5000"))
                .contactEmail("nope"));
        assertThat(VALIDATOR.validate(o)).extracting(Violation::property)
                .containsExactly("contactEmail", "irrPercent", "youthJobs");
    }

    @Test
    void an_application_validator_gives_the_same_rules() {
        CatalogValidator own = CatalogValidator.using(Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator());
        Opportunity o = Fixtures.unchecked(Fixtures.hotel().youthJobs(500));
        assertThat(own.validate(o)).extracting(Violation::rule).containsExactly(Rule.CROSS_FIELD);
        assertThat(own.validate(o).get(0).message(Locale.ENGLISH)).contains("more than direct jobs");
    }

    @Test
    void the_shared_validator_is_bootstrapped_once() {
        assertThat(CatalogValidator.shared()).isSameAs(CatalogValidator.shared());
        assertThat(CatalogValidator.shared().validator()).isSameAs(CatalogValidator.shared().validator());
    }

    @Test
    void the_default_message_is_english_without_expression_language() {
        var found = VALIDATOR.validator().validate(Fixtures.<Opportunity>unchecked(Fixtures.hotel().youthJobs(500)));
        assertThat(found).singleElement().satisfies(v ->
                assertThat(v.getMessage()).isEqualTo("Youth jobs cannot be more than direct jobs; correct one of the two."));
    }

    @Test
    void leaf_property_names_the_column_part() {
        Violation v = new Violation("location.latitude", Rule.OUT_OF_RANGE, null, "{x}", java.util.Map.of());
        assertThat(v.leafProperty()).isEqualTo("latitude");
        assertThat(new Violation("title.fa", Rule.TOO_LONG, null, "{x}", java.util.Map.of()).leafProperty())
                .isEqualTo("title.fa");
        assertThat(new Violation("id.value", Rule.PATTERN, null, "{x}", java.util.Map.of()).leafProperty())
                .isEqualTo("id");
    }

    @Test
    void a_form_with_missing_values_lists_each_as_required_with_the_other_problems() {
        Opportunity.Builder form = Opportunity.builder().title(" ", "\u200F").sector(Fixtures.TOURISM)
                .irrPercent(new BigDecimal("5000")).contactEmail("nope")
                .location(new Location(null, null, new BigDecimal("95"), new BigDecimal("49"), null, null));
        List<Violation> problems = form.validate();
        assertThat(problems).extracting(Violation::property, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("contactEmail", Rule.TYPE),
                org.assertj.core.groups.Tuple.tuple("id", Rule.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("investment", Rule.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("irrPercent", Rule.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("leadAgency", Rule.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("location.latitude", Rule.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("title", Rule.REQUIRED));
        Violation title = problems.get(6);
        assertThat(title.rule().code()).isEqualTo("required");
        assertThat(title.message(Locale.ENGLISH)).isEqualTo("A value is required; fill it in.");
        assertThat(title.message(LocalizedText.PERSIAN)).isEqualTo("این مقدار لازم است؛ آن را پر کنید.");
    }

    @Test
    void a_complete_form_is_validated_as_the_opportunity_it_builds() {
        Opportunity.Builder form = Fixtures.hotel().youthJobs(500);
        assertThat(form.validate()).isEqualTo(VALIDATOR.validate(Fixtures.<Opportunity>unchecked(form)));
        assertThat(form.validate()).extracting(Violation::property).containsExactly("youthJobs");
        assertThat(Fixtures.hotel().validate()).isEmpty();
    }

    @Test
    void an_incentive_form_lists_its_missing_values() {
        Incentive.Builder form = Incentive.builder().title("معافیت", null).durationYears(120);
        assertThat(form.validate()).extracting(Violation::property, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("authority", Rule.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("durationYears", Rule.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("id", Rule.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("type", Rule.REQUIRED));
    }

    @Test
    void a_form_whose_id_has_the_wrong_shape_names_the_id() {
        List<Violation> problems = Opportunity.builder().id(new OpportunityId("x1")).validate();
        assertThat(problems).filteredOn(v -> v.property().startsWith("id"))
                .extracting(Violation::property, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("id.value", Rule.PATTERN));
    }
}
