package id.sigap.linkage.internal;

import static id.sigap.linkage.internal.db.Tables.PAIR;

import id.sigap.linkage.engine.FellegiSunter;
import id.sigap.linkage.engine.Fields;
import id.sigap.linkage.internal.db.tables.records.PairRecord;
import id.sigap.security.RegionScope;
import id.sigap.shared.PageRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Scored pairs ({@code linkage.pair}): the comparison, each field's weight and the probability. A pair a reviewer
 * decided (ACCEPTED, REJECTED) is never overwritten by a later scoring.
 */
@Component
class PairStore {

    enum Status {
        LINKED,
        REVIEW,
        ACCEPTED,
        REJECTED
    }

    /** One scored pair, the smaller person id first. */
    record ScoredPair(long personA, long personB, String regionA, String regionB, double probability, long vector) {

        ScoredPair {
            if (personA >= personB) {
                throw new IllegalArgumentException("personA < personB");
            }
        }

        static ScoredPair of(long x, String regionX, long y, String regionY, double probability, long vector) {
            return x < y
                    ? new ScoredPair(x, y, regionX, regionY, probability, vector)
                    : new ScoredPair(y, x, regionY, regionX, probability, vector);
        }
    }

    private final DSLContext db;
    private final Clock clock;

    PairStore(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Each field's weight in bits under {@code model} (null where a record lacks the field). */
    static Double[] weights(FellegiSunter model, long vector) {
        Double[] out = new Double[Fields.core().count()];
        for (int f = 0; f < out.length; f++) {
            int level = Fields.level(vector, f);
            out[f] = level < 0 ? null : model.weight(f, level);
        }
        return out;
    }

    /** Stores the pair (a decided pair stays as it is); its id, or null when it was decided already. */
    Long save(ScoredPair p, FellegiSunter model, Status status) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Double[] weights = weights(model, p.vector());
        return db.insertInto(PAIR)
                .set(PAIR.PERSON_A, p.personA())
                .set(PAIR.PERSON_B, p.personB())
                .set(PAIR.REGION_A, p.regionA())
                .set(PAIR.REGION_B, p.regionB())
                .set(PAIR.PROBABILITY, p.probability())
                .set(PAIR.VECTOR, p.vector())
                .set(PAIR.WEIGHTS, weights)
                .set(PAIR.STATUS, status.name())
                .set(PAIR.SCORED_AT, now)
                .onConflict(PAIR.PERSON_A, PAIR.PERSON_B)
                .doUpdate()
                .set(PAIR.REGION_A, p.regionA())
                .set(PAIR.REGION_B, p.regionB())
                .set(PAIR.PROBABILITY, p.probability())
                .set(PAIR.VECTOR, p.vector())
                .set(PAIR.WEIGHTS, weights)
                .set(PAIR.STATUS, status.name())
                .set(PAIR.SCORED_AT, now)
                .set(PAIR.VERSION, PAIR.VERSION.plus(1))
                .where(PAIR.STATUS.in(Status.LINKED.name(), Status.REVIEW.name()))
                .returning(PAIR.ID)
                .fetchOptional(PAIR.ID)
                .orElse(null);
    }

    Optional<PairRecord> find(long id) {
        return db.selectFrom(PAIR).where(PAIR.ID.eq(id)).fetchOptional();
    }

    /** Pairs waiting for review whose two records are both registered within {@code scope}, best first. */
    List<PairRecord> review(RegionScope scope, PageRequest page) {
        return db.selectFrom(PAIR)
                .where(inReview(scope))
                .orderBy(PAIR.PROBABILITY.desc(), PAIR.ID)
                .limit(page.size())
                .offset(page.offset())
                .fetch();
    }

    int reviewCount(RegionScope scope) {
        return db.fetchCount(PAIR, inReview(scope));
    }

    private static Condition inReview(RegionScope scope) {
        return PAIR.STATUS
                .eq(Status.REVIEW.name())
                .and(scope.condition(PAIR.REGION_A))
                .and(scope.condition(PAIR.REGION_B));
    }

    /** Sets the status if {@code version} is current; false when someone else changed the pair meanwhile. */
    boolean decide(long id, int version, Status status) {
        return db.update(PAIR)
                        .set(PAIR.STATUS, status.name())
                        .set(PAIR.VERSION, PAIR.VERSION.plus(1))
                        .where(PAIR.ID.eq(id).and(PAIR.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    void reopen(long id) {
        db.update(PAIR)
                .set(PAIR.STATUS, Status.REVIEW.name())
                .set(PAIR.VERSION, PAIR.VERSION.plus(1))
                .where(PAIR.ID.eq(id))
                .execute();
    }
}
