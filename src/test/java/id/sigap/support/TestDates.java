package id.sigap.support;

import id.sigap.shared.Jakarta;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * "Today" as the application sees it, for a test: the WIB date of the application's {@link Clock}, read in the test
 * (a {@code @BeforeEach}, never a static field at class load) and never in the last {@link #MARGIN} before midnight
 * WIB: then it waits for the new day, so the test and the application it calls agree on the date.
 */
public final class TestDates {

    /** Longer than any one test method runs. */
    static final Duration MARGIN = Duration.ofMinutes(2);

    private TestDates() {}

    public static LocalDate today(Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(Jakarta.ZONE));
        Duration left = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(Jakarta.ZONE));
        if (left.compareTo(MARGIN) < 0) {
            try {
                Thread.sleep(left.plusSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Jakarta.today(clock);
        }
        return now.toLocalDate();
    }
}
