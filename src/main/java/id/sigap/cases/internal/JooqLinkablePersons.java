package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON_IDENTIFIER;

import id.sigap.cases.LinkablePersons;
import id.sigap.cases.internal.db.tables.PersonIdentifier;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Linkage fields of persons: the person row and the blind indexes of its identifiers; nothing is decrypted. */
@Service
class JooqLinkablePersons implements LinkablePersons {

    private static final PersonIdentifier NIK = PERSON_IDENTIFIER.as("nik");
    private static final PersonIdentifier PHONE = PERSON_IDENTIFIER.as("phone");
    private static final PersonIdentifier PASSPORT = PERSON_IDENTIFIER.as("passport");

    private final DSLContext db;
    private final CaseAccess access;

    JooqLinkablePersons(DSLContext db, CaseAccess access) {
        this.db = db;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkablePerson> find(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return select(PERSON.ID.in(personIds)).fetch(JooqLinkablePersons::person);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> visibleTo(SigapUser user, Collection<Long> personIds) {
        RegionScope scope = access.personScope(user);
        if (personIds.isEmpty() || scope.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.fetch(PersonSearch.visibleIds(PERSON.ID.in(personIds), scope))
                .getValues(0, Long.class));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkablePerson> find(long personId) {
        return select(PERSON.ID.eq(personId)).fetchOptional(JooqLinkablePersons::person);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkablePerson> after(long afterId, int limit) {
        return select(PERSON.ID.gt(afterId))
                .orderBy(PERSON.ID)
                .limit(Math.max(1, Math.min(limit, 10_000)))
                .fetch(JooqLinkablePersons::person);
    }

    private org.jooq.SelectConditionStep<Record> select(Condition where) {
        SelectOnConditionStep<Record> from = db.select(PERSON.fields())
                .select(NIK.BLIND_INDEX.as("nik_index"), PHONE.BLIND_INDEX.as("phone_index"))
                .select(PASSPORT.BLIND_INDEX.as("passport_index"))
                .from(PERSON)
                .leftJoin(NIK)
                .on(NIK.PERSON_ID.eq(PERSON.ID).and(NIK.KIND.eq(Identifiers.Kind.NIK.name())))
                .leftJoin(PHONE)
                .on(PHONE.PERSON_ID.eq(PERSON.ID).and(PHONE.KIND.eq(Identifiers.Kind.PHONE.name())))
                .leftJoin(PASSPORT)
                .on(PASSPORT.PERSON_ID.eq(PERSON.ID).and(PASSPORT.KIND.eq(Identifiers.Kind.PASSPORT.name())));
        return from.where(where);
    }

    private static LinkablePerson person(Record r) {
        return new LinkablePerson(
                r.get(PERSON.ID),
                r.get(PERSON.REGISTERING_AGENCY_ID),
                r.get(PERSON.REGION_CODE),
                r.get(PERSON.FULL_NAME),
                r.get(PERSON.ALIASES),
                r.get(PERSON.SEX),
                r.get(PERSON.BIRTH_DATE),
                base64(r.get("nik_index", byte[].class)),
                base64(r.get("phone_index", byte[].class)),
                base64(r.get("passport_index", byte[].class)),
                r.get(PERSON.UPDATED_AT));
    }

    private static String base64(byte[] b) {
        return b == null ? null : Base64.getEncoder().encodeToString(b);
    }
}
