package id.sigap.publicstats.internal;

import static id.sigap.publicstats.internal.db.Tables.PUBLISHED_CELL;
import static id.sigap.publicstats.internal.db.Tables.SNAPSHOT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The published snapshots: the newest one is what the public sees; older ones are removed on publishing. */
@Repository
class SnapshotStore {

    private final DSLContext db;

    SnapshotStore(DSLContext db) {
        this.db = db;
    }

    /** The newest snapshot. */
    record SnapshotRef(long id, LocalDate takenOn, int threshold) {}

    @Transactional(readOnly = true)
    Optional<SnapshotRef> latest() {
        return db.select(SNAPSHOT.ID, SNAPSHOT.TAKEN_ON, SNAPSHOT.THRESHOLD)
                .from(SNAPSHOT)
                .orderBy(SNAPSHOT.TAKEN_AT.desc(), SNAPSHOT.ID.desc())
                .limit(1)
                .fetchOptional(r -> new SnapshotRef(r.value1(), r.value2(), r.value3()));
    }

    @Transactional
    long publish(LocalDate takenOn, OffsetDateTime takenAt, List<PublishedCell> cells) {
        long id = db.insertInto(SNAPSHOT)
                .set(SNAPSHOT.TAKEN_ON, takenOn)
                .set(SNAPSHOT.TAKEN_AT, takenAt)
                .set(SNAPSHOT.THRESHOLD, (short) SnapshotBuilder.THRESHOLD)
                .returning(SNAPSHOT.ID)
                .fetchOne(SNAPSHOT.ID);
        var insert = db.insertInto(
                PUBLISHED_CELL,
                PUBLISHED_CELL.SNAPSHOT_ID,
                PUBLISHED_CELL.YEAR,
                PUBLISHED_CELL.TABLE_CODE,
                PUBLISHED_CELL.ROW_CODE,
                PUBLISHED_CELL.COLUMN_CODE,
                PUBLISHED_CELL.VALUE);
        for (PublishedCell c : cells) {
            insert = insert.values(id, c.year(), c.table(), c.row(), c.column(), c.value());
        }
        if (!cells.isEmpty()) {
            insert.execute();
        }
        db.deleteFrom(SNAPSHOT).where(SNAPSHOT.ID.lt(id)).execute();
        return id;
    }

    @Transactional(readOnly = true)
    List<PublishedCell> cells(long snapshotId, Integer year) {
        var c = PUBLISHED_CELL.SNAPSHOT_ID.eq(snapshotId);
        if (year != null) {
            c = c.and(PUBLISHED_CELL.YEAR.eq(year).or(PUBLISHED_CELL.TABLE_CODE.eq("CASES")));
        }
        return db.select(
                        PUBLISHED_CELL.YEAR,
                        PUBLISHED_CELL.TABLE_CODE,
                        PUBLISHED_CELL.ROW_CODE,
                        PUBLISHED_CELL.COLUMN_CODE,
                        PUBLISHED_CELL.VALUE)
                .from(PUBLISHED_CELL)
                .where(c)
                .orderBy(PUBLISHED_CELL.YEAR, PUBLISHED_CELL.TABLE_CODE, PUBLISHED_CELL.ROW_CODE)
                .fetch(r -> new PublishedCell(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
