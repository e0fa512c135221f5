package id.sigap.linkage.internal;

import static id.sigap.linkage.internal.db.Tables.BLOCKING_KEY;

import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The blocking keys of linked persons in a B-tree ({@code linkage.blocking_key}): the candidates of a new record are
 * the persons sharing one of its keys, read from the index, skipping keys shared by more than {@code maxBlock}
 * persons (a common name in one year says little). No all-pairs comparison, no index in memory.
 */
@Component
class BlockingKeyStore {

    private final DSLContext db;

    BlockingKeyStore(DSLContext db) {
        this.db = db;
    }

    /** Persons other than {@code personId} that share a key of {@code keys} whose block is small enough. */
    List<Long> candidates(long personId, long[] keys, int maxBlock) {
        if (keys.length == 0) {
            return List.of();
        }
        Field<Integer> size =
                DSL.count().over(DSL.partitionBy(BLOCKING_KEY.KEY)).as("size");
        var blocks = DSL.select(BLOCKING_KEY.PERSON_ID, size)
                .from(BLOCKING_KEY)
                .where(BLOCKING_KEY.KEY.eq(DSL.any(boxed(keys))))
                .and(BLOCKING_KEY.PERSON_ID.ne(personId))
                .asTable("blocks");
        Field<Long> person = blocks.field(BLOCKING_KEY.PERSON_ID);
        return db.selectDistinct(person)
                .from(blocks)
                .where(blocks.field(size).le(maxBlock))
                .fetch(person);
    }

    /** Replaces the keys of one person. */
    void replace(long personId, long[] keys) {
        db.deleteFrom(BLOCKING_KEY).where(BLOCKING_KEY.PERSON_ID.eq(personId)).execute();
        if (keys.length == 0) {
            return;
        }
        var insert = db.insertInto(BLOCKING_KEY, BLOCKING_KEY.KEY, BLOCKING_KEY.PERSON_ID);
        for (long k : keys) {
            insert = insert.values(k, personId);
        }
        insert.onConflictDoNothing().execute();
    }

    static Long[] boxed(long[] keys) {
        return Arrays.stream(keys).boxed().toArray(Long[]::new);
    }
}
