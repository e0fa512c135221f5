package id.sigap.security.internal;

import static id.sigap.security.internal.AccountStore.at;
import static id.sigap.security.internal.AccountStore.instant;
import static id.sigap.security.internal.db.Tables.ACCESS_TOKEN;

import id.sigap.security.internal.db.tables.records.AccessTokenRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Persistence of personal access tokens (table sec.access_token); only hashes are stored. */
@Repository
class AccessTokenStore {

    private final DSLContext db;

    AccessTokenStore(DSLContext db) {
        this.db = db;
    }

    long insert(long userId, String name, String hash, String hint, Instant now, Instant expiresAt) {
        return db.insertInto(ACCESS_TOKEN)
                .set(ACCESS_TOKEN.USER_ID, userId)
                .set(ACCESS_TOKEN.NAME, name)
                .set(ACCESS_TOKEN.TOKEN_HASH, hash)
                .set(ACCESS_TOKEN.HINT, hint)
                .set(ACCESS_TOKEN.CREATED_AT, at(now))
                .set(ACCESS_TOKEN.EXPIRES_AT, at(expiresAt))
                .returning(ACCESS_TOKEN.ID)
                .fetchOne(ACCESS_TOKEN.ID);
    }

    /** The owner of a usable token: not revoked, not expired at {@code now}. */
    Optional<AccessToken> usable(String hash, Instant now) {
        return db.selectFrom(ACCESS_TOKEN)
                .where(ACCESS_TOKEN.TOKEN_HASH.eq(hash))
                .and(ACCESS_TOKEN.REVOKED_AT.isNull())
                .and(ACCESS_TOKEN.EXPIRES_AT.isNull().or(ACCESS_TOKEN.EXPIRES_AT.gt(at(now))))
                .fetchOptional()
                .map(AccessTokenStore::toToken);
    }

    /** Notes the use, at most once a minute per token (no write on every API call). */
    void touch(long id, Instant now) {
        db.update(ACCESS_TOKEN)
                .set(ACCESS_TOKEN.LAST_USED_AT, at(now))
                .where(ACCESS_TOKEN.ID.eq(id))
                .and(ACCESS_TOKEN
                        .LAST_USED_AT
                        .isNull()
                        .or(ACCESS_TOKEN.LAST_USED_AT.lt(at(now.minus(Duration.ofMinutes(1))))))
                .execute();
    }

    List<AccessToken> ofUser(long userId) {
        return db.selectFrom(ACCESS_TOKEN)
                .where(ACCESS_TOKEN.USER_ID.eq(userId))
                .orderBy(ACCESS_TOKEN.REVOKED_AT.isNull().desc(), ACCESS_TOKEN.CREATED_AT.desc())
                .fetch(AccessTokenStore::toToken);
    }

    Optional<AccessToken> find(long id) {
        return db.selectFrom(ACCESS_TOKEN)
                .where(ACCESS_TOKEN.ID.eq(id))
                .fetchOptional()
                .map(AccessTokenStore::toToken);
    }

    boolean revoke(long id, Instant now) {
        return db.update(ACCESS_TOKEN)
                        .set(ACCESS_TOKEN.REVOKED_AT, at(now))
                        .where(ACCESS_TOKEN.ID.eq(id).and(ACCESS_TOKEN.REVOKED_AT.isNull()))
                        .execute()
                == 1;
    }

    private static AccessToken toToken(AccessTokenRecord r) {
        return new AccessToken(
                r.getId(),
                r.getUserId(),
                r.getName(),
                r.getHint(),
                instant(r.getCreatedAt()),
                instant(r.getExpiresAt()),
                instant(r.getLastUsedAt()),
                instant(r.getRevokedAt()));
    }
}
