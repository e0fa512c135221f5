package id.sigap.linkage;

import java.util.List;

/**
 * The cluster of a person record as one user may see it: only the member records he may see, and their number;
 * members outside his scope are not counted, named or hinted at.
 */
public record ClusterView(long personId, List<Long> memberIds, int visibleMembers) {}
