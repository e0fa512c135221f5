package id.sigap.linkage.internal;

import id.sigap.linkage.ClusterView;
import id.sigap.linkage.internal.ClusterStore.Member;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cluster of a person for a user: members filtered by what he may see (counts too); 404 for a hidden person. */
@Service
public class ClusterViews {

    private static final int MAX_MEMBERS = 1_000;

    private final ClusterStore clusters;
    private final LinkageAccess access;

    ClusterViews(ClusterStore clusters, LinkageAccess access) {
        this.clusters = clusters;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public ClusterView of(SigapUser user, long personId) {
        access.requireReviewer(user);
        if (access.visible(user, List.of(personId)).isEmpty()) {
            throw new SigapException.NotFound("linkage.person-not-found");
        }
        List<Long> members = clusters.member(personId)
                .map(m -> clusters.members(m.clusterId(), MAX_MEMBERS).stream()
                        .map(Member::personId)
                        .toList())
                .orElse(List.of(personId));
        Set<Long> visible = access.visible(user, members);
        List<Long> shown = members.stream().filter(visible::contains).toList();
        return new ClusterView(personId, shown, shown.size());
    }
}
