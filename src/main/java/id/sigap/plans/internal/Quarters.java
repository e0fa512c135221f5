package id.sigap.plans.internal;

import id.sigap.shared.Jakarta;
import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar quarters and the reporting deadline: a quarter's report is due {@code dueDays} after its last day. */
public final class Quarters {

    public static final ZoneId WIB = Jakarta.ZONE;

    private Quarters() {}

    public static LocalDate start(int year, int quarter) {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public static LocalDate end(int year, int quarter) {
        return start(year, quarter).plusMonths(3).minusDays(1);
    }

    public static LocalDate due(int year, int quarter, int dueDays) {
        return end(year, quarter).plusDays(dueDays);
    }
}
