package id.sigap.networks.web;

import id.sigap.networks.internal.LinkKind;
import id.sigap.networks.internal.NetworkGraph.CaseRef;
import id.sigap.networks.internal.NetworkGraph.Component;
import id.sigap.networks.internal.NetworkGraph.Member;
import id.sigap.networks.internal.NetworkGraph.Snapshot;
import id.sigap.networks.internal.Networks;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.CurrentUser;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The one access rule of the networks, and what pages and the API show of them. Investigators, analysts and task-force
 * secretaries see the networks of the suspects in cases of their regions; a case is linked only for those who may
 * open it (investigators and analysts in scope); exports are for investigators, from their investigator scope only.
 * Showing a component is a read of its persons (audited).
 */
@org.springframework.stereotype.Component
class NetworkViews {

    static final Role[] VIEWERS = {Role.INVESTIGATOR, Role.ANALYST, Role.TASKFORCE_SECRETARY};
    static final Role[] CASE_READERS = {Role.INVESTIGATOR, Role.ANALYST};
    static final Role[] EXPORTERS = {Role.INVESTIGATOR};

    private final AccessPolicy policy;
    private final CurrentUser current;
    private final Networks networks;
    private final Regions regions;
    private final AuditTrail audit;
    private final MessageSource messages;

    NetworkViews(
            AccessPolicy policy,
            CurrentUser current,
            Networks networks,
            Regions regions,
            AuditTrail audit,
            MessageSource messages) {
        this.policy = policy;
        this.current = current;
        this.networks = networks;
        this.regions = regions;
        this.audit = audit;
        this.messages = messages;
    }

    record Row(long id, int size, int caseCount, List<String> provinces, String topName) {}

    record CaseLink(long id, String number, String regionCode, String url) {}

    record Node(long id, String label, double betweenness, double degree, boolean top, List<CaseLink> cases) {}

    record Edge(String id, long source, long target, List<String> kinds, List<String> places) {}

    record Graph(
            long id,
            int size,
            int caseCount,
            List<String> provinces,
            List<Node> nodes,
            List<Edge> edges,
            Map<String, String> kindLabels) {}

    SigapUser user() {
        return current.require();
    }

    /** The user's networks scope; a user without any of the roles is refused (403, audited). */
    RegionScope scope(SigapUser user, Role... roles) {
        RegionScope scope = policy.scope(user, roles);
        if (scope.isEmpty()) {
            policy.require(user, null, "network", null, roles);
            throw new SigapException.NotAllowed("networks.not-allowed");
        }
        return scope;
    }

    Snapshot snapshot(SigapUser user, Role... roles) {
        return networks.of(scope(user, roles));
    }

    List<Row> rows(List<Component> components) {
        return components.stream()
                .map(c -> new Row(
                        c.id(),
                        c.size(),
                        c.caseCount(),
                        provinceNames(c),
                        c.top().name()))
                .toList();
    }

    Component component(Snapshot snapshot, long id) {
        return snapshot.component(id).orElseThrow(() -> new SigapException.NotFound("networks.component-not-found"));
    }

    /** The component as the graph view draws it; audited as a read of each person shown. */
    Graph graph(SigapUser user, Component c) {
        List<Node> nodes = new ArrayList<>();
        for (Member m : c.members()) {
            List<CaseLink> cases = m.cases().stream()
                    .map(r -> new CaseLink(r.caseId(), r.caseNumber(), r.regionCode(), caseUrl(user, r)))
                    .toList();
            nodes.add(new Node(
                    m.personId(),
                    m.name(),
                    round(m.betweenness()),
                    round(m.degree()),
                    m.personId() == c.top().personId(),
                    cases));
        }
        List<Edge> edges = c.links().stream()
                .map(l -> new Edge(
                        l.source() + "-" + l.target(),
                        l.source(),
                        l.target(),
                        l.kinds().stream().sorted().map(Enum::name).toList(),
                        l.places().stream().sorted().toList()))
                .toList();
        auditReads(c);
        return new Graph(c.id(), c.size(), c.caseCount(), provinceNames(c), nodes, edges, kindLabels());
    }

    void auditReads(Component c) {
        c.members()
                .forEach(m ->
                        audit.read("person", m.personId(), m.cases().getFirst().regionCode()));
    }

    Map<String, String> kindLabels() {
        Map<String, String> out = new LinkedHashMap<>();
        for (LinkKind k : LinkKind.values()) {
            out.put(k.name(), label(k));
        }
        return out;
    }

    String label(LinkKind kind) {
        return messages.getMessage("networks.kind." + kind.name(), null, LocaleContextHolder.getLocale());
    }

    String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private String caseUrl(SigapUser user, CaseRef r) {
        return policy.allows(user, r.regionCode(), CASE_READERS) ? "/kasus/" + r.caseId() : null;
    }

    private List<String> provinceNames(Component c) {
        return c.provinces().stream()
                .map(p -> regions.find(p).map(RegionRef::name).orElse(p))
                .toList();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
