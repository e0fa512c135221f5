package id.sigap.networks.internal;

import id.sigap.cases.SuspectLinks.SuspectInCase;
import id.sigap.cases.SuspectLinks.TransitStop;
import id.sigap.networks.internal.AttributeStore.AttributeKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Builds the network of the suspects given (already limited to one access scope): suspects are nodes, every value
 * two of them share is an edge; connected components with at least two suspects are candidate syndicates, ranked by
 * cases and size; within each, betweenness (Brandes, JGraphT) and degree centrality point at the organisers. A value
 * shared by more than {@value #CLIQUE_LIMIT} suspects joins them as a star rather than a clique (same component,
 * fewer edges).
 */
public final class NetworkGraph {

    static final int CLIQUE_LIMIT = 25;
    /** Betweenness is O(V·E) per component; above this size only degree centrality is computed. */
    static final int BETWEENNESS_LIMIT = 3000;

    private NetworkGraph() {}

    public record CaseRef(long caseId, String caseNumber, String regionCode) {}

    public record Member(long personId, String name, List<CaseRef> cases, double betweenness, double degree) {}

    public record Link(long source, long target, Set<LinkKind> kinds, Set<String> places) {}

    public record Component(
            long id, List<Member> members, List<Link> links, Set<String> provinces, int caseCount, Member top) {

        public int size() {
            return members.size();
        }
    }

    /** The networks of one scope: components best first, and the component of each suspect in one. */
    public record Snapshot(List<Component> components, Map<Long, Component> byPerson, int suspects) {

        public java.util.Optional<Component> component(long id) {
            Component c = byPerson.get(id);
            return c != null && c.id() == id ? java.util.Optional.of(c) : java.util.Optional.empty();
        }
    }

    record Pair(long a, long b) {
        static Pair of(long x, long y) {
            return x < y ? new Pair(x, y) : new Pair(y, x);
        }
    }

    public static Snapshot build(
            Collection<SuspectInCase> suspects, Collection<AttributeKey> attributes, Collection<TransitStop> transits) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Map<Long, CaseRef>> cases = new HashMap<>();
        Map<String, Set<Long>> groups = new LinkedHashMap<>();
        Map<Long, List<Long>> suspectsOfCase = new HashMap<>();
        List<SuspectInCase> ordered = new ArrayList<>(suspects);
        ordered.sort(Comparator.comparingLong(SuspectInCase::personId).thenComparingLong(SuspectInCase::caseId));
        for (SuspectInCase s : ordered) {
            names.putIfAbsent(s.personId(), s.fullName());
            cases.computeIfAbsent(s.personId(), k -> new TreeMap<>())
                    .put(s.caseId(), new CaseRef(s.caseId(), s.caseNumber(), s.caseRegionCode()));
            suspectsOfCase.computeIfAbsent(s.caseId(), k -> new ArrayList<>()).add(s.personId());
            group(groups, LinkKind.CASE, String.valueOf(s.caseId()), s.personId());
            group(groups, LinkKind.PHONE, s.phoneKey(), s.personId());
            group(groups, LinkKind.ADDRESS, s.addressKey(), s.personId());
        }
        for (AttributeKey a : attributes) {
            if (cases.getOrDefault(a.personId(), Map.of()).containsKey(a.caseId())) {
                group(groups, LinkKind.valueOf(a.kind().name()), a.key(), a.personId());
            }
        }
        Map<Pair, Set<LinkKind>> kinds = new HashMap<>();
        Graph<Long, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        groups.forEach((key, members) -> {
            if (members.size() < 2) {
                return;
            }
            LinkKind kind = LinkKind.valueOf(key.substring(0, key.indexOf('|')));
            for (Pair p : pairs(new ArrayList<>(members))) {
                kinds.computeIfAbsent(p, k -> EnumSet.noneOf(LinkKind.class)).add(kind);
                graph.addVertex(p.a());
                graph.addVertex(p.b());
                graph.addEdge(p.a(), p.b());
            }
        });
        List<Component> components = new ArrayList<>();
        for (Set<Long> set : new ConnectivityInspector<>(graph).connectedSets()) {
            components.add(component(new TreeSet<>(set), graph, kinds, names, cases));
        }
        Map<Long, Component> byPerson = new HashMap<>();
        for (Component c : components) {
            c.members().forEach(m -> byPerson.put(m.personId(), c));
        }
        List<Component> withPlaces = TransitLinks.add(components, byPerson, transits, suspectsOfCase);
        withPlaces.sort(Comparator.comparingInt(Component::caseCount)
                .reversed()
                .thenComparing(Comparator.comparingInt(Component::size).reversed())
                .thenComparingLong(Component::id));
        Map<Long, Component> finalByPerson = new HashMap<>();
        withPlaces.forEach(c -> c.members().forEach(m -> finalByPerson.put(m.personId(), c)));
        return new Snapshot(List.copyOf(withPlaces), Map.copyOf(finalByPerson), names.size());
    }

    /** Every pair of a small group; a large group as a star around its first member. */
    static List<Pair> pairs(List<Long> list) {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                out.add(Pair.of(list.get(i), list.get(j)));
            }
            if (list.size() > CLIQUE_LIMIT) {
                break;
            }
        }
        return out;
    }

    private static void group(Map<String, Set<Long>> groups, LinkKind kind, String value, long personId) {
        if (value != null && !value.isBlank()) {
            groups.computeIfAbsent(kind.name() + "|" + value, k -> new LinkedHashSet<>())
                    .add(personId);
        }
    }

    private static Component component(
            TreeSet<Long> ids,
            Graph<Long, DefaultEdge> graph,
            Map<Pair, Set<LinkKind>> kinds,
            Map<Long, String> names,
            Map<Long, Map<Long, CaseRef>> cases) {
        Graph<Long, DefaultEdge> sub = new SimpleGraph<>(DefaultEdge.class);
        ids.forEach(sub::addVertex);
        List<Link> links = new ArrayList<>();
        for (long v : ids) {
            for (DefaultEdge e : graph.edgesOf(v)) {
                long other = graph.getEdgeSource(e) == v ? graph.getEdgeTarget(e) : graph.getEdgeSource(e);
                if (v < other) {
                    sub.addEdge(v, other);
                    links.add(new Link(v, other, Set.copyOf(kinds.get(Pair.of(v, other))), Set.of()));
                }
            }
        }
        // between two suspects nobody lies: Brandes is not run on the many pairs of co-suspects
        Map<Long, Double> betweenness = ids.size() > 2 && ids.size() <= BETWEENNESS_LIMIT
                ? new BetweennessCentrality<>(sub, true).getScores()
                : Map.of();
        List<Member> members = new ArrayList<>();
        Set<String> provinces = new TreeSet<>();
        Set<Long> caseIds = new TreeSet<>();
        for (long v : ids) {
            List<CaseRef> refs = List.copyOf(cases.get(v).values());
            refs.forEach(r -> {
                provinces.add(r.regionCode().substring(0, 2));
                caseIds.add(r.caseId());
            });
            double degree = ids.size() > 1 ? sub.degreeOf(v) / (double) (ids.size() - 1) : 0;
            members.add(new Member(v, names.get(v), refs, betweenness.getOrDefault(v, 0.0), degree));
        }
        Member top = members.stream()
                .max(Comparator.comparingDouble(Member::betweenness)
                        .thenComparingDouble(Member::degree)
                        .thenComparing(
                                Comparator.comparingLong(Member::personId).reversed()))
                .orElseThrow();
        return new Component(ids.first(), List.copyOf(members), links, provinces, caseIds.size(), top);
    }
}
