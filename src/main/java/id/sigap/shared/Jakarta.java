package id.sigap.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The task forces' calendar: dates of events (interceptions, consents, follow-ups) are days in Western Indonesia Time
 * (WIB, Asia/Jakarta), whatever zone the server runs in.
 */
public final class Jakarta {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Jakarta() {}

    /** Today in Jakarta by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
