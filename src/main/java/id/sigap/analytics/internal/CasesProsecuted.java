package id.sigap.analytics.internal;

import static id.sigap.analytics.internal.db.Tables.SUSPECT_FACT;

import id.sigap.plans.IndicatorSource;
import id.sigap.region.RegionLevel;
import id.sigap.security.RegionScope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Cases prosecuted, for action-plan indicators computed from Sigap's own data: cases of a region subtree opened in the
 * year (the dashboards' year of a case) with at least one suspect whose track has reached the prosecution (or a
 * verdict), from the fact layer as of its last refresh. Answered for the whole country, a province or a regency (the
 * fact layer keeps regions to the regency).
 */
@Component
class CasesProsecuted implements IndicatorSource {

    static final String KEY = "cases.prosecuted";

    private final DSLContext db;

    CasesProsecuted(DSLContext db) {
        this.db = db;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String labelKey() {
        return "analytics.source.cases-prosecuted";
    }

    @Override
    public Optional<BigDecimal> value(String regionCode, int year) {
        if (regionCode != null && RegionLevel.ofCode(regionCode).depth() > RegionLevel.REGENCY.depth()) {
            return Optional.empty();
        }
        int n = db.select(DSL.countDistinct(SUSPECT_FACT.CASE_ID))
                .from(SUSPECT_FACT)
                .where(SUSPECT_FACT.YEAR.eq(year))
                .and(SUSPECT_FACT.STAGE.in("PROSECUTION", "VERDICT"))
                .and(
                        regionCode == null
                                ? DSL.trueCondition()
                                : RegionScope.of(List.of(regionCode)).condition(SUSPECT_FACT.REGENCY_CODE))
                .fetchSingle()
                .value1();
        return Optional.of(BigDecimal.valueOf(n));
    }
}
