package id.sigap.synthetic.internal;

import id.sigap.cases.BulkLoad;
import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.BulkLoadResult;
import id.sigap.organization.Agencies;
import id.sigap.shared.SigapException;
import id.sigap.support.GeneratedServices;
import id.sigap.support.ServiceBulkLoad;
import id.sigap.synthetic.GeneratorRun;
import id.sigap.synthetic.SyntheticData;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the generator: cases are made batch by batch (agencies registered as needed, outside the batch's
 * transaction), then each batch is loaded through {@link BulkLoad} together with its truth key, its victims' services
 * ({@link ServiceBulkLoad}: plans, referrals, repatriation legs, reintegration visits) and the run's progress, in one
 * transaction, so a batch is there whole or not at all and a finished seed is never loaded twice. A crash loses at most the batch in flight; the next run of the seed resumes.
 */
@Service
class Generator implements SyntheticData {

    static final int MAX_CASES = 2_000_000;
    static final int BATCH = 1000;
    static final int LOADERS = 2;

    private static final Logger log = LoggerFactory.getLogger(Generator.class);

    private final GeneratorRuns runs;
    private final RegionCatalogue regions;
    private final Agencies agencies;
    private final BulkLoad bulk;
    private final ServiceBulkLoad services;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SyndicateTraits traits;
    /** Time spent writing cases and services (summed over the loaders), for the log of a run. */
    private final AtomicLong caseNanos = new AtomicLong();

    private final AtomicLong serviceNanos = new AtomicLong();

    Generator(
            GeneratorRuns runs,
            RegionCatalogue regions,
            Agencies agencies,
            BulkLoad bulk,
            ServiceBulkLoad services,
            PlatformTransactionManager transactions,
            Clock clock,
            SyndicateTraits traits) {
        this.runs = runs;
        this.regions = regions;
        this.agencies = agencies;
        this.bulk = bulk;
        this.services = services;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.traits = traits;
    }

    @Override
    public GeneratorRun generate(int cases, long seed, Progress progress) {
        if (cases < 1 || cases > MAX_CASES) {
            throw new SigapException.Invalid("cases", "synthetic.cases-range", MAX_CASES);
        }
        if (runs.find(seed).isEmpty()) {
            runs.start(seed, cases, batchSize(cases), OffsetDateTime.now(clock));
        }
        GeneratorRun run = runs.find(seed).orElseThrow();
        if (run.cases() != cases) {
            throw new SigapException.Conflict("synthetic.seed-used", seed, run.cases());
        }
        if (run.done()) {
            return run;
        }
        long started = System.nanoTime();
        caseNanos.set(0);
        serviceNanos.set(0);
        World world = new World(seed, cases, regions.places());
        CaseMaker maker = new CaseMaker(world, new AgencyPlan(agencies, regions.provinceNames()));
        // alone, batches load two at a time (two database sessions); inside a caller's transaction (the demo data),
        // one after the other in that transaction
        boolean alone = !TransactionSynchronizationManager.isActualTransactionActive();
        long rows;
        try (BatchLoads loads =
                new BatchLoads(alone ? LOADERS : 0, runs.loadedBatches(run), run.batchSize(), cases, progress)) {
            for (int b = 0; b < loads.batches(); b++) {
                if (loads.loaded(b)) {
                    continue;
                }
                int from = b * run.batchSize();
                int to = Math.min(cases, from + run.batchSize());
                // agencies a batch needs are registered in one transaction (one commit instead of one per agency)
                List<MadeCase> made = tx.execute(status -> {
                    List<MadeCase> out = new ArrayList<>(to - from);
                    for (int i = from; i < to; i++) {
                        out.add(maker.make(i));
                    }
                    return out;
                });
                int batch = b;
                loads.submit(batch, made.size(), () -> load(run, batch, made, alone, world));
            }
            rows = loads.awaitAll();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        runs.finish(run.id(), OffsetDateTime.now(clock), seconds);
        log.info(
                "Synthetic data: {} cases from seed {} loaded in {} s ({} rows; writing cases {} s, services {} s,"
                        + " summed over the loaders)",
                cases,
                seed,
                Math.round(seconds),
                rows,
                caseNanos.get() / 1_000_000_000,
                serviceNanos.get() / 1_000_000_000);
        return runs.find(seed).orElseThrow();
    }

    private long load(GeneratorRun run, int batch, List<MadeCase> made, boolean alongside, World world) {
        List<BulkLoadCase> cases = made.stream().map(MadeCase::bulk).toList();
        String source = "synthetic:seed=" + run.seed() + ":batch=" + batch;
        Long written = tx.execute(status -> {
            runs.noSyncWait();
            long t0 = System.nanoTime();
            BulkLoadResult result = alongside ? bulk.loadAlongside(source, cases) : bulk.load(source, cases);
            List<GeneratorRuns.TruthRow> truth = GeneratorRuns.rows(made, result.personIds());
            runs.truth(run.id(), truth);
            traits.record(world, run.seed(), made, result);
            List<GeneratedServices> plans = new ArrayList<>(made.size());
            for (int c = 0; c < made.size(); c++) {
                plans.add(ServiceIds.bind(
                        made.get(c).services(),
                        result.caseIds().get(c),
                        result.caseNumbers().get(c),
                        result.personIds().get(c)));
            }
            long t1 = System.nanoTime();
            long serviceRows = services.load(source, plans);
            caseNanos.addAndGet(t1 - t0);
            serviceNanos.addAndGet(System.nanoTime() - t1);
            runs.batchDone(run.id(), batch, truth.size());
            return result.rows() + truth.size() + serviceRows;
        });
        return written == null ? 0 : written;
    }

    /** A quarter of the cases, at least 50 and at most {@value #BATCH}: small runs also load in several batches. */
    static int batchSize(int cases) {
        return Math.max(Math.min(50, cases), Math.min(BATCH, cases / 4));
    }

    @Override
    public Optional<GeneratorRun> run(long seed) {
        return runs.find(seed);
    }

    @Override
    public OptionalLong truePerson(long personId) {
        return runs.truePerson(personId);
    }
}
