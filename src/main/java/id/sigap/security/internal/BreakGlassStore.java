package id.sigap.security.internal;

import static id.sigap.security.internal.AccountStore.at;
import static id.sigap.security.internal.AccountStore.instant;
import static id.sigap.security.internal.db.Tables.BREAK_GLASS;

import id.sigap.security.RegionScope;
import id.sigap.security.internal.db.tables.records.BreakGlassRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Persistence of break-the-glass access (table sec.break_glass). */
@Repository
class BreakGlassStore {

    private final DSLContext db;

    BreakGlassStore(DSLContext db) {
        this.db = db;
    }

    long insert(long userId, String regionCode, String reason, Instant startedAt, Instant expiresAt) {
        return db.insertInto(BREAK_GLASS)
                .set(BREAK_GLASS.USER_ID, userId)
                .set(BREAK_GLASS.REGION_CODE, regionCode)
                .set(BREAK_GLASS.REASON, reason)
                .set(BREAK_GLASS.STARTED_AT, at(startedAt))
                .set(BREAK_GLASS.EXPIRES_AT, at(expiresAt))
                .returning(BREAK_GLASS.ID)
                .fetchOne(BREAK_GLASS.ID);
    }

    static Condition activeAt(Instant now) {
        return BREAK_GLASS.ENDED_AT.isNull().and(BREAK_GLASS.EXPIRES_AT.gt(at(now)));
    }

    List<String> activeRegions(long userId, Instant now) {
        return db.selectDistinct(BREAK_GLASS.REGION_CODE)
                .from(BREAK_GLASS)
                .where(BREAK_GLASS.USER_ID.eq(userId).and(activeAt(now)))
                .fetch(BREAK_GLASS.REGION_CODE);
    }

    /** The user's break-the-glass access started since {@code since}, newest first. */
    List<BreakGlassAccess> ofUser(long userId, Instant since) {
        return db.selectFrom(BREAK_GLASS)
                .where(BREAK_GLASS.USER_ID.eq(userId).and(BREAK_GLASS.STARTED_AT.ge(at(since))))
                .orderBy(BREAK_GLASS.STARTED_AT.desc())
                .limit(100)
                .fetch(BreakGlassStore::toAccess);
    }

    /** Access into regions of {@code scope} started since {@code since}, newest first. */
    List<BreakGlassAccess> into(RegionScope scope, Instant since) {
        return db.selectFrom(BREAK_GLASS)
                .where(scope.condition(BREAK_GLASS.REGION_CODE).and(BREAK_GLASS.STARTED_AT.ge(at(since))))
                .orderBy(BREAK_GLASS.STARTED_AT.desc())
                .limit(200)
                .fetch(BreakGlassStore::toAccess);
    }

    Optional<BreakGlassAccess> find(long id) {
        return db.selectFrom(BREAK_GLASS)
                .where(BREAK_GLASS.ID.eq(id))
                .fetchOptional()
                .map(BreakGlassStore::toAccess);
    }

    boolean end(long id, Instant now) {
        return db.update(BREAK_GLASS)
                        .set(BREAK_GLASS.ENDED_AT, at(now))
                        .where(BREAK_GLASS.ID.eq(id).and(activeAt(now)))
                        .execute()
                == 1;
    }

    private static BreakGlassAccess toAccess(BreakGlassRecord r) {
        return new BreakGlassAccess(
                r.getId(),
                r.getUserId(),
                r.getRegionCode(),
                r.getReason(),
                instant(r.getStartedAt()),
                instant(r.getExpiresAt()),
                instant(r.getEndedAt()));
    }
}
