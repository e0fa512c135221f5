package id.sigap.linkage.internal;

import static id.sigap.linkage.internal.db.Tables.CLUSTER_CHANGE;
import static id.sigap.linkage.internal.db.Tables.CLUSTER_CHANGE_MEMBER;
import static id.sigap.linkage.internal.db.Tables.DECISION;

import id.sigap.linkage.internal.ClusterStore.Member;
import id.sigap.linkage.internal.db.tables.records.ClusterChangeRecord;
import id.sigap.linkage.internal.db.tables.records.PairRecord;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's decision on a pair, and what it does to the clusters. Accept: the two records' clusters merge (the
 * second joins the first). Reject: the pair is never queued again, and when the two records were in one cluster the
 * second leaves it for a cluster of its own (a split). Each merge and split keeps the membership before it, is
 * audited, and can be undone by a reviewer who may see both records, as long as no relink has replaced the clusters.
 * The agencies' person records are never changed.
 */
@Service
public class ClusterChanges {

    public enum Decision {
        ACCEPT,
        REJECT
    }

    /** The decision recorded, and the merge or split it made (null when the clusters stayed as they were). */
    public record Decided(long decisionId, Long changeId) {}

    private static final String AUDITED = "linkage-cluster";

    private final DSLContext db;
    private final ReviewQueue queue;
    private final PairStore pairs;
    private final ClusterStore clusters;
    private final RelinkRuns runs;
    private final LinkingGate gate;
    private final AuditTrail audit;
    private final Clock clock;

    ClusterChanges(
            DSLContext db,
            ReviewQueue queue,
            PairStore pairs,
            ClusterStore clusters,
            RelinkRuns runs,
            LinkingGate gate,
            AuditTrail audit,
            Clock clock) {
        this.db = db;
        this.queue = queue;
        this.pairs = pairs;
        this.clusters = clusters;
        this.runs = runs;
        this.gate = gate;
        this.audit = audit;
        this.clock = clock;
    }

    /** Decides the pair (404 outside the reviewer's view, 409 when already decided or changed meanwhile). */
    @Transactional
    public Decided decide(SigapUser user, long pairId, int version, Decision decision) {
        PairRecord pair = queue.visiblePair(user, pairId);
        if (!PairStore.Status.REVIEW.name().equals(pair.getStatus())
                || !pairs.decide(
                        pairId,
                        version,
                        decision == Decision.ACCEPT ? PairStore.Status.ACCEPTED : PairStore.Status.REJECTED)) {
            throw new SigapException.Conflict("linkage.pair-changed");
        }
        Member a =
                clusters.member(pair.getPersonA()).orElseThrow(() -> new SigapException.Conflict("linkage.not-linked"));
        Member b =
                clusters.member(pair.getPersonB()).orElseThrow(() -> new SigapException.Conflict("linkage.not-linked"));
        Long change = null;
        if (decision == Decision.ACCEPT && a.clusterId() != b.clusterId()) {
            change = record("MERGE", pair, user, clusters.members(b.clusterId(), Integer.MAX_VALUE));
            for (Member m : clusters.members(b.clusterId(), Integer.MAX_VALUE)) {
                clusters.place(m.personId(), a.clusterId(), true);
            }
            audit.updated(AUDITED, a.clusterId(), null, "merge:" + change);
        } else if (decision == Decision.REJECT && a.clusterId() == b.clusterId()) {
            change = record("SPLIT", pair, user, List.of(b));
            long own = clusters.create();
            clusters.place(b.personId(), own, true);
            audit.updated(AUDITED, own, null, "split:" + change);
        }
        long decisionId = db.insertInto(DECISION)
                .set(DECISION.PAIR_ID, pairId)
                .set(DECISION.PERSON_A, pair.getPersonA())
                .set(DECISION.PERSON_B, pair.getPersonB())
                .set(DECISION.DECISION_, decision.name())
                .set(DECISION.DECIDED_BY, user.id())
                .set(DECISION.DECIDED_AT, OffsetDateTime.now(clock))
                .set(DECISION.CHANGE_ID, change)
                .returning(DECISION.ID)
                .fetchSingle(DECISION.ID);
        return new Decided(decisionId, change);
    }

    private long record(String kind, PairRecord pair, SigapUser user, List<Member> moved) {
        long id = db.insertInto(CLUSTER_CHANGE)
                .set(CLUSTER_CHANGE.KIND, kind)
                .set(CLUSTER_CHANGE.PAIR_ID, pair.getId())
                .set(CLUSTER_CHANGE.MADE_BY, user.id())
                .set(CLUSTER_CHANGE.MADE_AT, OffsetDateTime.now(clock))
                .returning(CLUSTER_CHANGE.ID)
                .fetchSingle(CLUSTER_CHANGE.ID);
        for (Member m : moved) {
            db.insertInto(CLUSTER_CHANGE_MEMBER)
                    .set(CLUSTER_CHANGE_MEMBER.CHANGE_ID, id)
                    .set(CLUSTER_CHANGE_MEMBER.PERSON_ID, m.personId())
                    .set(CLUSTER_CHANGE_MEMBER.PREVIOUS_CLUSTER, m.clusterId())
                    .set(CLUSTER_CHANGE_MEMBER.PREVIOUS_MANUAL, m.manual())
                    .execute();
        }
        return id;
    }

    /**
     * Undoes a merge or split: the records it moved go back to their previous clusters, and the pair waits for review
     * again. 404 when the reviewer may not see the pair, 409 when already undone or a relink came after it.
     */
    @Transactional
    public void undo(SigapUser user, long changeId) {
        ClusterChangeRecord change = db.selectFrom(CLUSTER_CHANGE)
                .where(CLUSTER_CHANGE.ID.eq(changeId))
                .fetchOptional()
                .orElseThrow(() -> new SigapException.NotFound("linkage.change-not-found"));
        if (change.getPairId() == null) {
            throw new SigapException.Conflict("linkage.undo-after-relink");
        }
        PairRecord pair = queue.visiblePair(user, change.getPairId());
        if (change.getUndoneAt() != null) {
            throw new SigapException.Conflict("linkage.already-undone");
        }
        if (runs.lastFinished().filter(f -> f.isAfter(change.getMadeAt())).isPresent()) {
            throw new SigapException.Conflict("linkage.undo-after-relink");
        }
        gate.lock();
        try {
            db.selectFrom(CLUSTER_CHANGE_MEMBER)
                    .where(CLUSTER_CHANGE_MEMBER.CHANGE_ID.eq(changeId))
                    .forEach(m -> {
                        clusters.ensure(m.getPreviousCluster());
                        clusters.place(m.getPersonId(), m.getPreviousCluster(), m.getPreviousManual());
                    });
        } finally {
            gate.unlock();
        }
        db.update(CLUSTER_CHANGE)
                .set(CLUSTER_CHANGE.UNDONE_BY, user.id())
                .set(CLUSTER_CHANGE.UNDONE_AT, OffsetDateTime.now(clock))
                .where(CLUSTER_CHANGE.ID.eq(changeId))
                .execute();
        pairs.reopen(pair.getId());
        audit.updated(AUDITED, changeId, null, "undo:" + change.getKind().toLowerCase(java.util.Locale.ROOT));
    }
}
