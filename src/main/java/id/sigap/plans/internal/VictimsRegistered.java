package id.sigap.plans.internal;

import id.sigap.cases.VictimRecords;
import id.sigap.plans.IndicatorSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Victims registered in case files of a region subtree, by the year their case was opened (each person once), from
 * the cases module's {@link VictimRecords}. Not answered for the whole country (the national RAN reports it itself).
 */
@Component
class VictimsRegistered implements IndicatorSource {

    static final String KEY = "cases.victims-registered";

    private final VictimRecords victims;

    VictimsRegistered(VictimRecords victims) {
        this.victims = victims;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String labelKey() {
        return "plans.source.cases.victims-registered";
    }

    @Override
    public Optional<BigDecimal> value(String regionCode, int year) {
        if (regionCode == null) {
            return Optional.empty();
        }
        int n = victims.inRegion(regionCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .size();
        return Optional.of(BigDecimal.valueOf(n));
    }
}
