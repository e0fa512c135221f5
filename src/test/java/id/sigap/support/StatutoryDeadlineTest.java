package id.sigap.support;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.StatutoryDeadline.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatutoryDeadlineTest {

    static final LocalDate APPLIED = LocalDate.of(2026, 3, 2);

    @Test
    void rehabilitation_is_due_seven_days_after_the_application_under_pasal_52() {
        var d = StatutoryDeadline.of(ServiceType.SOCIAL_REHABILITATION, false, APPLIED)
                .orElseThrow();
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(d.article()).isEqualTo("52");
    }

    @Test
    void first_aid_in_health_rehabilitation_falls_under_pasal_53() {
        var d = StatutoryDeadline.of(ServiceType.HEALTH_REHABILITATION, true, APPLIED)
                .orElseThrow();
        assertThat(d.article()).isEqualTo("53");
        assertThat(d.due()).isEqualTo(APPLIED.plusDays(7));
    }

    @Test
    void repatriation_and_reintegration_have_the_deadline_legal_services_and_identification_do_not() {
        assertThat(StatutoryDeadline.of(ServiceType.REPATRIATION, false, APPLIED))
                .isPresent();
        assertThat(StatutoryDeadline.of(ServiceType.SOCIAL_REINTEGRATION, false, APPLIED))
                .isPresent();
        assertThat(StatutoryDeadline.of(ServiceType.LEGAL, false, APPLIED)).isEmpty();
        assertThat(StatutoryDeadline.of(ServiceType.COMPLAINT_IDENTIFICATION, true, APPLIED))
                .isEmpty();
    }

    @Test
    void without_an_application_date_there_is_no_deadline() {
        assertThat(StatutoryDeadline.of(ServiceType.HEALTH_REHABILITATION, false, null))
                .isEmpty();
    }

    @Test
    void the_deadline_runs_then_falls_due_then_is_overdue_by_whole_days() {
        var d = StatutoryDeadline.of(ServiceType.SOCIAL_REHABILITATION, false, APPLIED)
                .orElseThrow();
        assertThat(d.state(APPLIED, null)).isEqualTo(new StatutoryDeadline.State(Kind.RUNNING, 7));
        assertThat(d.state(APPLIED.plusDays(7), null).kind()).isEqualTo(Kind.DUE_TODAY);
        var late = d.state(APPLIED.plusDays(10), null);
        assertThat(late.kind()).isEqualTo(Kind.OVERDUE);
        assertThat(late.days()).isEqualTo(3);
        assertThat(late.overdue()).isTrue();
    }

    @Test
    void a_service_started_by_the_deadline_is_on_time_and_one_started_after_it_is_late() {
        var d = StatutoryDeadline.of(ServiceType.SOCIAL_REHABILITATION, false, APPLIED)
                .orElseThrow();
        assertThat(d.state(APPLIED.plusDays(30), APPLIED.plusDays(7)).kind()).isEqualTo(Kind.MET);
        assertThat(d.state(APPLIED.plusDays(30), APPLIED.plusDays(8)).kind()).isEqualTo(Kind.MET_LATE);
        assertThat(d.state(APPLIED.plusDays(30), APPLIED.plusDays(8)).overdue()).isFalse();
    }
}
