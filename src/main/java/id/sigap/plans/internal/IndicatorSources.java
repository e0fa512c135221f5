package id.sigap.plans.internal;

import id.sigap.plans.IndicatorSource;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every {@link IndicatorSource} bean of the application, by key. */
@Component
public class IndicatorSources {

    private final List<IndicatorSource> sources;

    IndicatorSources(List<IndicatorSource> sources) {
        this.sources = sources.stream()
                .sorted(Comparator.comparing(IndicatorSource::key))
                .toList();
    }

    public List<IndicatorSource> all() {
        return sources;
    }

    public Optional<IndicatorSource> find(String key) {
        return key == null
                ? Optional.empty()
                : sources.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
