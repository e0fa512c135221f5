package id.sigap.analytics.internal;

import static id.sigap.analytics.internal.db.Tables.PERSON_KEY;
import static id.sigap.analytics.internal.db.Tables.VICTIM_FACT;

import id.sigap.linkage.PersonClusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One key per human being for counting victims once: records of one linkage cluster share a key, and so do records
 * with the same NIK (exact blind index) where no cluster joins them. Keys are kept (analytics.person_key), so a record
 * seen later joins the key of its cluster or NIK; when a record joins two keys, they are merged into the smaller.
 */
@Component
class PersonKeys {

    private static final Logger log = LoggerFactory.getLogger(PersonKeys.class);

    /** A record to key: the person id and its NIK blind index (null when none is recorded). */
    record Subject(long personId, String nikIndex) {}

    /** The key of every subject, and the old keys merged away (their facts changed key). */
    record Resolved(Map<Long, Long> keyOf, Set<Long> mergedAway) {}

    private final DSLContext db;
    private final PersonClusters clusters;

    PersonKeys(DSLContext db, PersonClusters clusters) {
        this.db = db;
        this.clusters = clusters;
    }

    Resolved resolve(Collection<Subject> subjects) {
        Map<Long, Subject> byId = new HashMap<>();
        subjects.forEach(s -> byId.putIfAbsent(s.personId(), s));
        UnionFind groups = new UnionFind();
        byId.keySet().forEach(groups::add);
        clusterKeys(byId.keySet()).forEach((id, cluster) -> groups.union(id, -cluster - 1));
        Map<String, Long> firstWithNik = new HashMap<>();
        byId.values().stream().filter(s -> s.nikIndex() != null).forEach(s -> {
            Long other = firstWithNik.putIfAbsent(s.nikIndex(), s.personId());
            if (other != null) {
                groups.union(other, s.personId());
            }
        });
        // keys already given to these records or to records with the same NIK
        Map<Long, Set<Long>> known = new HashMap<>();
        Set<String> niks = firstWithNik.keySet();
        db.select(PERSON_KEY.PERSON_ID, PERSON_KEY.NIK_INDEX, PERSON_KEY.PERSON_KEY_)
                .from(PERSON_KEY)
                .where(PERSON_KEY.PERSON_ID.in(byId.keySet()))
                .union(db.select(PERSON_KEY.PERSON_ID, PERSON_KEY.NIK_INDEX, PERSON_KEY.PERSON_KEY_)
                        .from(PERSON_KEY)
                        .where(niks.isEmpty() ? org.jooq.impl.DSL.falseCondition() : PERSON_KEY.NIK_INDEX.in(niks)))
                .forEach(r -> {
                    Long member = byId.containsKey(r.value1()) ? r.value1() : firstWithNik.get(r.value2());
                    if (member != null) {
                        known.computeIfAbsent(groups.find(member), k -> new TreeSet<>())
                                .add(r.value3());
                    }
                });
        Map<Long, Long> keyOfGroup = new HashMap<>();
        Set<Long> mergedAway = new HashSet<>();
        for (long id : byId.keySet()) {
            long root = groups.find(id);
            keyOfGroup.merge(root, id, Math::min);
        }
        keyOfGroup.replaceAll((root, smallest) -> {
            Set<Long> old = known.getOrDefault(root, Set.of());
            if (old.isEmpty()) {
                return smallest;
            }
            long key = old.iterator().next();
            old.stream().filter(k -> k != key).forEach(mergedAway::add);
            merge(old, key);
            return key;
        });
        Map<Long, Long> keyOf = new HashMap<>();
        var insert = new ArrayList<org.jooq.Query>();
        for (Subject s : byId.values()) {
            long key = keyOfGroup.get(groups.find(s.personId()));
            keyOf.put(s.personId(), key);
            insert.add(db.insertInto(PERSON_KEY)
                    .set(PERSON_KEY.PERSON_ID, s.personId())
                    .set(PERSON_KEY.NIK_INDEX, s.nikIndex())
                    .set(PERSON_KEY.PERSON_KEY_, key)
                    .onConflict(PERSON_KEY.PERSON_ID)
                    .doUpdate()
                    .set(PERSON_KEY.NIK_INDEX, s.nikIndex())
                    .set(PERSON_KEY.PERSON_KEY_, key));
        }
        db.batch(insert).execute();
        return new Resolved(keyOf, mergedAway);
    }

    private void merge(Set<Long> keys, long into) {
        List<Long> others = keys.stream().filter(k -> k != into).toList();
        if (others.isEmpty()) {
            return;
        }
        db.update(PERSON_KEY)
                .set(PERSON_KEY.PERSON_KEY_, into)
                .where(PERSON_KEY.PERSON_KEY_.in(others))
                .execute();
        db.update(VICTIM_FACT)
                .set(VICTIM_FACT.PERSON_KEY, into)
                .where(VICTIM_FACT.PERSON_KEY.in(others))
                .execute();
    }

    /** The linkage clusters of the records; without clusters (an error of the linkage module) each is its own. */
    private Map<Long, Long> clusterKeys(Set<Long> ids) {
        try {
            Map<Long, Long> out = new HashMap<>(clusters.clusterOf(ids));
            out.values().removeIf(Objects::isNull);
            return out;
        } catch (RuntimeException e) {
            log.warn(
                    "Analytics: linkage clusters unavailable ({}), counting by NIK only",
                    e.getClass().getSimpleName());
            return Map.of();
        }
    }

    /** Union-find over person ids (cluster keys enter as negative numbers so they never collide with ids). */
    private static final class UnionFind {
        private final Map<Long, Long> parent = new HashMap<>();

        void add(long x) {
            parent.putIfAbsent(x, x);
        }

        long find(long x) {
            add(x);
            long root = x;
            while (parent.get(root) != root) {
                root = parent.get(root);
            }
            while (parent.get(x) != root) {
                long next = parent.get(x);
                parent.put(x, root);
                x = next;
            }
            return root;
        }

        void union(long a, long b) {
            long ra = find(a);
            long rb = find(b);
            if (ra != rb) {
                parent.put(Math.max(ra, rb), Math.min(ra, rb));
            }
        }
    }
}
