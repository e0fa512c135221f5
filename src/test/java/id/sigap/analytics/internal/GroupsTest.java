package id.sigap.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.ServiceRecords.ServiceRecord;
import id.sigap.support.ServiceType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class GroupsTest {

    @Test
    void children_are_under_18_at_the_case_or_marked_so_when_the_age_is_unknown() {
        assertThat(Groups.ageGroup("F", 17, false)).isEqualTo("GIRL");
        assertThat(Groups.ageGroup("F", 18, true)).isEqualTo("WOMAN");
        assertThat(Groups.ageGroup("M", null, true)).isEqualTo("BOY");
        assertThat(Groups.ageGroup("M", 40, false)).isEqualTo("MAN");
        assertThat(Groups.ageGroup("M", null, false)).isEqualTo("UNKNOWN");
        assertThat(Groups.ageGroup(null, 12, true)).isEqualTo("UNKNOWN");
    }

    @Test
    void regions_fall_into_their_regency_or_stay_at_province_level() {
        assertThat(Groups.regency("53.71.01.1001")).isEqualTo("53.71");
        assertThat(Groups.regency("53.71")).isEqualTo("53.71");
        assertThat(Groups.regency("53")).isEqualTo("53");
        assertThat(Groups.province("53.71.01")).isEqualTo("53");
    }

    @Test
    void services_are_timely_when_started_by_the_deadline() {
        LocalDate due = LocalDate.of(2025, 3, 8);
        assertThat(Groups.timeliness(item(due, due, null, false))).isEqualTo("ON_TIME");
        assertThat(Groups.timeliness(item(due, due.plusDays(1), null, false))).isEqualTo("LATE");
        assertThat(Groups.timeliness(item(due, null, due.plusDays(2), false))).isEqualTo("LATE");
        assertThat(Groups.timeliness(item(due, null, null, false))).isEqualTo("PENDING");
        assertThat(Groups.timeliness(item(due, null, null, true))).isEqualTo("CLOSED");
        assertThat(Groups.timeliness(item(null, null, null, false))).isEqualTo("NO_DEADLINE");
    }

    private static ServiceRecord item(LocalDate due, LocalDate started, LocalDate completed, boolean closed) {
        return new ServiceRecord(
                1,
                2,
                3,
                "53.71",
                ServiceType.HEALTH_REHABILITATION,
                due == null ? null : due.minusDays(7),
                due,
                started,
                completed,
                closed,
                OffsetDateTime.parse("2025-03-01T00:00:00Z"));
    }
}
