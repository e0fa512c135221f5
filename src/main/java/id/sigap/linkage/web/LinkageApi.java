package id.sigap.linkage.web;

import id.sigap.linkage.ClusterView;
import id.sigap.linkage.ReviewPair;
import id.sigap.linkage.internal.ClusterChanges;
import id.sigap.linkage.internal.ClusterChanges.Decision;
import id.sigap.linkage.internal.ClusterViews;
import id.sigap.linkage.internal.ReviewQueue;
import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Linkage for reviewers: the review queue, decisions, undo, and a person's cluster (members filtered by the caller's
 * scope). Pairs and persons outside the caller's view answer 404, exactly as ids that do not exist.
 */
@ApiController
@RequestMapping("/api/v1/linkage")
class LinkageApi {

    record DecisionRequest(int version, Decision decision) {}

    private final CurrentUser current;
    private final ReviewQueue queue;
    private final ClusterChanges changes;
    private final ClusterViews clusters;

    LinkageApi(CurrentUser current, ReviewQueue queue, ClusterChanges changes, ClusterViews clusters) {
        this.current = current;
        this.queue = queue;
        this.changes = changes;
        this.clusters = clusters;
    }

    @GetMapping("/reviews")
    Page<ReviewPair> reviews(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queue.page(current.require(), PageRequest.of(page, size));
    }

    @GetMapping("/reviews/{id}")
    ReviewPair review(@PathVariable long id) {
        return queue.get(current.require(), id);
    }

    @PostMapping("/reviews/{id}/decision")
    @ResponseStatus(HttpStatus.CREATED)
    ClusterChanges.Decided decide(@PathVariable long id, @RequestBody DecisionRequest request) {
        SigapUser user = current.require();
        if (request.decision() == null) {
            throw new id.sigap.shared.SigapException.Invalid("decision", "linkage.decision-required");
        }
        return changes.decide(user, id, request.version(), request.decision());
    }

    @PostMapping("/changes/{id}/undo")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void undo(@PathVariable long id) {
        changes.undo(current.require(), id);
    }

    @GetMapping("/persons/{id}/cluster")
    ClusterView cluster(@PathVariable long id) {
        return clusters.of(current.require(), id);
    }
}
