package id.sigap.prevention.internal;

import static id.sigap.prevention.internal.db.Tables.CROSSING_POINT;

import id.sigap.prevention.CrossingPoint;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/** The seeded list of known exit points (ports, airports, land borders). */
@Component
public class CrossingPoints {

    private final DSLContext db;

    CrossingPoints(DSLContext db) {
        this.db = db;
    }

    public List<CrossingPoint> all() {
        return db.selectFrom(CROSSING_POINT)
                .where(CROSSING_POINT.ACTIVE)
                .orderBy(CROSSING_POINT.NAME)
                .fetch(CrossingPoints::of);
    }

    public Optional<CrossingPoint> find(String code) {
        return db.selectFrom(CROSSING_POINT).where(CROSSING_POINT.CODE.eq(code)).fetchOptional(CrossingPoints::of);
    }

    static CrossingPoint of(Record r) {
        return new CrossingPoint(
                r.get(CROSSING_POINT.CODE),
                r.get(CROSSING_POINT.NAME),
                CrossingPoint.Kind.valueOf(r.get(CROSSING_POINT.KIND)),
                r.get(CROSSING_POINT.REGION_CODE));
    }
}
