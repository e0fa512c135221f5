package id.sigap.linkage.internal;

import id.sigap.cases.LinkablePersons;
import id.sigap.cases.LinkablePersons.LinkablePerson;
import id.sigap.linkage.engine.Fields;
import id.sigap.linkage.engine.Linker;
import id.sigap.linkage.engine.PersonRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Clusters of persons no relink or save has linked yet (records bulk-loaded since the last relink), computed by the
 * engine among the requested ones only, on the fly; the key of such a cluster is its smallest person id, negated (so
 * it never meets a stored cluster id). Above {@link #MAX} persons each counts as its own cluster: a relink is due.
 */
@Component
class UnlinkedClusters {

    static final int MAX = 50_000;

    private final LinkablePersons persons;

    UnlinkedClusters(LinkablePersons persons) {
        this.persons = persons;
    }

    Map<Long, Long> clusterOf(Collection<Long> personIds) {
        Map<Long, Long> out = new HashMap<>();
        if (personIds.size() < 2 || personIds.size() > MAX) {
            personIds.forEach(id -> out.put(id, -id));
            return out;
        }
        List<LinkablePerson> found = new ArrayList<>();
        List<Long> ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += 10_000) {
            found.addAll(persons.find(ids.subList(from, Math.min(ids.size(), from + 10_000))));
        }
        personIds.forEach(id -> out.put(id, -id));
        Map<Long, Integer> sources = new HashMap<>();
        List<PersonRecord> records = found.stream()
                .map(p -> LinkRecords.of(p, sources.computeIfAbsent(p.registeringAgencyId(), a -> sources.size())))
                .toList();
        if (records.size() < 2) {
            return out;
        }
        int[] cluster =
                new Linker(LinkModels.SETTINGS).link(records, Fields.core()).cluster();
        Map<Integer, Long> keyOfCluster = new HashMap<>();
        for (int i = 0; i < cluster.length; i++) {
            keyOfCluster.merge(cluster[i], found.get(i).personId(), Math::min);
        }
        for (int i = 0; i < cluster.length; i++) {
            out.put(found.get(i).personId(), -keyOfCluster.get(cluster[i]));
        }
        return out;
    }
}
