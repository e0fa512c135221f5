package id.sigap.analytics.internal;

import static id.sigap.analytics.internal.db.Tables.REFRESH_STATE;

import id.sigap.cases.CaseFacts;
import id.sigap.cases.CaseFacts.CaseFact;
import id.sigap.support.ServiceRecords;
import id.sigap.support.ServiceRecords.ServiceRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the fact layer current: every {@code sigap.analytics.refresh} (default 30 s, so a new case shows within a
 * minute) it reads the cases and service items changed since the last watermark (with a few seconds of overlap for
 * transactions that committed late), writes their facts batch by batch, then rebuilds the tallies of the cells they
 * touched and moves the watermarks, all in one transaction. The first run fills the layer from scratch.
 */
@Component
public class FactRefresh {

    static final int BATCH = 1000;
    static final Duration OVERLAP = Duration.ofSeconds(5);
    static final OffsetDateTime BEGINNING = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final Logger log = LoggerFactory.getLogger(FactRefresh.class);

    /** What a refresh did. */
    public record Result(int cases, int services, int cells) {}

    private final DSLContext db;
    private final CaseFacts cases;
    private final ServiceRecords services;
    private final CaseFeed caseFeed;
    private final ServiceFeed serviceFeed;
    private final Tallies tallies;
    private final TransactionTemplate tx;
    private final Clock clock;

    FactRefresh(
            DSLContext db,
            CaseFacts cases,
            ServiceRecords services,
            CaseFeed caseFeed,
            ServiceFeed serviceFeed,
            Tallies tallies,
            TransactionTemplate tx,
            Clock clock) {
        this.db = db;
        this.cases = cases;
        this.services = services;
        this.caseFeed = caseFeed;
        this.serviceFeed = serviceFeed;
        this.tallies = tallies;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${sigap.analytics.refresh:PT30S}",
            fixedDelayString = "${sigap.analytics.refresh:PT30S}")
    void scheduled() {
        try {
            Result r = refresh();
            if (r.cases() > 0 || r.services() > 0) {
                log.info(
                        "Analytics: {} case(s), {} service item(s), {} cell(s) refreshed",
                        r.cases(),
                        r.services(),
                        r.cells());
            }
        } catch (RuntimeException e) {
            log.warn("Analytics refresh failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Brings the fact layer up to date now (the scheduled job calls this). */
    public synchronized Result refresh() {
        // The marks move with the clock, not only with the data: a quiet system must not re-read the last few
        // seconds of changes (the overlap) on every run. Stamps come from the same clock (cases and support set them).
        OffsetDateTime started = OffsetDateTime.now(clock);
        return tx.execute(status -> {
            Mark cases0 = watermark("CASES");
            OffsetDateTime caseMark = cases0.at();
            OffsetDateTime serviceMark = watermark("SERVICES").at();
            Set<Cell> cells = new HashSet<>();
            List<Long> changed = cases.changedSince(caseMark.minus(OVERLAP), cases0.lastId());
            long lastCase = changed.isEmpty() ? cases0.lastId() : Math.max(cases0.lastId(), changed.getLast());
            OffsetDateTime newCaseMark = caseMark;
            for (int i = 0; i < changed.size(); i += BATCH) {
                List<CaseFact> facts = cases.facts(changed.subList(i, Math.min(changed.size(), i + BATCH)));
                cells.addAll(caseFeed.write(facts));
                for (CaseFact f : facts) {
                    if (f.changedAt() != null && f.changedAt().isAfter(newCaseMark)) {
                        newCaseMark = f.changedAt();
                    }
                }
            }
            OffsetDateTime since = serviceMark.minus(OVERLAP);
            OffsetDateTime newServiceMark = serviceMark;
            long afterId = 0;
            int serviceCount = 0;
            while (true) {
                List<ServiceRecord> page = services.changedSince(since, afterId, BATCH);
                if (page.isEmpty()) {
                    break;
                }
                cells.addAll(serviceFeed.write(page));
                serviceCount += page.size();
                ServiceRecord last = page.getLast();
                since = last.updatedAt();
                afterId = last.itemId();
                if (last.updatedAt().isAfter(newServiceMark)) {
                    newServiceMark = last.updatedAt();
                }
            }
            tallies.rebuild(cells);
            save("CASES", new Mark(latest(newCaseMark, started), lastCase));
            save("SERVICES", new Mark(latest(newServiceMark, started), 0));
            return new Result(changed.size(), serviceCount, cells.size());
        });
    }

    /** When the fact layer was last brought up to date (empty before the first refresh). */
    public Optional<OffsetDateTime> refreshedAt() {
        return db.select(REFRESH_STATE.REFRESHED_AT)
                .from(REFRESH_STATE)
                .where(REFRESH_STATE.FEED.eq("CASES"))
                .fetchOptional(r -> r.value1());
    }

    private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    /** How far a feed has been read: the latest change seen and the highest id seen. */
    private record Mark(OffsetDateTime at, long lastId) {}

    private Mark watermark(String feed) {
        return db.select(REFRESH_STATE.WATERMARK, REFRESH_STATE.LAST_ID)
                .from(REFRESH_STATE)
                .where(REFRESH_STATE.FEED.eq(feed))
                .forUpdate()
                .fetchOptional(r -> new Mark(r.value1(), r.value2()))
                .orElse(new Mark(BEGINNING, 0));
    }

    private void save(String feed, Mark mark) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        db.insertInto(REFRESH_STATE)
                .set(REFRESH_STATE.FEED, feed)
                .set(REFRESH_STATE.WATERMARK, mark.at())
                .set(REFRESH_STATE.LAST_ID, mark.lastId())
                .set(REFRESH_STATE.REFRESHED_AT, now)
                .onConflict(REFRESH_STATE.FEED)
                .doUpdate()
                .set(REFRESH_STATE.WATERMARK, mark.at())
                .set(REFRESH_STATE.LAST_ID, mark.lastId())
                .set(REFRESH_STATE.REFRESHED_AT, now)
                .execute();
    }
}
