package id.sigap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.ServiceType;
import id.sigap.support.StatutoryDeadline;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The application's clock keeps the task forces' calendar (WIB), whatever zone the server runs in. */
class ClockConfigurationTest {

    /** 23:30 UTC on 24 November is 06:30 WIB on 25 November. */
    static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-24T23:30:00Z");

    @Test
    void the_clock_bean_runs_in_western_indonesia_time() {
        assertThat(new ClockConfiguration().clock().getZone()).isEqualTo(Jakarta.ZONE);
    }

    @Test
    void a_due_date_computed_at_2330_utc_counts_from_the_wib_date() {
        Clock app =
                Clock.fixed(LATE_EVENING_UTC, new ClockConfiguration().clock().getZone());

        LocalDate today = LocalDate.now(app);
        StatutoryDeadline deadline =
                StatutoryDeadline.of(ServiceType.REPATRIATION, false, today).orElseThrow();

        assertThat(today).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(deadline.state(today, null).days()).isEqualTo(7);
    }

    @Test
    void jakarta_today_is_the_wib_date_even_from_a_utc_clock() {
        Clock utc = Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC);

        assertThat(LocalDate.now(utc)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(Jakarta.today(utc)).isEqualTo(LocalDate.of(2026, 11, 25));
    }
}
