package id.sigap.region.internal;

import static id.sigap.region.internal.db.Tables.ADMIN_REGION;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.security.RegionScope;
import id.sigap.support.IntegrationTest;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Everything under 53" is one predicate on the region code ({@link RegionScope#condition}), answered from the
 * text_pattern_ops index over all 91,599 regions, not by walking the tree or reading the whole table.
 */
@IntegrationTest
class SubtreePredicateIT {

    @Autowired
    DSLContext db;

    @Test
    void everything_under_53_is_one_indexed_predicate_with_exactly_the_subtree() {
        var under53 = RegionScope.of(Set.of("53")).condition(ADMIN_REGION.CODE);
        var query = db.selectCount().from(ADMIN_REGION).where(under53);

        db.execute("analyze region.admin_region"); // planner statistics as autovacuum leaves them after the load
        String plan = db.explain(query).plan();
        assertThat(plan).contains("region_code_prefix_idx").doesNotContain("Seq Scan");

        int expected = db.fetchCount(ADMIN_REGION, ADMIN_REGION.PROVINCE_CODE.eq("53"));
        assertThat(query.fetchOne(0, Integer.class)).isEqualTo(expected).isGreaterThan(3000);
        assertThat(db.fetchCount(ADMIN_REGION, RegionScope.of(Set.of("53.71")).condition(ADMIN_REGION.CODE)))
                .as("Kota Kupang with its districts and villages, not 53.7x neighbours")
                .isEqualTo(1
                        + db.fetchCount(ADMIN_REGION, ADMIN_REGION.PARENT_CODE.eq("53.71"))
                        + db.fetchCount(ADMIN_REGION, ADMIN_REGION.PARENT_CODE.like("53.71.%")));
    }
}
