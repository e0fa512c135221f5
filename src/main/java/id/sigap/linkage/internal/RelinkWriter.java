package id.sigap.linkage.internal;

import static id.sigap.linkage.internal.db.Tables.BLOCKING_KEY;
import static id.sigap.linkage.internal.db.Tables.CLUSTER;
import static id.sigap.linkage.internal.db.Tables.MEMBERSHIP;
import static id.sigap.linkage.internal.db.Tables.PAIR;

import id.sigap.cases.LinkablePersons.LinkablePerson;
import id.sigap.linkage.engine.BlockingKeys;
import id.sigap.linkage.engine.Linker;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Sequence;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

/**
 * Writes a full relink's result in the caller's transaction: the automatic clusters, memberships, blocking keys and
 * scored pairs are replaced (by COPY); pairs a reviewer decided stay, and accepted pairs are merged again.
 */
@Component
class RelinkWriter {

    /** Counts of what was written. */
    record Written(int clusters, int pairs) {}

    private static final Sequence<Long> CLUSTER_IDS = DSL.sequence(DSL.name("linkage", "cluster_id_seq"), Long.class);

    private final DSLContext db;
    private final Clock clock;

    RelinkWriter(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Written write(List<LinkablePerson> persons, Linker.Result result) {
        Set<List<Long>> decided = new HashSet<>(db.select(PAIR.PERSON_A, PAIR.PERSON_B)
                .from(PAIR)
                .where(PAIR.STATUS.in(PairStore.Status.ACCEPTED.name(), PairStore.Status.REJECTED.name()))
                .fetch(r -> List.of(r.value1(), r.value2())));
        db.deleteFrom(PAIR)
                .where(PAIR.STATUS.in(PairStore.Status.LINKED.name(), PairStore.Status.REVIEW.name()))
                .execute();
        db.truncate(BLOCKING_KEY).execute();
        db.truncate(CLUSTER).cascade().execute();
        int[] root = result.cluster();
        Map<Integer, Long> clusterIds = clusterIds(root);
        String now = OffsetDateTime.now(clock).toString();
        int[] pairCount = new int[1];
        db.connection(c -> {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (CopyStream out = new CopyStream(copy, "linkage.cluster", "id, created_at")) {
                for (long id : clusterIds.values()) {
                    out.row(id, now);
                }
            }
            try (CopyStream out =
                    new CopyStream(copy, "linkage.membership", "person_id, cluster_id, manual, linked_at")) {
                for (int i = 0; i < root.length; i++) {
                    out.row(persons.get(i).personId(), clusterIds.get(root[i]), false, now);
                }
            }
            try (CopyStream out = new CopyStream(copy, "linkage.blocking_key", "key, person_id")) {
                for (int i = 0; i < root.length; i++) {
                    for (long key : BlockingKeys.of(result.records().get(i))) {
                        out.row(key, persons.get(i).personId());
                    }
                }
            }
            pairCount[0] = writePairs(copy, persons, result, decided, now);
        });
        remerge();
        return new Written(clusterIds.size(), pairCount[0]);
    }

    private int writePairs(
            CopyManager copy, List<LinkablePerson> persons, Linker.Result result, Set<List<Long>> decided, String now)
            throws SQLException {
        int[] root = result.cluster();
        try (CopyStream out = new CopyStream(
                copy,
                "linkage.pair",
                "person_a, person_b, region_a, region_b, probability, vector, weights, status, scored_at")) {
            for (Linker.ScoredPair s : result.pairs()) {
                LinkablePerson a = persons.get(s.a());
                LinkablePerson b = persons.get(s.b());
                var p = PairStore.ScoredPair.of(
                        a.personId(), a.regionCode(), b.personId(), b.regionCode(), s.probability(), s.vector());
                if (decided.contains(List.of(p.personA(), p.personB()))) {
                    continue;
                }
                String status =
                        root[s.a()] == root[s.b()] ? PairStore.Status.LINKED.name() : PairStore.Status.REVIEW.name();
                out.row(
                        p.personA(),
                        p.personB(),
                        p.regionA(),
                        p.regionB(),
                        p.probability(),
                        p.vector(),
                        PairStore.weights(result.model(), p.vector()),
                        status,
                        now);
            }
            return (int) out.rows();
        }
    }

    /** One new cluster id (from the sequence) per distinct root, in one query. */
    private Map<Integer, Long> clusterIds(int[] root) {
        int[] roots = java.util.Arrays.stream(root).distinct().toArray();
        List<Long> ids = roots.length == 0
                ? List.of()
                : db.select(CLUSTER_IDS.nextval())
                        .from(DSL.generateSeries(1, roots.length))
                        .fetch(r -> r.value1());
        Map<Integer, Long> out = new HashMap<>(roots.length * 2);
        for (int i = 0; i < roots.length; i++) {
            out.put(roots[i], ids.get(i));
        }
        return out;
    }

    /** Pairs a reviewer accepted are in one cluster again after the relink (the second cluster joins the first). */
    private void remerge() {
        var accepted = db.select(PAIR.PERSON_A, PAIR.PERSON_B)
                .from(PAIR)
                .where(PAIR.STATUS.eq(PairStore.Status.ACCEPTED.name()))
                .fetch();
        for (var pair : accepted) {
            Map<Long, Long> of = new HashMap<>();
            db.select(MEMBERSHIP.PERSON_ID, MEMBERSHIP.CLUSTER_ID)
                    .from(MEMBERSHIP)
                    .where(MEMBERSHIP.PERSON_ID.in(pair.value1(), pair.value2()))
                    .forEach(r -> of.put(r.value1(), r.value2()));
            Long a = of.get(pair.value1());
            Long b = of.get(pair.value2());
            if (a != null && b != null && !a.equals(b)) {
                db.update(MEMBERSHIP)
                        .set(MEMBERSHIP.CLUSTER_ID, a)
                        .set(MEMBERSHIP.MANUAL, true)
                        .where(MEMBERSHIP.CLUSTER_ID.eq(b))
                        .execute();
                db.deleteFrom(CLUSTER).where(CLUSTER.ID.eq(b)).execute();
            }
        }
    }
}
