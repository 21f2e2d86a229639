package ir.anzali.investment.catalog.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
        assertThatThrownBy(() -> Fixtures.hotel().investment(null).build()).isInstanceOf(NullPointerException.class)
                .hasMessage("investment");
        assertThatThrownBy(() -> Fixtures.hotel().title(null, " ").build()).hasMessage("title");
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
}
