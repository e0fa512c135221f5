package id.sigap.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.plans.Accumulation;
import id.sigap.plans.Achievement;
import id.sigap.plans.Indicator;
import id.sigap.plans.ProgressReport;
import id.sigap.plans.ReportStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AchievementTest {

    private static Indicator indicator(Accumulation acc) {
        return new Indicator(
                1, 1, 1, "Perkara", "perkara", null, 7, null, acc, null, Map.of(2025, new BigDecimal("40")), 0);
    }

    private static ProgressReport approved(int quarter, String value) {
        return new ProgressReport(
                quarter,
                1,
                2025,
                quarter,
                new BigDecimal(value),
                null,
                null,
                ReportStatus.APPROVED,
                null,
                7,
                OffsetDateTime.parse("2025-07-01T00:00:00Z"),
                LocalDate.of(2025, 7, 15),
                false,
                0);
    }

    @Test
    void a_count_adds_up_its_quarters_and_is_compared_with_the_target() {
        Achievement a = Achievements.fromReports(
                indicator(Accumulation.SUM), 2025, List.of(approved(1, "6"), approved(2, "8"), approved(3, "16")));
        assertThat(a.achieved()).isEqualByComparingTo("30");
        assertThat(a.percent()).isEqualByComparingTo("75.0");
        assertThat(a.approvedQuarters()).isEqualTo(3);
    }

    @Test
    void a_level_takes_the_latest_quarter() {
        Achievement a = Achievements.fromReports(
                indicator(Accumulation.LATEST), 2025, List.of(approved(2, "35"), approved(1, "10")));
        assertThat(a.achieved()).isEqualByComparingTo("35");
        assertThat(a.percent()).isEqualByComparingTo("87.5");
    }

    @Test
    void without_reports_or_target_there_is_no_percentage() {
        assertThat(Achievements.fromReports(indicator(Accumulation.SUM), 2025, List.of())
                        .percent())
                .isNull();
        assertThat(Achievements.fromReports(indicator(Accumulation.SUM), 2026, List.of(approved(1, "3")))
                        .percent())
                .isNull();
    }

    @Test
    void a_quarter_is_due_the_configured_days_after_it_ends() {
        assertThat(Quarters.end(2025, 1)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(Quarters.due(2025, 1, 15)).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(Quarters.due(2025, 4, 15)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(Quarters.start(2025, 3)).isEqualTo(LocalDate.of(2025, 7, 1));
    }
}
