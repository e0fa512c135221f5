package id.sigap.analytics.internal;

import id.sigap.prevention.InterceptionCounts;
import id.sigap.prevention.SexAge;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Interceptions added up over regions and years. */
public record Intercepted(
        long persons,
        long recorded,
        long aggregateOnly,
        long interceptions,
        long victims,
        long sentHome,
        Map<SexAge, Long> bySexAge,
        Map<String, Long> byDestination) {

    static final Intercepted NONE = new Intercepted(0, 0, 0, 0, 0, 0, Map.of(), Map.of());

    Intercepted plus(InterceptionCounts.Counts c) {
        Map<SexAge, Long> sexAge = new EnumMap<>(SexAge.class);
        sexAge.putAll(bySexAge);
        c.bySexAge().forEach((k, v) -> sexAge.merge(k, v, Long::sum));
        Map<String, Long> destination = new HashMap<>(byDestination);
        c.byDestination().forEach((k, v) -> destination.merge(k, v, Long::sum));
        return new Intercepted(
                persons + c.persons(),
                recorded + c.recordedPersons(),
                aggregateOnly + c.aggregateOnlyPersons(),
                interceptions + c.interceptions(),
                victims + c.victimsIdentified(),
                sentHome + c.sentHome(),
                Map.copyOf(sexAge),
                Map.copyOf(destination));
    }
}
