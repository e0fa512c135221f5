package id.sigap.linkage;

import java.util.Collection;
import java.util.Map;

/**
 * Which person records describe the same human being: a cluster key per person id (records of one cluster share the
 * key). Only ids go in and out, never names or identifiers. For statistics such as the dark-figure estimate (one
 * cluster = one victim); callers decide access first.
 */
public interface PersonClusters {

    /** The cluster key of each of {@code personIds} (unknown ids are left out). */
    Map<Long, Long> clusterOf(Collection<Long> personIds);
}
