package id.sigap.linkage.internal;

import id.sigap.cases.LinkablePersons;
import id.sigap.cases.LinkablePersons.LinkablePerson;
import id.sigap.linkage.PersonClusters;
import id.sigap.linkage.engine.Fields;
import id.sigap.linkage.engine.Linker;
import id.sigap.linkage.engine.PersonRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clusters of the given persons, computed by the linkage engine on their blind indexes, names, sex and birth dates
 * (records registered by different agencies are linked across agencies only). Until clusters are stored by the
 * linkage jobs, this links the requested persons on the fly; the key of a cluster is its smallest person id.
 */
@Service
class EngineClusters implements PersonClusters {

    private final LinkablePersons persons;

    EngineClusters(LinkablePersons persons) {
        this.persons = persons;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> clusterOf(Collection<Long> personIds) {
        List<LinkablePerson> found = new ArrayList<>();
        for (long id : new LinkedHashSet<>(personIds)) {
            persons.find(id).ifPresent(found::add);
        }
        Map<Long, Long> out = new HashMap<>();
        if (found.size() < 2) {
            found.forEach(p -> out.put(p.personId(), p.personId()));
            return out;
        }
        Map<Long, Integer> sources = new HashMap<>();
        List<PersonRecord> records = found.stream()
                .map(p -> new PersonRecord(
                        Long.toString(p.personId()),
                        sources.computeIfAbsent(p.registeringAgencyId(), a -> sources.size()),
                        null,
                        null,
                        p.fullName(),
                        p.sex(),
                        p.birthDate() == null ? null : p.birthDate().toString(),
                        p.nikIndex(),
                        p.phoneIndex(),
                        p.passportIndex(),
                        null,
                        p.regionCode(),
                        null))
                .toList();
        int[] cluster =
                new Linker(Linker.Settings.DEFAULT).link(records, Fields.core()).cluster();
        Map<Integer, Long> keyOfCluster = new HashMap<>();
        for (int i = 0; i < cluster.length; i++) {
            long id = found.get(i).personId();
            keyOfCluster.merge(cluster[i], id, Math::min);
        }
        for (int i = 0; i < cluster.length; i++) {
            out.put(found.get(i).personId(), keyOfCluster.get(cluster[i]));
        }
        return out;
    }
}
