package id.sigap.security;

import static id.sigap.security.internal.db.Tables.SAVED_FILTER;

import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named filters of the lists (the case list {@code "cases"}, the triage queue {@code "triage"}, ...), per user and
 * list. A user sees, applies and deletes only his own: another user's filter is "not found" to him. Saving under an
 * existing name replaces that filter. The query is the list's own canonical query string; the list checks it.
 */
@Component
public class SavedFilters {

    public static final int MAX_NAME = 80;
    public static final int MAX_QUERY = 2000;
    public static final int MAX_PER_USER = 50;

    public record SavedFilter(long id, String name, String query) {}

    private final DSLContext db;
    private final Clock clock;

    SavedFilters(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<SavedFilter> of(SigapUser user, String list) {
        return db.selectFrom(SAVED_FILTER)
                .where(SAVED_FILTER.ACCOUNT_ID.eq(user.id()).and(SAVED_FILTER.LIST.eq(list)))
                .orderBy(SAVED_FILTER.NAME)
                .limit(MAX_PER_USER)
                .fetch(r -> new SavedFilter(r.getId(), r.getName(), r.getQuery()));
    }

    @Transactional
    public SavedFilter save(SigapUser user, String list, String name, String query) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            throw new SigapException.Invalid("filterName", "filter.name-required");
        }
        if (n.length() > MAX_NAME) {
            throw new SigapException.Invalid("filterName", "filter.name-too-long", MAX_NAME);
        }
        if (query.length() > MAX_QUERY) {
            throw new SigapException.Invalid("filterName", "filter.too-long");
        }
        var own = SAVED_FILTER.ACCOUNT_ID.eq(user.id()).and(SAVED_FILTER.LIST.eq(list));
        boolean exists = db.fetchExists(SAVED_FILTER, own.and(SAVED_FILTER.NAME.eq(n)));
        if (!exists && db.fetchCount(SAVED_FILTER, own) >= MAX_PER_USER) {
            throw new SigapException.Invalid("filterName", "filter.too-many", MAX_PER_USER);
        }
        long id = db.insertInto(SAVED_FILTER)
                .set(SAVED_FILTER.ACCOUNT_ID, user.id())
                .set(SAVED_FILTER.LIST, list)
                .set(SAVED_FILTER.NAME, n)
                .set(SAVED_FILTER.QUERY, query)
                .set(SAVED_FILTER.CREATED_AT, OffsetDateTime.now(clock))
                .onConflict(SAVED_FILTER.ACCOUNT_ID, SAVED_FILTER.LIST, SAVED_FILTER.NAME)
                .doUpdate()
                .set(SAVED_FILTER.QUERY, query)
                .returning(SAVED_FILTER.ID)
                .fetchSingle(SAVED_FILTER.ID);
        return new SavedFilter(id, n, query);
    }

    /** The user's own filter; another user's is not found. */
    public SavedFilter require(SigapUser user, String list, long id) {
        return db.selectFrom(SAVED_FILTER)
                .where(SAVED_FILTER
                        .ID
                        .eq(id)
                        .and(SAVED_FILTER.ACCOUNT_ID.eq(user.id()))
                        .and(SAVED_FILTER.LIST.eq(list)))
                .fetchOptional(r -> new SavedFilter(r.getId(), r.getName(), r.getQuery()))
                .orElseThrow(() -> new SigapException.NotFound("filter.not-found"));
    }

    @Transactional
    public void delete(SigapUser user, String list, long id) {
        int deleted = db.deleteFrom(SAVED_FILTER)
                .where(SAVED_FILTER
                        .ID
                        .eq(id)
                        .and(SAVED_FILTER.ACCOUNT_ID.eq(user.id()))
                        .and(SAVED_FILTER.LIST.eq(list)))
                .execute();
        if (deleted == 0) {
            throw new SigapException.NotFound("filter.not-found");
        }
    }
}
