package id.sigap.publicstats.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.cases.BulkLoad;
import id.sigap.organization.Agencies;
import id.sigap.publicstats.internal.PublicStatistics;
import id.sigap.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A citizen reads the public statistics on a phone (360 px): the wide tables scroll inside their frames and the page
 * itself is no wider than the screen, also with suppressed cells, whose hidden text for screen readers is positioned
 * absolutely (it had widened the page to 955 px).
 */
class PublicStatsPhoneJourneyIT extends BrowserJourney {

    @Autowired
    Agencies agencies;

    @Autowired
    BulkLoad bulkLoad;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    PublicStatistics statistics;

    @Autowired
    id.sigap.cases.StatisticalVictims existing;

    @Test
    void the_public_statistics_fit_a_phone() {
        int year = new PublicStatsFixture(agencies, bulkLoad, tx, statistics, existing).publish();
        page.setViewportSize(360, 740);
        open("/statistik?tahun=" + year);
        page.waitForLoadState();
        assertThat(page.locator(".visually-hidden").count())
                .as("suppressed cells on the page")
                .isPositive();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("px wider than a 360 px phone")
                .isLessThanOrEqualTo(1);
    }
}
