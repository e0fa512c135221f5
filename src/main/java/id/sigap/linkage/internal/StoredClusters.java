package id.sigap.linkage.internal;

import id.sigap.linkage.PersonClusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PersonClusters} from the stored clusters: one indexed lookup per 10,000 ids. A linked person's key is its
 * cluster id (positive); a person not linked yet counts as a cluster of its own, keyed by its negated id, so that the
 * two kinds of keys never meet.
 */
@Service
class StoredClusters implements PersonClusters {

    private static final int CHUNK = 10_000;

    private final ClusterStore clusters;

    StoredClusters(ClusterStore clusters) {
        this.clusters = clusters;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> clusterOf(Collection<Long> personIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(personIds));
        Map<Long, Long> out = new HashMap<>(ids.size() * 2);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, Long> found = clusters.clusterOf(chunk);
            for (long id : chunk) {
                out.put(id, found.getOrDefault(id, -id));
            }
        }
        return out;
    }
}
