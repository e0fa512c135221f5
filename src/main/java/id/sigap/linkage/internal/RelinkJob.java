package id.sigap.linkage.internal;

import id.sigap.cases.LinkablePersons;
import id.sigap.cases.LinkablePersons.LinkablePerson;
import id.sigap.linkage.engine.Fields;
import id.sigap.linkage.engine.Linker;
import id.sigap.linkage.engine.PersonRecord;
import id.sigap.linkage.internal.RelinkRuns.Run;
import id.sigap.shared.SigapException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full relink: every person read from cases in keyset pages, linked by the engine (blocking, comparison, m and u
 * estimated by EM on this data, clustering that resists chaining), the result written in one transaction, the model
 * stored with the run. One at a time; in the background with its progress in {@code linkage.relink_run}. Persons
 * saved while it runs are linked incrementally after it.
 */
@Service
public class RelinkJob {

    private static final Logger LOG = LoggerFactory.getLogger(RelinkJob.class);
    private static final int PAGE = 10_000;

    private final LinkablePersons persons;
    private final RelinkRuns runs;
    private final RelinkWriter writer;
    private final LinkModels models;
    private final LinkingGate gate;
    private final IncrementalLinker incremental;
    private final ClusterStore clusters;
    private final TransactionTemplate transaction;

    RelinkJob(
            LinkablePersons persons,
            RelinkRuns runs,
            RelinkWriter writer,
            LinkModels models,
            LinkingGate gate,
            IncrementalLinker incremental,
            ClusterStore clusters,
            PlatformTransactionManager transactions) {
        this.persons = persons;
        this.runs = runs;
        this.writer = writer;
        this.models = models;
        this.gate = gate;
        this.incremental = incremental;
        this.clusters = clusters;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Starts a relink in the background; refused (409) while one runs. Returns the run id. */
    public long start(Long startedBy) {
        if (!gate.beginRelink()) {
            throw new SigapException.Conflict("linkage.relink-running");
        }
        long id = runs.start(startedBy);
        Thread.ofPlatform().name("linkage-relink-" + id).daemon().start(() -> execute(id));
        return id;
    }

    /** Runs a relink in the calling thread (the benchmark, the command line); returns the run id. */
    public long runNow(Long startedBy) {
        if (!gate.beginRelink()) {
            throw new SigapException.Conflict("linkage.relink-running");
        }
        long id = runs.start(startedBy);
        execute(id);
        return id;
    }

    /** The last runs, newest first (a running run's reading measured against the persons linked now). */
    public List<Run> latest(int limit) {
        return runs.latest(limit, clusters.linkedCount());
    }

    public java.util.Optional<Run> find(long id) {
        return runs.find(id, clusters.linkedCount());
    }

    private void execute(long id) {
        List<Long> pending = List.of();
        try {
            List<LinkablePerson> all = read(id);
            runs.progress(id, "LINKING", all.size());
            Map<Long, Integer> sources = new HashMap<>();
            List<PersonRecord> records = new ArrayList<>(all.size());
            for (LinkablePerson p : all) {
                records.add(LinkRecords.of(p, sources.computeIfAbsent(p.registeringAgencyId(), a -> sources.size())));
            }
            Linker.Result result = new Linker(LinkModels.SETTINGS)
                    .link(records, Fields.core(), LinkModels.reference(), LinkModels.MIN_COMPARISONS);
            records.clear();
            LOG.info(
                    "Relink {}: {} pairs compared; {}",
                    id,
                    result.comparisons(),
                    result.estimated()
                            ? "m, u and lambda estimated by EM on this data"
                            : "the reference model decides (too few pairs, or EM ended where agreement speaks against a match)");
            runs.progress(id, "WRITING", all.size());
            gate.lock();
            try {
                RelinkWriter.Written written = transaction.execute(s -> writer.write(all, result));
                runs.done(
                        id,
                        all.size(),
                        result.comparisons(),
                        written.clusters(),
                        written.pairs(),
                        ModelCodec.write(result.model()));
                models.refresh();
            } finally {
                gate.unlock();
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.warn("Relink {} failed ({})", id, e.getClass().getSimpleName());
            runs.failed(id, e);
        } finally {
            pending = gate.endRelink();
        }
        pending.forEach(incremental::linkNow);
    }

    private List<LinkablePerson> read(long id) {
        List<LinkablePerson> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<LinkablePerson> page = persons.after(after, PAGE);
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            after = page.getLast().personId();
            runs.progress(id, "READING", all.size());
        }
    }
}
