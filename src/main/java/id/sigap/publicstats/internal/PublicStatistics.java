package id.sigap.publicstats.internal;

import id.sigap.publicstats.internal.SnapshotStore.SnapshotRef;
import id.sigap.shared.Jakarta;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Publishing a new snapshot of the public statistics, and reading the published one. */
@Service
public class PublicStatistics {

    static final ZoneId WIB = Jakarta.ZONE;
    private static final Logger log = LoggerFactory.getLogger(PublicStatistics.class);

    private final SnapshotBuilder builder;
    private final SnapshotStore store;
    private final Clock clock;

    PublicStatistics(SnapshotBuilder builder, SnapshotStore store, Clock clock) {
        this.builder = builder;
        this.store = store;
        this.clock = clock;
    }

    /** The published cells of a year with the snapshot they come from. */
    public record PublishedYear(
            LocalDate takenOn, int threshold, int year, List<Integer> years, List<PublishedCell> cells) {}

    /** Computes and publishes a new snapshot of every year with cases; returns the number of cells published. */
    public synchronized int refresh() {
        long started = System.nanoTime();
        List<PublishedCell> cells = new ArrayList<>(builder.casesByYear());
        List<Integer> years = cells.stream().map(PublishedCell::year).toList();
        for (int year : years) {
            cells.addAll(builder.victims(year));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.publish(now.atZoneSameInstant(WIB).toLocalDate(), now, cells);
        log.info(
                "public statistics published: {} years, {} cells in {} ms",
                years.size(),
                cells.size(),
                (System.nanoTime() - started) / 1_000_000);
        return cells.size();
    }

    public boolean published() {
        return store.latest().isPresent();
    }

    /** The published year ({@code year} null: the latest year with cases); 404 when there is no such year. */
    public PublishedYear year(Integer year) {
        SnapshotRef snapshot =
                store.latest().orElseThrow(() -> new SigapException.NotFound("publicstats.not-published"));
        List<PublishedCell> cases = store.cells(snapshot.id(), -1);
        List<Integer> years =
                cases.stream().map(PublishedCell::year).distinct().sorted().toList();
        Optional<Integer> chosen = year == null ? years.stream().reduce((a, b) -> b) : Optional.of(year);
        if (chosen.isEmpty() || !years.contains(chosen.get())) {
            throw new SigapException.NotFound("publicstats.year-not-found");
        }
        return new PublishedYear(
                snapshot.takenOn(),
                snapshot.threshold(),
                chosen.get(),
                years,
                store.cells(snapshot.id(), chosen.get()));
    }
}
