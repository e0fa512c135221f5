package id.sigap.synthetic.internal;

import static id.sigap.synthetic.internal.db.Tables.GENERATOR_BATCH;
import static id.sigap.synthetic.internal.db.Tables.GENERATOR_RUN;
import static id.sigap.synthetic.internal.db.Tables.TRUTH;

import id.sigap.synthetic.GeneratorRun;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The record of generator runs and the truth key (schema {@code synthetic}). */
@Component
class GeneratorRuns {

    private static final int ROWS_PER_INSERT = 5000;

    private final DSLContext db;

    GeneratorRuns(DSLContext db) {
        this.db = db;
    }

    Optional<GeneratorRun> find(long seed) {
        return db.selectFrom(GENERATOR_RUN)
                .where(GENERATOR_RUN.SEED.eq(seed))
                .fetchOptional(r -> new GeneratorRun(
                        r.getId(),
                        r.getSeed(),
                        r.getCases(),
                        r.getBatchSize(),
                        r.getBatchesDone(),
                        r.getPersons(),
                        r.getStatus(),
                        r.getSeconds() == null ? null : r.getSeconds().doubleValue()));
    }

    /** Starts a run; false if one with this seed exists already (started concurrently). */
    boolean start(long seed, int cases, int batchSize, OffsetDateTime now) {
        return db.insertInto(GENERATOR_RUN)
                        .set(GENERATOR_RUN.SEED, seed)
                        .set(GENERATOR_RUN.CASES, cases)
                        .set(GENERATOR_RUN.BATCH_SIZE, batchSize)
                        .set(GENERATOR_RUN.STATUS, "RUNNING")
                        .set(GENERATOR_RUN.STARTED_AT, now)
                        .onConflictDoNothing()
                        .execute()
                > 0;
    }

    /** The batches of the run already loaded (runs from before batches were recorded: the first batchesDone). */
    Set<Integer> loadedBatches(GeneratorRun run) {
        Set<Integer> done = new TreeSet<>(db.select(GENERATOR_BATCH.BATCH)
                .from(GENERATOR_BATCH)
                .where(GENERATOR_BATCH.RUN_ID.eq(run.id()))
                .fetch(GENERATOR_BATCH.BATCH));
        if (done.isEmpty()) {
            for (int b = 0; b < run.batchesDone(); b++) {
                done.add(b);
            }
        }
        return done;
    }

    /**
     * Records batch {@code batch} as loaded, in the batch's transaction; a batch loaded twice (another process) fails
     * on the key, so the second load rolls back. The run's row is updated last: concurrent batches wait for each
     * other only for their commit.
     */
    void batchDone(long runId, int batch, long persons) {
        db.insertInto(GENERATOR_BATCH)
                .set(GENERATOR_BATCH.RUN_ID, runId)
                .set(GENERATOR_BATCH.BATCH, batch)
                .execute();
        db.update(GENERATOR_RUN)
                .set(GENERATOR_RUN.BATCHES_DONE, GENERATOR_RUN.BATCHES_DONE.plus(1))
                .set(GENERATOR_RUN.PERSONS, GENERATOR_RUN.PERSONS.plus(persons))
                .where(GENERATOR_RUN.ID.eq(runId))
                .execute();
    }

    void finish(long runId, OffsetDateTime now, double seconds) {
        db.update(GENERATOR_RUN)
                .set(GENERATOR_RUN.STATUS, "DONE")
                .set(GENERATOR_RUN.FINISHED_AT, now)
                .set(GENERATOR_RUN.SECONDS, BigDecimal.valueOf(seconds).setScale(1, RoundingMode.HALF_UP))
                .where(GENERATOR_RUN.ID.eq(runId))
                .execute();
    }

    /**
     * The current transaction does not wait for its WAL to reach the disk: a crash of the server may lose the last
     * batches, but never half a batch (the run's progress is in the same transaction), and the run resumes.
     */
    void noSyncWait() {
        db.setLocal(DSL.name("synchronous_commit"), DSL.inline("off")).execute();
    }

    record TruthRow(long personId, long truePersonNo, String role) {}

    void truth(long runId, List<TruthRow> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<TruthRow> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            InsertValuesStep4<?, Long, Long, Long, String> insert =
                    db.insertInto(TRUTH, TRUTH.PERSON_ID, TRUTH.RUN_ID, TRUTH.TRUE_PERSON_NO, TRUTH.ROLE);
            for (TruthRow r : chunk) {
                insert = insert.values(r.personId(), runId, r.truePersonNo(), r.role());
            }
            insert.execute();
        }
    }

    OptionalLong truePerson(long personId) {
        Long no = db.select(TRUTH.TRUE_PERSON_NO)
                .from(TRUTH)
                .where(TRUTH.PERSON_ID.eq(personId))
                .fetchOne(TRUTH.TRUE_PERSON_NO);
        return no == null ? OptionalLong.empty() : OptionalLong.of(no);
    }

    static List<TruthRow> rows(List<MadeCase> made, List<List<Long>> personIds) {
        List<TruthRow> out = new ArrayList<>();
        for (int c = 0; c < made.size(); c++) {
            List<MadeCase.Truth> truth = made.get(c).truth();
            for (int k = 0; k < truth.size(); k++) {
                out.add(new TruthRow(
                        personIds.get(c).get(k),
                        truth.get(k).truePersonNo(),
                        truth.get(k).role()));
            }
        }
        return out;
    }
}
