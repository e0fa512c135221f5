package id.sigap.networks.internal;

import static id.sigap.networks.internal.db.Tables.SUSPECT_ATTRIBUTE;

import id.sigap.cases.SensitiveValues;
import id.sigap.networks.SuspectAttributes;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attributes recorded per suspect and case: sealed with the case, person and kind as context, found by the blind
 * index of the normalised value. Access is decided by the callers; this class never shows a value to anybody.
 */
@Service
public class AttributeStore implements SuspectAttributes {

    private static final String DOMAIN = "networks:";
    private static final int BATCH = 500;

    private final DSLContext db;
    private final SensitiveValues sensitive;
    private final Clock clock;
    private final AtomicLong changes = new AtomicLong();

    AttributeStore(DSLContext db, SensitiveValues sensitive, Clock clock) {
        this.db = db;
        this.sensitive = sensitive;
        this.clock = clock;
    }

    /** A recorded attribute, opened. */
    public record Attribute(long id, long caseId, long personId, Kind kind, String value) {}

    /** A recorded attribute as the graph sees it: only its blind index. */
    public record AttributeKey(long caseId, long personId, Kind kind, String key) {}

    @Override
    @Transactional
    public int recordAll(List<NewAttribute> attributes) {
        int written = 0;
        for (int from = 0; from < attributes.size(); from += BATCH) {
            List<org.jooq.Query> inserts = attributes.subList(from, Math.min(attributes.size(), from + BATCH)).stream()
                    .map(a -> (org.jooq.Query) insert(a, null))
                    .toList();
            for (int n : db.batch(inserts).execute()) {
                written += Math.max(0, n);
            }
        }
        changes.incrementAndGet();
        return written;
    }

    /** Records one attribute for {@code userId}; false when the suspect already has it in this case. */
    @Transactional
    public boolean add(NewAttribute attribute, long userId) {
        boolean added = insert(attribute, userId).execute() > 0;
        changes.incrementAndGet();
        return added;
    }

    /** Removes an attribute of the suspect in the case; false when there was none with that id. */
    @Transactional
    public boolean remove(long caseId, long personId, long attributeId) {
        int n = db.deleteFrom(SUSPECT_ATTRIBUTE)
                .where(SUSPECT_ATTRIBUTE.ID.eq(attributeId))
                .and(SUSPECT_ATTRIBUTE.CASE_ID.eq(caseId))
                .and(SUSPECT_ATTRIBUTE.PERSON_ID.eq(personId))
                .execute();
        changes.incrementAndGet();
        return n > 0;
    }

    /** The attributes of the suspect in the case, opened, by kind and entry. */
    @Transactional(readOnly = true)
    public List<Attribute> of(long caseId, long personId) {
        return db.selectFrom(SUSPECT_ATTRIBUTE)
                .where(SUSPECT_ATTRIBUTE.CASE_ID.eq(caseId))
                .and(SUSPECT_ATTRIBUTE.PERSON_ID.eq(personId))
                .orderBy(SUSPECT_ATTRIBUTE.KIND, SUSPECT_ATTRIBUTE.ID)
                .fetch(r -> new Attribute(
                        r.getId(),
                        caseId,
                        personId,
                        Kind.valueOf(r.getKind()),
                        sensitive.open(r.getCiphertext(), context(caseId, personId, Kind.valueOf(r.getKind())))));
    }

    /** The blind indexes of the attributes recorded in the given cases (nothing is opened). */
    @Transactional(readOnly = true)
    public List<AttributeKey> keys(Collection<Long> caseIds) {
        List<AttributeKey> out = new ArrayList<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        java.util.Set<Long> wanted = caseIds instanceof java.util.Set<Long> s ? s : new java.util.HashSet<>(caseIds);
        try (var cursor = db.select(
                        SUSPECT_ATTRIBUTE.CASE_ID,
                        SUSPECT_ATTRIBUTE.PERSON_ID,
                        SUSPECT_ATTRIBUTE.KIND,
                        SUSPECT_ATTRIBUTE.BLIND_INDEX)
                .from(SUSPECT_ATTRIBUTE)
                .fetchSize(5000)
                .fetchLazy()) {
            for (Record r : cursor) {
                long caseId = r.get(SUSPECT_ATTRIBUTE.CASE_ID);
                if (wanted.contains(caseId)) {
                    out.add(new AttributeKey(
                            caseId,
                            r.get(SUSPECT_ATTRIBUTE.PERSON_ID),
                            Kind.valueOf(r.get(SUSPECT_ATTRIBUTE.KIND)),
                            Base64.getEncoder().encodeToString(r.get(SUSPECT_ATTRIBUTE.BLIND_INDEX))));
                }
            }
        }
        return out;
    }

    /** A counter that moves whenever attributes change (for caches). */
    public long changes() {
        return changes.get();
    }

    private org.jooq.InsertReturningStep<?> insert(NewAttribute a, Long userId) {
        String normalised = AttributeValues.normalise(a.kind(), a.value());
        if (normalised.isBlank()) {
            throw new id.sigap.shared.SigapException.Invalid("value", "networks.attribute.blank");
        }
        return db.insertInto(SUSPECT_ATTRIBUTE)
                .set(SUSPECT_ATTRIBUTE.CASE_ID, a.caseId())
                .set(SUSPECT_ATTRIBUTE.PERSON_ID, a.personId())
                .set(SUSPECT_ATTRIBUTE.KIND, a.kind().name())
                .set(
                        SUSPECT_ATTRIBUTE.CIPHERTEXT,
                        sensitive.seal(a.value().strip(), context(a.caseId(), a.personId(), a.kind())))
                .set(
                        SUSPECT_ATTRIBUTE.BLIND_INDEX,
                        sensitive.blindIndex(DOMAIN + a.kind().name(), normalised))
                .set(SUSPECT_ATTRIBUTE.CREATED_AT, OffsetDateTime.now(clock))
                .set(SUSPECT_ATTRIBUTE.CREATED_BY, userId)
                .onConflictDoNothing();
    }

    private static String context(long caseId, long personId, Kind kind) {
        return "networks.attribute:" + caseId + ":" + personId + ":" + kind.name();
    }
}
