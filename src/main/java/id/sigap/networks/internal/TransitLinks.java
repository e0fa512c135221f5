package id.sigap.networks.internal;

import id.sigap.cases.SuspectLinks.TransitStop;
import id.sigap.networks.internal.NetworkGraph.Component;
import id.sigap.networks.internal.NetworkGraph.Link;
import id.sigap.networks.internal.NetworkGraph.Pair;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Transit edges of the networks: drawn inside components, never joining two of them. */
final class TransitLinks {

    private TransitLinks() {}

    /** Adds transit edges between members of one component whose different cases passed the same transit point. */
    static List<Component> add(
            List<Component> components,
            Map<Long, Component> byPerson,
            Collection<TransitStop> transits,
            Map<Long, List<Long>> suspectsOfCase) {
        Map<String, String> labels = new HashMap<>();
        Map<String, List<long[]>> atPlace = new HashMap<>();
        for (TransitStop t : transits) {
            labels.putIfAbsent(t.placeKey(), t.placeLabel());
            for (long person : suspectsOfCase.getOrDefault(t.caseId(), List.of())) {
                if (byPerson.containsKey(person)) {
                    atPlace.computeIfAbsent(t.placeKey(), k -> new ArrayList<>())
                            .add(new long[] {person, t.caseId()});
                }
            }
        }
        Map<Long, Map<Pair, Link>> extra = new HashMap<>();
        atPlace.forEach((place, visits) -> {
            Map<Long, List<long[]>> perComponent = new HashMap<>();
            visits.forEach(v -> perComponent
                    .computeIfAbsent(byPerson.get(v[0]).id(), k -> new ArrayList<>())
                    .add(v));
            perComponent.forEach((componentId, list) -> {
                int limit = Math.min(list.size(), NetworkGraph.CLIQUE_LIMIT);
                for (int i = 0; i < limit; i++) {
                    for (int j = i + 1; j < limit; j++) {
                        long[] x = list.get(i);
                        long[] y = list.get(j);
                        if (x[0] != y[0] && x[1] != y[1]) {
                            Pair p = Pair.of(x[0], y[0]);
                            Map<Pair, Link> links = extra.computeIfAbsent(componentId, k -> new HashMap<>());
                            Link old = links.getOrDefault(p, new Link(p.a(), p.b(), Set.of(), Set.of()));
                            Set<String> places = new TreeSet<>(old.places());
                            places.add(labels.get(place));
                            links.put(p, new Link(p.a(), p.b(), Set.of(LinkKind.TRANSIT), Set.copyOf(places)));
                        }
                    }
                }
            });
        });
        List<Component> out = new ArrayList<>(components.size());
        for (Component c : components) {
            Map<Pair, Link> more = extra.get(c.id());
            if (more == null) {
                out.add(c);
                continue;
            }
            Map<Pair, Link> merged = new LinkedHashMap<>();
            c.links().forEach(l -> merged.put(Pair.of(l.source(), l.target()), l));
            more.forEach((p, t) -> merged.merge(p, t, (a, b) -> {
                Set<LinkKind> k = EnumSet.copyOf(a.kinds());
                k.add(LinkKind.TRANSIT);
                return new Link(a.source(), a.target(), Set.copyOf(k), b.places());
            }));
            out.add(new Component(
                    c.id(), c.members(), List.copyOf(merged.values()), c.provinces(), c.caseCount(), c.top()));
        }
        return out;
    }
}
