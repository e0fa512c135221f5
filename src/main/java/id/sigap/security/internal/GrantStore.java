package id.sigap.security.internal;

import static id.sigap.security.internal.AccountStore.at;
import static id.sigap.security.internal.AccountStore.instant;
import static id.sigap.security.internal.db.Tables.ROLE_GRANT;

import id.sigap.security.Grant;
import id.sigap.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Persistence of role grants (table sec.role_grant). */
@Repository
public class GrantStore {

    private final DSLContext db;

    GrantStore(DSLContext db) {
        this.db = db;
    }

    /** A stored grant with its bookkeeping. */
    public record StoredGrant(long id, long userId, Grant grant, Long grantedBy, Instant grantedAt) {}

    public List<Grant> grants(long userId) {
        return db.select(ROLE_GRANT.ROLE, ROLE_GRANT.REGION_CODE)
                .from(ROLE_GRANT)
                .where(ROLE_GRANT.USER_ID.eq(userId))
                .orderBy(ROLE_GRANT.ROLE, ROLE_GRANT.REGION_CODE.nullsFirst())
                .fetch(r -> new Grant(Role.valueOf(r.value1()), r.value2()));
    }

    /** The grants of several users at once (for lists), by user id. */
    public java.util.Map<Long, List<Grant>> grantsOf(java.util.Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return java.util.Map.of();
        }
        return db.select(ROLE_GRANT.USER_ID, ROLE_GRANT.ROLE, ROLE_GRANT.REGION_CODE)
                .from(ROLE_GRANT)
                .where(ROLE_GRANT.USER_ID.in(userIds))
                .orderBy(ROLE_GRANT.ROLE, ROLE_GRANT.REGION_CODE.nullsFirst())
                .fetchGroups(r -> r.value1(), r -> new Grant(Role.valueOf(r.value2()), r.value3()));
    }

    public List<StoredGrant> stored(long userId) {
        return db.selectFrom(ROLE_GRANT)
                .where(ROLE_GRANT.USER_ID.eq(userId))
                .orderBy(ROLE_GRANT.ROLE, ROLE_GRANT.REGION_CODE.nullsFirst())
                .fetch(r -> new StoredGrant(
                        r.getId(),
                        r.getUserId(),
                        new Grant(Role.valueOf(r.getRole()), r.getRegionCode()),
                        r.getGrantedBy(),
                        instant(r.getGrantedAt())));
    }

    public Optional<StoredGrant> find(long grantId) {
        return db.selectFrom(ROLE_GRANT)
                .where(ROLE_GRANT.ID.eq(grantId))
                .fetchOptional()
                .map(r -> new StoredGrant(
                        r.getId(),
                        r.getUserId(),
                        new Grant(Role.valueOf(r.getRole()), r.getRegionCode()),
                        r.getGrantedBy(),
                        instant(r.getGrantedAt())));
    }

    /** Adds the grant unless the user holds it already; returns its id, empty when it existed. */
    public Optional<Long> add(long userId, Grant grant, Long grantedBy, Instant now) {
        return db.insertInto(ROLE_GRANT)
                .set(ROLE_GRANT.USER_ID, userId)
                .set(ROLE_GRANT.ROLE, grant.role().name())
                .set(ROLE_GRANT.REGION_CODE, grant.regionCode())
                .set(ROLE_GRANT.GRANTED_BY, grantedBy)
                .set(ROLE_GRANT.GRANTED_AT, at(now))
                .onConflictDoNothing()
                .returning(ROLE_GRANT.ID)
                .fetchOptional(ROLE_GRANT.ID);
    }

    public boolean remove(long grantId) {
        return db.deleteFrom(ROLE_GRANT).where(ROLE_GRANT.ID.eq(grantId)).execute() == 1;
    }
}
