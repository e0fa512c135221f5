package id.sigap.networks.web;

import id.sigap.networks.internal.NetworkGraph.Component;
import id.sigap.networks.internal.NetworkGraph.Snapshot;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /jejaring}: the candidate syndicates of the user's scope (size, provinces, cases, the most central
 * suspect), and {@code /jejaring/{id}}: one network as an interactive graph (Cytoscape.js, data from the JSON API) with
 * a table of its suspects for keyboard and screen-reader use, drill-down to cases and the export for investigators.
 */
@Controller
class NetworkPages {

    static final int PAGE_SIZE = 20;

    private final NetworkViews views;

    NetworkPages(NetworkViews views) {
        this.views = views;
    }

    @GetMapping("/jejaring")
    String list(
            @RequestParam(required = false) Integer halaman, @RequestParam(required = false) String urut, Model model) {
        Snapshot snapshot = views.snapshot(views.user(), NetworkViews.VIEWERS);
        Page<Component> page =
                page(snapshot.components(), urut, new PageRequest(halaman == null ? 0 : halaman, PAGE_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("rows", views.rows(page.content()));
        model.addAttribute("suspects", snapshot.suspects());
        model.addAttribute("urut", "ukuran".equals(urut) ? "ukuran" : "kasus");
        return "networks/list";
    }

    @GetMapping("/jejaring/{id}")
    String graph(@PathVariable long id, Model model) {
        SigapUser user = views.user();
        Snapshot snapshot = views.snapshot(user, NetworkViews.VIEWERS);
        NetworkViews.Graph graph = views.graph(user, views.component(snapshot, id));
        model.addAttribute("graph", graph);
        model.addAttribute("mayExport", user.hasAny(NetworkViews.EXPORTERS));
        return "networks/graph";
    }

    /** Components sorted by cases (default) or by size ({@code ukuran}), one page of them. */
    static Page<Component> page(List<Component> all, String sort, PageRequest request) {
        List<Component> sorted = "ukuran".equals(sort) || "size".equals(sort)
                ? all.stream()
                        .sorted(Comparator.comparingInt(Component::size)
                                .reversed()
                                .thenComparingLong(Component::id))
                        .toList()
                : all;
        int from = Math.min(request.offset(), sorted.size());
        int to = Math.min(from + request.size(), sorted.size());
        return new Page<>(sorted.subList(from, to), request.page(), request.size(), sorted.size());
    }
}
