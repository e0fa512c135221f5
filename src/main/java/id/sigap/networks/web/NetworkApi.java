package id.sigap.networks.web;

import id.sigap.networks.internal.NetworkGraph.Component;
import id.sigap.networks.internal.NetworkGraph.Snapshot;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.web.ApiController;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Perpetrator networks as JSON: the components of the user's scope (candidate syndicates, best first) and one
 * component as the graph view draws it (nodes with centrality and the cases the user may open, edges with what is
 * shared). A component id is the lowest person id in it; a component outside the scope is not found.
 */
@ApiController
@RequestMapping("/api/v1/networks")
class NetworkApi {

    private final NetworkViews views;

    NetworkApi(NetworkViews views) {
        this.views = views;
    }

    record ComponentList(List<NetworkViews.Row> content, int page, int size, long totalElements, int suspects) {}

    @GetMapping("/components")
    ComponentList components(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        Snapshot snapshot = views.snapshot(views.user(), NetworkViews.VIEWERS);
        Page<Component> p = NetworkPages.page(snapshot.components(), sort, PageRequest.of(page, size));
        return new ComponentList(views.rows(p.content()), p.page(), p.size(), p.totalElements(), snapshot.suspects());
    }

    @GetMapping("/components/{id}")
    NetworkViews.Graph component(@PathVariable long id) {
        SigapUser user = views.user();
        Snapshot snapshot = views.snapshot(user, NetworkViews.VIEWERS);
        return views.graph(user, views.component(snapshot, id));
    }
}
