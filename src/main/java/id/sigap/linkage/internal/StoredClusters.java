package id.sigap.linkage.internal;

import id.sigap.linkage.PersonClusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PersonClusters} from the stored clusters: one indexed lookup per 10,000 ids. A linked person's key is its
 * cluster id (positive). Persons not linked yet (bulk-loaded since the last relink) are linked among themselves on
 * the fly ({@link UnlinkedClusters}, negative keys, so that the two kinds of keys never meet); a person the engine
 * finds no match for counts as a cluster of its own.
 */
@Service
class StoredClusters implements PersonClusters {

    private static final int CHUNK = 10_000;

    private final ClusterStore clusters;
    private final UnlinkedClusters unlinked;

    StoredClusters(ClusterStore clusters, UnlinkedClusters unlinked) {
        this.clusters = clusters;
        this.unlinked = unlinked;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> clusterOf(Collection<Long> personIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(personIds));
        Map<Long, Long> out = new HashMap<>(ids.size() * 2);
        List<Long> notLinked = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, Long> found = clusters.clusterOf(chunk);
            for (long id : chunk) {
                Long cluster = found.get(id);
                if (cluster == null) {
                    notLinked.add(id);
                } else {
                    out.put(id, cluster);
                }
            }
        }
        out.putAll(unlinked.clusterOf(notLinked));
        return out;
    }
}
