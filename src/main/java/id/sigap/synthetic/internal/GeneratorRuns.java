package id.sigap.synthetic.internal;

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
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
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

    /** Marks batch {@code batch} done; refuses (exception, so the batch rolls back) if another process did it. */
    void batchDone(long runId, int batch, long persons) {
        int updated = db.update(GENERATOR_RUN)
                .set(GENERATOR_RUN.BATCHES_DONE, batch + 1)
                .set(GENERATOR_RUN.PERSONS, GENERATOR_RUN.PERSONS.plus(persons))
                .where(GENERATOR_RUN.ID.eq(runId).and(GENERATOR_RUN.BATCHES_DONE.eq(batch)))
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("batch " + batch + " of run " + runId + " was loaded by another process");
        }
    }

    void finish(long runId, OffsetDateTime now, double seconds) {
        db.update(GENERATOR_RUN)
                .set(GENERATOR_RUN.STATUS, "DONE")
                .set(GENERATOR_RUN.FINISHED_AT, now)
                .set(GENERATOR_RUN.SECONDS, BigDecimal.valueOf(seconds).setScale(1, RoundingMode.HALF_UP))
                .where(GENERATOR_RUN.ID.eq(runId))
                .execute();
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
                out.add(new TruthRow(personIds.get(c).get(k), truth.get(k).truePersonNo(), truth.get(k).role()));
            }
        }
        return out;
    }
}
