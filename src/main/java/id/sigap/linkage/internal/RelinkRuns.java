package id.sigap.linkage.internal;

import static id.sigap.linkage.internal.db.Tables.RELINK_RUN;

import id.sigap.linkage.internal.db.tables.records.RelinkRunRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The runs of the full relink ({@code linkage.relink_run}): progress while running, counts and model when done. */
@Component
public class RelinkRuns {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    /** A run as the admin page and the API show it. */
    public record Run(
            long id,
            String status,
            String phase,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            int personsRead,
            Integer personsTotal,
            Long comparisons,
            Integer clusters,
            Integer pairs,
            int percent) {

        static Run of(RelinkRunRecord r, long expected) {
            return new Run(
                    r.getId(),
                    r.getStatus(),
                    r.getPhase(),
                    r.getStartedAt(),
                    r.getFinishedAt(),
                    r.getPersonsRead(),
                    r.getPersonsTotal(),
                    r.getComparisons(),
                    r.getClusters(),
                    r.getPairs(),
                    percent(r, expected));
        }

        /** Reading is the first 60 %, linking up to 80 %, writing up to 100 %. */
        private static int percent(RelinkRunRecord r, long expected) {
            if (!RUNNING.equals(r.getStatus())) {
                return 100;
            }
            return switch (r.getPhase()) {
                case "READING" -> (int) Math.min(59, 60L * r.getPersonsRead() / Math.max(1, expected));
                case "LINKING" -> 60;
                case "WRITING" -> 80;
                default -> 0;
            };
        }

        public boolean running() {
            return RUNNING.equals(status);
        }
    }

    private final DSLContext db;
    private final Clock clock;

    RelinkRuns(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    long start(Long startedBy) {
        return db.insertInto(RELINK_RUN)
                .set(RELINK_RUN.STATUS, RUNNING)
                .set(RELINK_RUN.PHASE, "READING")
                .set(RELINK_RUN.STARTED_AT, OffsetDateTime.now(clock))
                .set(RELINK_RUN.STARTED_BY, startedBy)
                .returning(RELINK_RUN.ID)
                .fetchSingle(RELINK_RUN.ID);
    }

    void progress(long id, String phase, int personsRead) {
        db.update(RELINK_RUN)
                .set(RELINK_RUN.PHASE, phase)
                .set(RELINK_RUN.PERSONS_READ, personsRead)
                .where(RELINK_RUN.ID.eq(id))
                .execute();
    }

    void done(long id, int persons, long comparisons, int clusters, int pairs, String model) {
        db.update(RELINK_RUN)
                .set(RELINK_RUN.STATUS, DONE)
                .set(RELINK_RUN.PHASE, DONE)
                .set(RELINK_RUN.FINISHED_AT, OffsetDateTime.now(clock))
                .set(RELINK_RUN.PERSONS_READ, persons)
                .set(RELINK_RUN.PERSONS_TOTAL, persons)
                .set(RELINK_RUN.COMPARISONS, comparisons)
                .set(RELINK_RUN.CLUSTERS, clusters)
                .set(RELINK_RUN.PAIRS, pairs)
                .set(RELINK_RUN.MODEL, model)
                .where(RELINK_RUN.ID.eq(id))
                .execute();
    }

    /** A failure is recorded by the kind of error only: no personal data in the run table. */
    void failed(long id, Throwable error) {
        db.update(RELINK_RUN)
                .set(RELINK_RUN.STATUS, FAILED)
                .set(RELINK_RUN.PHASE, FAILED)
                .set(RELINK_RUN.FINISHED_AT, OffsetDateTime.now(clock))
                .set(RELINK_RUN.FAILURE, error.getClass().getSimpleName())
                .where(RELINK_RUN.ID.eq(id))
                .execute();
    }

    /** Runs left RUNNING by a stopped server are marked failed at start. */
    void abandonRunning() {
        db.update(RELINK_RUN)
                .set(RELINK_RUN.STATUS, FAILED)
                .set(RELINK_RUN.PHASE, FAILED)
                .set(RELINK_RUN.FAILURE, "Interrupted")
                .set(RELINK_RUN.FINISHED_AT, OffsetDateTime.now(clock))
                .where(RELINK_RUN.STATUS.eq(RUNNING))
                .execute();
    }

    Optional<Run> find(long id, long expected) {
        return db.selectFrom(RELINK_RUN).where(RELINK_RUN.ID.eq(id)).fetchOptional(r -> Run.of(r, expected));
    }

    List<Run> latest(int limit, long expected) {
        return db.selectFrom(RELINK_RUN)
                .orderBy(RELINK_RUN.ID.desc())
                .limit(limit)
                .fetch(r -> Run.of(r, expected));
    }

    Optional<OffsetDateTime> lastFinished() {
        return db.select(RELINK_RUN.FINISHED_AT)
                .from(RELINK_RUN)
                .where(RELINK_RUN.STATUS.eq(DONE))
                .orderBy(RELINK_RUN.ID.desc())
                .limit(1)
                .fetchOptional(RELINK_RUN.FINISHED_AT);
    }
}
