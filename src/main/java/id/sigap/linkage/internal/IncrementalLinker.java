package id.sigap.linkage.internal;

import id.sigap.cases.LinkablePersons;
import id.sigap.cases.LinkablePersons.LinkablePerson;
import id.sigap.linkage.engine.BlockingKeys;
import id.sigap.linkage.engine.Comparisons;
import id.sigap.linkage.engine.FellegiSunter;
import id.sigap.linkage.engine.Fields;
import id.sigap.linkage.engine.Prepared;
import id.sigap.linkage.internal.ClusterStore.Member;
import id.sigap.linkage.internal.PairStore.ScoredPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links one saved person against everyone linked before: its blocking keys replace the old ones in the key table, the
 * persons sharing a key are read from the database and compared, and the person joins the one cluster it resembles
 * as a whole (average probability over the cluster's members from other agencies) or founds its own. It never merges
 * two clusters on its own: the pairs between the thresholds, and those to a second cluster, wait for a reviewer.
 * A person a reviewer placed stays where he put it. Runs in its own transaction.
 */
@Service
public class IncrementalLinker {

    /** What became of the person: its cluster, whether it joined others, the pairs scored and queued. */
    public record Outcome(long clusterId, boolean joined, int candidates, int scored, int queued) {}

    private static final int MEMBERS_COMPARED = 50;

    private final LinkablePersons persons;
    private final BlockingKeyStore keys;
    private final ClusterStore clusters;
    private final PairStore pairs;
    private final LinkModels models;
    private final LinkingGate gate;
    private final TransactionTemplate transaction;

    IncrementalLinker(
            LinkablePersons persons,
            BlockingKeyStore keys,
            ClusterStore clusters,
            PairStore pairs,
            LinkModels models,
            LinkingGate gate,
            PlatformTransactionManager transactions) {
        this.persons = persons;
        this.keys = keys;
        this.clusters = clusters;
        this.pairs = pairs;
        this.models = models;
        this.gate = gate;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Links the person, unless a full relink is running (it then links the person when done). */
    public Optional<Outcome> link(long personId) {
        if (gate.deferred(personId)) {
            return Optional.empty();
        }
        return linkNow(personId);
    }

    Optional<Outcome> linkNow(long personId) {
        gate.lock();
        try {
            return Optional.ofNullable(transaction.execute(
                    status -> persons.find(personId).map(this::linkPerson).orElse(null)));
        } finally {
            gate.unlock();
        }
    }

    private Outcome linkPerson(LinkablePerson person) {
        FellegiSunter model = models.current();
        Comparisons comparisons = new Comparisons(Fields.core());
        Prepared self = Prepared.of(0, LinkRecords.of(person, 0), Fields.core());
        long[] own = BlockingKeys.of(self);
        List<Long> candidateIds = keys.candidates(person.personId(), own, LinkModels.SETTINGS.maxBlock());
        keys.replace(person.personId(), own);
        Map<Long, LinkablePerson> known = new HashMap<>();
        List<ScoredPair> scored = new ArrayList<>();
        for (LinkablePerson other : persons.find(candidateIds)) {
            known.put(other.personId(), other);
            if (other.registeringAgencyId() == person.registeringAgencyId()) {
                continue; // linked across agencies only
            }
            long vector = comparisons.compare(self, prepared(other));
            double p = model.score(vector);
            if (p >= LinkModels.SETTINGS.reviewThreshold()) {
                scored.add(ScoredPair.of(
                        person.personId(), person.regionCode(), other.personId(), other.regionCode(), p, vector));
            }
        }
        Optional<Member> before = clusters.member(person.personId());
        Map<Long, Long> clusterOf = clusters.clusterOf(
                scored.stream().map(s -> other(s, person.personId())).toList());
        long target = before.filter(Member::manual)
                .map(Member::clusterId)
                .orElseGet(() -> choose(person, self, scored, clusterOf, before, known, model, comparisons));
        if (before.isEmpty() || before.get().clusterId() != target) {
            clusters.place(person.personId(), target, before.map(Member::manual).orElse(false));
        }
        int queued = 0;
        for (ScoredPair s : scored) {
            boolean together = Long.valueOf(target).equals(clusterOf.get(other(s, person.personId())));
            PairStore.Status status = together ? PairStore.Status.LINKED : PairStore.Status.REVIEW;
            queued += together ? 0 : 1;
            pairs.save(s, model, status);
        }
        boolean joined = before.map(b -> b.clusterId() == target).orElse(false) || clusterOf.containsValue(target);
        return new Outcome(target, joined, candidateIds.size(), scored.size(), queued);
    }

    /** The cluster the person resembles best (at least a match with one member, then the cluster average), or a new one. */
    private long choose(
            LinkablePerson person,
            Prepared self,
            List<ScoredPair> scored,
            Map<Long, Long> clusterOf,
            Optional<Member> before,
            Map<Long, LinkablePerson> known,
            FellegiSunter model,
            Comparisons comparisons) {
        long best = -1;
        double bestAverage = LinkModels.SETTINGS.clusterThreshold();
        for (ScoredPair s : scored) {
            Long cluster = clusterOf.get(other(s, person.personId()));
            if (cluster == null || s.probability() < LinkModels.SETTINGS.matchThreshold() || cluster == best) {
                continue;
            }
            double average = average(person, self, cluster, known, model, comparisons);
            if (average >= bestAverage) {
                bestAverage = average;
                best = cluster;
            }
        }
        if (best >= 0) {
            return best;
        }
        boolean alone =
                before.map(b -> clusters.members(b.clusterId(), 2).size() == 1).orElse(false);
        return alone ? before.get().clusterId() : clusters.create();
    }

    private double average(
            LinkablePerson person,
            Prepared self,
            long cluster,
            Map<Long, LinkablePerson> known,
            FellegiSunter model,
            Comparisons comparisons) {
        List<Long> members = clusters.members(cluster, MEMBERS_COMPARED).stream()
                .map(Member::personId)
                .filter(id -> id != person.personId())
                .toList();
        List<Long> missing =
                members.stream().filter(id -> !known.containsKey(id)).toList();
        persons.find(missing).forEach(p -> known.put(p.personId(), p));
        double sum = 0;
        int n = 0;
        for (long id : members) {
            LinkablePerson other = known.get(id);
            if (other != null && other.registeringAgencyId() != person.registeringAgencyId()) {
                sum += model.score(comparisons.compare(self, prepared(other)));
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static Prepared prepared(LinkablePerson p) {
        return Prepared.of(0, LinkRecords.of(p, 0), Fields.core());
    }

    private static long other(ScoredPair s, long self) {
        return s.personA() == self ? s.personB() : s.personA();
    }
}
