package id.sigap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboxEntryTest {

    @Test
    void an_entry_links_inside_the_application_only() {
        for (String link : new String[] {"https://example.org/x", "//example.org/x", "rapat/1", null}) {
            assertThatThrownBy(() -> new InboxEntry("k", "t", List.of(), null, false, link))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new InboxEntry("k", "t", List.of(), null, false, "/rapat/1#followups").link())
                .isEqualTo("/rapat/1#followups");
    }

    @Test
    void overdue_needs_a_due_date_and_the_arguments_are_kept_as_given() {
        assertThatThrownBy(() -> new InboxEntry("k", "t", List.of(), null, true, "/x"))
                .isInstanceOf(IllegalArgumentException.class);
        List<String> args = new ArrayList<>(List.of("a", "b"));
        InboxEntry e = new InboxEntry("k", "t", args, LocalDate.of(2026, 11, 1), true, "/x");
        args.add("c");
        assertThat(e.titleArgs()).containsExactly("a", "b");
    }

    @Test
    void tallies_add_up_and_overdue_never_exceeds_open() {
        assertThat(new InboxSource.Tally(2, 1).plus(new InboxSource.Tally(3, 0)))
                .isEqualTo(new InboxSource.Tally(5, 1));
        assertThatThrownBy(() -> new InboxSource.Tally(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
