package id.sigap.audit.internal;

import static id.sigap.audit.internal.db.Tables.ENTRY;

import id.sigap.audit.AuditEntry;
import id.sigap.audit.AuditSearch;
import id.sigap.audit.internal.db.tables.records.EntryRecord;
import id.sigap.security.RegionScope;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The auditors' search over the log, limited to a region scope. */
@Component
public class AuditEntries {

    private final DSLContext db;

    AuditEntries(DSLContext db) {
        this.db = db;
    }

    /**
     * Entries matching {@code search} whose region lies in {@code scope}. Entries without a region (logins, token
     * changes, searches of the log itself) belong to no region and are only in a national scope.
     */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditSearch search, RegionScope scope, PageRequest page) {
        Condition where = conditions(search, scope);
        long total = db.fetchCount(ENTRY, where);
        List<AuditEntry> rows = db.selectFrom(ENTRY)
                .where(where)
                .orderBy(order(search))
                .limit(page.size())
                .offset(page.offset())
                .fetch(AuditEntries::toEntry);
        return new Page<>(rows, page.page(), page.size(), total);
    }

    static Condition conditions(AuditSearch s, RegionScope scope) {
        List<Condition> all = new ArrayList<>();
        all.add(ENTRY.OCCURRED_AT.ge(s.from().atOffset(ZoneOffset.UTC)));
        all.add(ENTRY.OCCURRED_AT.lt(s.to().atOffset(ZoneOffset.UTC)));
        all.add(scope.condition(ENTRY.REGION_CODE));
        if (s.actor() != null) {
            all.add(DSL.lower(ENTRY.ACTOR_USERNAME).eq(s.actor().toLowerCase(Locale.ROOT)));
        }
        if (s.action() != null) {
            all.add(ENTRY.ACTION.eq(s.action().name()));
        }
        if (s.objectType() != null) {
            all.add(ENTRY.OBJECT_TYPE.eq(s.objectType()));
        }
        if (s.objectId() != null) {
            all.add(ENTRY.OBJECT_ID.eq(s.objectId()));
        }
        return DSL.and(all);
    }

    private static List<SortField<?>> order(AuditSearch s) {
        List<Field<?>> keys =
                switch (s.sort()) {
                    case TIME -> List.of();
                    case ACTOR -> List.of(DSL.lower(ENTRY.ACTOR_USERNAME));
                    case ACTION -> List.of(ENTRY.ACTION);
                    case OBJECT -> List.of(ENTRY.OBJECT_TYPE, ENTRY.OBJECT_ID);
                };
        List<SortField<?>> order = new ArrayList<>();
        for (Field<?> key : keys) {
            order.add(s.ascending() ? key.asc().nullsLast() : key.desc().nullsLast());
        }
        // the id (order of insertion) follows time; within equal keys the newest comes first unless time itself is
        // sorted ascending
        boolean idAscending = s.sort() == AuditSearch.Sort.TIME && s.ascending();
        order.add(idAscending ? ENTRY.ID.asc() : ENTRY.ID.desc());
        return order;
    }

    static AuditEntry toEntry(EntryRecord r) {
        return new AuditEntry(
                r.getId(),
                r.getSeq(),
                r.getOccurredAt().toInstant(),
                r.getActorUserId(),
                r.getActorUsername(),
                r.getActorAgencyId(),
                r.getAction(),
                r.getObjectType(),
                r.getObjectId(),
                r.getRegionCode(),
                r.getSourceAddress(),
                r.getDetail(),
                r.getPrevHash(),
                r.getHash());
    }
}
