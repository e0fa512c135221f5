package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.PERSON_IDENTIFIER;

import id.sigap.cases.internal.Identifiers.Kind;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** A person's identifiers: encrypted with the person and kind as context, plus the blind index for exact search. */
@Component
class PersonIdentifiers {

    private final DSLContext db;
    private final IdentifierCrypto crypto;

    PersonIdentifiers(DSLContext db, IdentifierCrypto crypto) {
        this.db = db;
        this.crypto = crypto;
    }

    void store(long personId, PersonInput p) {
        store(personId, Kind.NIK, p.nik());
        store(personId, Kind.PASSPORT, p.passport());
        store(personId, Kind.PHONE, p.phone());
        store(personId, Kind.ADDRESS, p.address());
    }

    void replace(long personId, PersonInput p) {
        db.deleteFrom(PERSON_IDENTIFIER)
                .where(PERSON_IDENTIFIER.PERSON_ID.eq(personId))
                .execute();
        store(personId, p);
    }

    CasePerson.Identities of(long personId, boolean clear) {
        return of(List.of(personId), clear).get(personId);
    }

    /** The identifiers of several persons in one query (e.g. all persons of a case), every id present in the map. */
    Map<Long, CasePerson.Identities> of(Collection<Long> personIds, boolean clear) {
        Map<Long, Map<Kind, String>> values = new HashMap<>();
        personIds.forEach(id -> values.put(id, new EnumMap<>(Kind.class)));
        if (!personIds.isEmpty()) {
            db.selectFrom(PERSON_IDENTIFIER)
                    .where(PERSON_IDENTIFIER.PERSON_ID.in(personIds))
                    .forEach(r -> {
                        Kind kind = Kind.valueOf(r.getKind());
                        String value = crypto.decrypt(r.getCiphertext(), context(r.getPersonId(), kind));
                        values.get(r.getPersonId())
                                .put(kind, clear ? value : Identifiers.mask(value, kind == Kind.ADDRESS ? 0 : 4));
                    });
        }
        Map<Long, CasePerson.Identities> out = new HashMap<>();
        values.forEach((id, v) -> out.put(
                id,
                new CasePerson.Identities(
                        v.get(Kind.NIK), v.get(Kind.PASSPORT), v.get(Kind.PHONE), v.get(Kind.ADDRESS))));
        return out;
    }

    private void store(long personId, Kind kind, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String stored = kind == Kind.ADDRESS ? value.strip() : Identifiers.normalise(kind, value);
        db.insertInto(PERSON_IDENTIFIER)
                .set(PERSON_IDENTIFIER.PERSON_ID, personId)
                .set(PERSON_IDENTIFIER.KIND, kind.name())
                .set(PERSON_IDENTIFIER.CIPHERTEXT, crypto.encrypt(stored, context(personId, kind)))
                .set(
                        PERSON_IDENTIFIER.BLIND_INDEX,
                        kind == Kind.ADDRESS
                                ? null
                                : crypto.blindIndex(kind.name(), Identifiers.normalise(kind, value)))
                .execute();
    }

    private static String context(long personId, Kind kind) {
        return "person:" + personId + ":" + kind.name();
    }
}
