package ir.anzali.investment.catalog.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.Fixtures;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.validation.Rule;
import ir.anzali.investment.catalog.validation.ValidationFailedException;
import ir.anzali.investment.catalog.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OpportunityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    static Stream<Arguments> legalTransitions() {
        return Stream.of(
                Arguments.of(Status.IDENTIFIED, Status.PREPARED),
                Arguments.of(Status.PREPARED, Status.OPEN),
                Arguments.of(Status.OPEN, Status.NEGOTIATION),
                Arguments.of(Status.NEGOTIATION, Status.AWARDED),
                Arguments.of(Status.NEGOTIATION, Status.OPEN),
                Arguments.of(Status.AWARDED, Status.IMPLEMENTATION),
                Arguments.of(Status.IMPLEMENTATION, Status.OPERATIONAL),
                Arguments.of(Status.IDENTIFIED, Status.CANCELLED),
                Arguments.of(Status.OPEN, Status.CANCELLED),
                Arguments.of(Status.IMPLEMENTATION, Status.CANCELLED));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("legalTransitions")
    void legal_transition_returns_a_new_opportunity_that_records_it(Status from, Status to) {
        Opportunity before = Fixtures.hotel().status(from).build();
        Opportunity after = before.transition(to, DAY, "جلسه کارگروه مشترک");
        assertThat(after.status()).isEqualTo(to);
        assertThat(before.status()).isEqualTo(from);
        assertThat(after.history()).containsExactly(new StatusChange(from, to, DAY, "جلسه کارگروه مشترک"));
    }

    static Stream<Arguments> illegalTransitions() {
        return Stream.of(
                Arguments.of(Status.IDENTIFIED, Status.OPEN),
                Arguments.of(Status.OPEN, Status.PREPARED),
                Arguments.of(Status.AWARDED, Status.NEGOTIATION),
                Arguments.of(Status.OPERATIONAL, Status.CANCELLED),
                Arguments.of(Status.CANCELLED, Status.OPEN),
                Arguments.of(Status.OPEN, Status.OPEN));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("illegalTransitions")
    void illegal_transition_is_refused_naming_both_statuses(Status from, Status to) {
        Opportunity o = Fixtures.hotel().status(from).build();
        assertThatThrownBy(() -> o.transition(to, DAY, null))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("from " + from)
                .hasMessageContaining("to " + to)
                .satisfies(e -> {
                    IllegalTransitionException ite = (IllegalTransitionException) e;
                    assertThat(ite.from()).isEqualTo(from);
                    assertThat(ite.to()).isEqualTo(to);
                });
    }

    @Test
    void an_update_with_another_status_records_the_move_as_transition_does() {
        Opportunity current = Fixtures.hotel().build().transition(Status.NEGOTIATION, DAY, null);
        Opportunity updated = Fixtures.hotel().directJobs(200).status(Status.OPEN)
                .updating(current, DAY.plusDays(3), "پیشنهاد پس گرفته شد").build();
        assertThat(updated.directJobs()).isEqualTo(200);
        assertThat(updated.history()).isEqualTo(current.transition(Status.OPEN, DAY.plusDays(3),
                "پیشنهاد پس گرفته شد").history());
    }

    @Test
    void an_update_with_the_same_status_keeps_the_history() {
        Opportunity current = Fixtures.hotel().build().transition(Status.NEGOTIATION, DAY, null);
        Opportunity updated = Fixtures.hotel().status(Status.NEGOTIATION).updating(current, DAY.plusDays(3), null)
                .build();
        assertThat(updated.history()).isEqualTo(current.history());
    }

    @Test
    void an_update_to_a_status_the_lifecycle_forbids_is_refused_and_leaves_the_builder_unchanged() {
        Opportunity current = Fixtures.hotel().build().transition(Status.NEGOTIATION, DAY, null);
        Opportunity.Builder update = Fixtures.hotel().status(Status.OPERATIONAL);
        assertThatThrownBy(() -> update.updating(current, DAY.plusDays(3), null))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(Status.NEGOTIATION);
                    assertThat(e.to()).isEqualTo(Status.OPERATIONAL);
                    assertThat(e.getMessage()).contains("allowed: [OPEN, AWARDED, CANCELLED]");
                });
        assertThat(update.build().history()).isEmpty();
    }

    @Test
    void the_whole_lifecycle_builds_a_history_in_order() {
        Opportunity o = Fixtures.hotel().status(Status.IDENTIFIED).build();
        List<Status> path = List.of(Status.PREPARED, Status.OPEN, Status.NEGOTIATION, Status.OPEN,
                Status.NEGOTIATION, Status.AWARDED, Status.IMPLEMENTATION, Status.OPERATIONAL);
        for (int i = 0; i < path.size(); i++) {
            o = o.transition(path.get(i), DAY.plusDays(i), null);
        }
        List<Status> recorded = new ArrayList<>();
        o.history().forEach(c -> recorded.add(c.to()));
        assertThat(recorded).isEqualTo(path);
        assertThat(o.history().get(3).from()).isEqualTo(Status.NEGOTIATION);
        assertThat(Status.OPERATIONAL.next()).isEmpty();
    }

    @Test
    void builder_normalizes_text_and_defaults_status_to_open() {
        Opportunity o = Fixtures.hotel().title(" هتل  ساحلي ", null).status(null).tags(List.of(" ", "ك ")).build();
        assertThat(o.title().fa()).isEqualTo("هتل ساحلی");
        assertThat(o.title().en()).isNull();
        assertThat(o.status()).isEqualTo(Status.OPEN);
        assertThat(o.tags()).containsExactly("ک");
    }

    @Test
    void required_values_are_named_when_missing() {
        assertThatThrownBy(() -> Fixtures.hotel().investment((Money) null).build())
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.missing("investment")))
                .hasMessageContaining("investment: A value is required");
        assertThatThrownBy(() -> Fixtures.hotel().title(null, " ").build())
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.missing("title")));
    }

    @Test
    void build_on_an_incomplete_builder_throws_the_violations_not_NullPointerException_id() {
        Opportunity.Builder form = Opportunity.builder().title("هتل", null);
        assertThatThrownBy(form::build)
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> {
                    assertThat(e.violations()).isEqualTo(form.validate());
                    assertThat(e.violations()).extracting(Violation::property)
                            .containsExactly("id", "investment", "leadAgency", "sector");
                    assertThat(e.violations()).extracting(Violation::rule).containsOnly(Rule.REQUIRED);
                });
    }

    @Test
    void build_on_a_complete_but_invalid_builder_throws_the_same_violations_as_validate() {
        Opportunity.Builder b = Fixtures.hotel().youthJobs(500);
        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationFailedException.class, e -> {
            assertThat(e.violations()).isEqualTo(b.validate());
            assertThat(e.violations()).extracting(v -> v.rule().code()).containsExactly("cross-field");
        });
    }

    @Test
    void a_form_without_sector_gives_a_required_violation_not_NullPointerException() {
        Opportunity.Builder form = Fixtures.hotel()
                .sector(Fixtures.REF.sector(null).orElse(null))
                .subsector((Subsector) null);
        assertThat(form.validate()).containsExactly(Violation.missing("sector"));
        Opportunity.Builder byText = Fixtures.hotel().subsector((Subsector) null).sector(null, Fixtures.REF);
        assertThat(byText.validate()).containsExactly(Violation.missing("sector"));
        assertThat(Fixtures.hotel().subsector((Subsector) null).sector("  ", Fixtures.REF).validate())
                .containsExactly(Violation.missing("sector"));
    }

    @Test
    void sector_XYZ_from_a_form_is_unknown_code_listing_the_known_sectors_not_required() {
        Opportunity.Builder form = Fixtures.hotel().subsector((Subsector) null).sector("XYZ", Fixtures.REF);
        assertThat(form.validate()).singleElement().satisfies(v -> {
            assertThat(v.property()).isEqualTo("sector");
            assertThat(v.rule()).isEqualTo(Rule.UNKNOWN_CODE);
            assertThat(v.rule().code()).isEqualTo("unknown-code");
            assertThat(v.invalidValue()).isEqualTo("XYZ");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo(
                    "\"XYZ\" is not a known value. Known values: TOURISM, MARINE_INDUSTRIES, PORT_SERVICES.");
        });
        assertThatThrownBy(form::build).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).isEqualTo(form.validate()));
    }

    @Test
    void a_misspelt_sector_from_a_form_is_unknown_code_suggesting_the_closest_in_both_languages() {
        Opportunity.Builder form = Fixtures.hotel().subsector((Subsector) null).sector("TURISM", Fixtures.REF);
        Violation v = form.validate().get(0);
        assertThat(v.rule()).isEqualTo(Rule.UNKNOWN_CODE);
        assertThat(v.message(Locale.ENGLISH)).contains("Did you mean TOURISM?");
        assertThat(v.message(LocalizedText.PERSIAN)).contains("«TURISM»", "منظورتان TOURISM");
    }

    @Test
    void codes_from_a_form_read_names_and_setting_a_value_clears_an_unknown_code() {
        Opportunity built = Opportunity.builder(OpportunityId.of("AFZ-TOU-002")).title("اسکله", null)
                .investment(Money.of(new BigDecimal("5000000000"), Money.IRR))
                .sector("گردشگري", Fixtures.REF).subsector("اقامتی", Fixtures.REF)
                .leadAgency("AFZX", Fixtures.REF)
                .leadAgency(Fixtures.AFZO)
                .build();
        assertThat(built.sector()).isEqualTo(Fixtures.TOURISM);
        assertThat(built.subsector()).isEqualTo(Fixtures.TOURISM.subsector("ACCOMMODATION").orElseThrow());
        assertThat(built.leadAgency()).isEqualTo(Fixtures.AFZO);
    }

    @Test
    void a_subsector_of_another_sector_from_a_form_is_the_cross_field_rule() {
        assertThat(Fixtures.hotel().subsector("WAREHOUSING", Fixtures.REF).validate())
                .extracting(Violation::property, v -> v.rule().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("subsector", "cross-field"));
    }

    @Test
    void lists_handed_out_cannot_be_changed() {
        Opportunity o = Fixtures.hotel().build();
        assertThatThrownBy(() -> o.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void id_of_upper_cases_and_trims() {
        assertThat(OpportunityId.of(" afz-tou-001 ").value()).isEqualTo("AFZ-TOU-001");
        assertThatThrownBy(() -> OpportunityId.of("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"ß-tou-019, ß-TOU-019", "ıd-tou-019, ıD-TOU-019", "ﬁx-tou-019, ﬁX-TOU-019", "afz-tou-019, AFZ-TOU-019"})
    void ids_upper_case_only_ascii_letters_so_others_stay_refused(String typed, String canonical) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(OpportunityId.of(typed).value()).isEqualTo(canonical);
            assertThat(IncentiveId.of(typed).value()).isEqualTo(canonical);
        } finally {
            Locale.setDefault(before);
        }
    }
}
