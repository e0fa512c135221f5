package id.sigap.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.audit.AuditSearch;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    // 2026-03-15 01:00 in Jakarta (UTC+7) is still 2026-03-14 in UTC: days are the server zone's
    final Clock clock = Clock.fixed(Instant.parse("2026-03-14T18:00:00Z"), ZoneId.of("Asia/Jakarta"));

    static AuditFilter filter(String from, String to, String action) {
        return new AuditFilter(from, to, " siti ", action, "", "123", null, null, null, null);
    }

    @Test
    void by_default_the_last_30_days_up_to_the_end_of_today() {
        AuditSearch s = AuditFilter.empty().toSearch(clock);
        assertThat(s.from()).isEqualTo(Instant.parse("2026-02-12T17:00:00Z"));
        assertThat(s.to()).isEqualTo(Instant.parse("2026-03-15T17:00:00Z"));
        assertThat(s.sort()).isEqualTo(AuditSearch.Sort.TIME);
        assertThat(s.ascending()).isFalse();
    }

    @Test
    void both_dates_are_included_and_blank_texts_mean_any() {
        AuditSearch s = filter("2026-03-01", "2026-03-01", "read").toSearch(clock);
        assertThat(s.from()).isEqualTo(Instant.parse("2026-02-28T17:00:00Z"));
        assertThat(s.to()).isEqualTo(Instant.parse("2026-03-01T17:00:00Z"));
        assertThat(s.actor()).isEqualTo("siti");
        assertThat(s.objectType()).isNull();
        assertThat(s.objectId()).isEqualTo("123");
        assertThat(s.action()).isEqualTo(AuditEvent.Action.READ);
    }

    @Test
    void every_bad_field_is_reported_at_once() {
        assertThatThrownBy(() -> new AuditFilter("2026-13-01", "x", null, "PEEK", null, null, null, null, "-1", "abc")
                        .toSearch(clock))
                .isInstanceOfSatisfying(SigapException.Invalid.class, e -> assertThat(e.problems())
                        .extracting(SigapException.FieldProblem::field)
                        .containsExactly("from", "to", "action", "page", "size"));
    }

    @Test
    void an_end_before_the_start_is_refused() {
        assertThatThrownBy(() -> filter("2026-03-02", "2026-03-01", null).toSearch(clock))
                .isInstanceOfSatisfying(
                        SigapException.Invalid.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("audit.range-invalid"));
    }

    @Test
    void the_resolved_filter_shows_the_default_dates() {
        AuditFilter shown = AuditFilter.empty().resolved(clock);
        assertThat(shown.from()).isEqualTo("2026-02-13");
        assertThat(shown.to()).isEqualTo("2026-03-15");
        assertThat(shown.sort()).isEqualTo("time");
        assertThat(shown.dir()).isEqualTo("desc");
    }

    @Test
    void sort_links_toggle_the_direction_of_the_sorted_column() {
        AuditLinks links = new AuditLinks(AuditFilter.empty().resolved(clock));
        assertThat(links.sort("time")).endsWith("sort=time&dir=asc");
        assertThat(links.sort("actor")).endsWith("sort=actor&dir=asc");
        assertThat(links.page(2)).endsWith("sort=time&dir=desc&page=2");
    }
}
