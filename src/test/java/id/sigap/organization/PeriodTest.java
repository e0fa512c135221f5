package id.sigap.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.shared.SigapException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static Period p(String from, String to) {
        return new Period(from == null ? null : d(from), to == null ? null : d(to));
    }

    @Test
    void periods_sharing_a_single_day_overlap_because_both_ends_are_inclusive() {
        assertThat(p("2020-01-01", "2020-12-31").overlaps(p("2020-12-31", "2021-06-30")))
                .isTrue();
        assertThat(p("2020-12-31", "2021-06-30").overlaps(p("2020-01-01", "2020-12-31")))
                .isTrue();
    }

    @Test
    void a_period_ending_the_day_before_another_starts_does_not_overlap_it() {
        assertThat(p("2020-01-01", "2020-12-31").overlaps(p("2021-01-01", null)))
                .isFalse();
        assertThat(p("2021-01-01", null).overlaps(p("2020-01-01", "2020-12-31")))
                .isFalse();
    }

    @Test
    void open_ends_reach_forever() {
        assertThat(p("2020-01-01", null).overlaps(p("2090-01-01", "2090-01-02")))
                .isTrue();
        assertThat(p(null, "2020-01-01").overlaps(p("1900-01-01", "1900-01-01")))
                .isTrue();
        assertThat(p(null, null).overlaps(p("2000-01-01", "2000-01-01"))).isTrue();
        assertThat(p("2020-01-01", null).overlaps(p(null, "2019-12-31"))).isFalse();
    }

    @Test
    void one_period_inside_another_overlaps_it() {
        assertThat(p("2020-01-01", "2020-12-31").overlaps(p("2020-03-01", "2020-03-02")))
                .isTrue();
        assertThat(p("2020-03-01", "2020-03-02").overlaps(p("2020-01-01", "2020-12-31")))
                .isTrue();
    }

    @Test
    void contains_includes_both_ends() {
        Period year = p("2020-01-01", "2020-12-31");
        assertThat(year.contains(d("2020-01-01"))).isTrue();
        assertThat(year.contains(d("2020-12-31"))).isTrue();
        assertThat(year.contains(d("2021-01-01"))).isFalse();
        assertThat(year.contains(d("2019-12-31"))).isFalse();
        assertThat(p("2020-01-01", null).contains(d("2999-01-01"))).isTrue();
    }

    @Test
    void encloses_requires_every_day_of_the_inner_period() {
        Period tf = p("2020-01-01", "2020-12-31");
        assertThat(tf.encloses(p("2020-02-01", "2020-12-31"))).isTrue();
        assertThat(tf.encloses(p("2020-02-01", null))).isFalse();
        assertThat(tf.encloses(p("2019-12-31", "2020-05-01"))).isFalse();
        assertThat(p("2020-01-01", null).encloses(p("2021-01-01", null))).isTrue();
    }

    @Test
    void an_end_before_the_start_is_refused() {
        assertThatThrownBy(() -> p("2020-01-02", "2020-01-01"))
                .isInstanceOf(SigapException.Invalid.class)
                .satisfies(e -> assertThat(((SigapException.Invalid) e)
                                .problems()
                                .getFirst()
                                .code())
                        .isEqualTo("period.end-before-start"));
    }
}
