package id.sigap.linkage.internal;

import static id.sigap.linkage.internal.db.Tables.CLUSTER;
import static id.sigap.linkage.internal.db.Tables.MEMBERSHIP;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Clusters and the membership of person records in them ({@code linkage.cluster}, {@code linkage.membership}). */
@Component
class ClusterStore {

    /** Where a person is linked; {@code manual} when a reviewer's merge or split put it there. */
    record Member(long personId, long clusterId, boolean manual) {}

    private final DSLContext db;
    private final Clock clock;

    ClusterStore(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The cluster of each linked person of {@code personIds} (persons not linked are left out). */
    Map<Long, Long> clusterOf(Collection<Long> personIds) {
        Map<Long, Long> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        db.select(MEMBERSHIP.PERSON_ID, MEMBERSHIP.CLUSTER_ID)
                .from(MEMBERSHIP)
                .where(MEMBERSHIP.PERSON_ID.eq(DSL.any(personIds.toArray(Long[]::new))))
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    Optional<Member> member(long personId) {
        return db.selectFrom(MEMBERSHIP)
                .where(MEMBERSHIP.PERSON_ID.eq(personId))
                .fetchOptional(r -> new Member(r.getPersonId(), r.getClusterId(), r.getManual()));
    }

    /** Up to {@code limit} members of the cluster, smallest person ids first. */
    List<Member> members(long clusterId, int limit) {
        return db.selectFrom(MEMBERSHIP)
                .where(MEMBERSHIP.CLUSTER_ID.eq(clusterId))
                .orderBy(MEMBERSHIP.PERSON_ID)
                .limit(limit)
                .fetch(r -> new Member(r.getPersonId(), r.getClusterId(), r.getManual()));
    }

    long create() {
        return db.insertInto(CLUSTER)
                .set(CLUSTER.CREATED_AT, OffsetDateTime.now(clock))
                .returning(CLUSTER.ID)
                .fetchSingle(CLUSTER.ID);
    }

    /** Makes sure a cluster with this id exists (an undo brings back a cluster a merge emptied). */
    void ensure(long clusterId) {
        db.insertInto(CLUSTER)
                .set(CLUSTER.ID, clusterId)
                .set(CLUSTER.CREATED_AT, OffsetDateTime.now(clock))
                .onConflictDoNothing()
                .execute();
    }

    /** Puts the person in the cluster (moving it out of its previous one, which is removed when left empty). */
    void place(long personId, long clusterId, boolean manual) {
        Optional<Member> before = member(personId);
        db.insertInto(MEMBERSHIP)
                .set(MEMBERSHIP.PERSON_ID, personId)
                .set(MEMBERSHIP.CLUSTER_ID, clusterId)
                .set(MEMBERSHIP.MANUAL, manual)
                .set(MEMBERSHIP.LINKED_AT, OffsetDateTime.now(clock))
                .onConflict(MEMBERSHIP.PERSON_ID)
                .doUpdate()
                .set(MEMBERSHIP.CLUSTER_ID, clusterId)
                .set(MEMBERSHIP.MANUAL, manual)
                .set(MEMBERSHIP.LINKED_AT, OffsetDateTime.now(clock))
                .execute();
        before.filter(b -> b.clusterId() != clusterId).ifPresent(b -> removeIfEmpty(b.clusterId()));
    }

    void removeIfEmpty(long clusterId) {
        db.deleteFrom(CLUSTER)
                .where(CLUSTER.ID.eq(clusterId))
                .andNotExists(DSL.selectOne().from(MEMBERSHIP).where(MEMBERSHIP.CLUSTER_ID.eq(clusterId)))
                .execute();
    }

    /** The number of members of each of the clusters. */
    Map<Long, Integer> sizes(Collection<Long> clusterIds) {
        return db.select(MEMBERSHIP.CLUSTER_ID, DSL.count())
                .from(MEMBERSHIP)
                .where(MEMBERSHIP.CLUSTER_ID.in(clusterIds))
                .groupBy(MEMBERSHIP.CLUSTER_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    long linkedCount() {
        return db.fetchCount(MEMBERSHIP);
    }
}
