package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_FILE;
import static id.sigap.cases.internal.db.Tables.CASE_PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON_IDENTIFIER;
import static id.sigap.cases.internal.db.Tables.ROUTE_EVENT;

import id.sigap.cases.PersonRole;
import id.sigap.cases.SuspectLinks;
import id.sigap.cases.internal.db.tables.PersonIdentifier;
import id.sigap.security.RegionScope;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspects with the blind index of their phone, and a blind index of their address computed here (addresses are
 * stored without one: the address is opened in memory, normalised and indexed, and only the index leaves).
 */
@Service
class JooqSuspectLinks implements SuspectLinks {

    private static final PersonIdentifier PHONE = PERSON_IDENTIFIER.as("phone");
    private static final PersonIdentifier ADDRESS = PERSON_IDENTIFIER.as("address");
    private static final int FETCH = 5000;

    private final DSLContext db;
    private final IdentifierCrypto crypto;

    JooqSuspectLinks(DSLContext db, IdentifierCrypto crypto) {
        this.db = db;
        this.crypto = crypto;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SuspectInCase> suspects(RegionScope scope) {
        return select(scope.condition(CASE_FILE.REGION_CODE));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SuspectInCase> suspect(long caseId, long personId) {
        return select(CASE_PERSON.CASE_ID.eq(caseId).and(CASE_PERSON.PERSON_ID.eq(personId))).stream()
                .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public String fingerprint(RegionScope scope) {
        Record r = db.select(
                        org.jooq.impl.DSL.count(),
                        org.jooq.impl.DSL.sum(CASE_PERSON.PERSON_ID),
                        org.jooq.impl.DSL.max(CASE_FILE.UPDATED_AT))
                .from(CASE_PERSON)
                .join(CASE_FILE)
                .on(CASE_FILE.ID.eq(CASE_PERSON.CASE_ID))
                .where(CASE_PERSON.ROLE.eq(PersonRole.SUSPECT.name()))
                .and(scope.condition(CASE_FILE.REGION_CODE))
                .fetchOne();
        return r == null ? "" : r.get(0) + ":" + r.get(1) + ":" + r.get(2);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TransitStop> transits(RegionScope scope) {
        List<TransitStop> out = new ArrayList<>();
        try (var cursor = db.select(
                        ROUTE_EVENT.CASE_ID, ROUTE_EVENT.REGION_CODE, ROUTE_EVENT.COUNTRY_ISO2, ROUTE_EVENT.PLACE_NAME)
                .from(ROUTE_EVENT)
                .join(CASE_FILE)
                .on(CASE_FILE.ID.eq(ROUTE_EVENT.CASE_ID))
                .where(ROUTE_EVENT.STAGE.eq("TRANSIT"))
                .and(scope.condition(CASE_FILE.REGION_CODE))
                .fetchSize(FETCH)
                .fetchLazy()) {
            for (Record r : cursor) {
                String where = r.get(ROUTE_EVENT.REGION_CODE) != null
                        ? r.get(ROUTE_EVENT.REGION_CODE)
                        : r.get(ROUTE_EVENT.COUNTRY_ISO2);
                String place = r.get(ROUTE_EVENT.PLACE_NAME);
                String name = place == null ? "" : place.strip().replaceAll("\\s+", " ");
                out.add(new TransitStop(
                        r.get(ROUTE_EVENT.CASE_ID),
                        where + "|" + name.toLowerCase(Locale.ROOT),
                        name.isEmpty() ? where : name + " (" + where + ")"));
            }
        }
        return out;
    }

    private List<SuspectInCase> select(Condition where) {
        List<SuspectInCase> out = new ArrayList<>();
        Map<Long, String> addressKeys = new HashMap<>();
        try (var cursor = db.select(
                        CASE_PERSON.PERSON_ID,
                        CASE_PERSON.CASE_ID,
                        CASE_FILE.CASE_NUMBER,
                        CASE_FILE.REGION_CODE,
                        PERSON.FULL_NAME,
                        PHONE.BLIND_INDEX,
                        ADDRESS.CIPHERTEXT)
                .from(CASE_PERSON)
                .join(CASE_FILE)
                .on(CASE_FILE.ID.eq(CASE_PERSON.CASE_ID))
                .join(PERSON)
                .on(PERSON.ID.eq(CASE_PERSON.PERSON_ID))
                .leftJoin(PHONE)
                .on(PHONE.PERSON_ID.eq(PERSON.ID).and(PHONE.KIND.eq(Identifiers.Kind.PHONE.name())))
                .leftJoin(ADDRESS)
                .on(ADDRESS.PERSON_ID.eq(PERSON.ID).and(ADDRESS.KIND.eq(Identifiers.Kind.ADDRESS.name())))
                .where(CASE_PERSON.ROLE.eq(PersonRole.SUSPECT.name()))
                .and(where)
                .fetchSize(FETCH)
                .fetchLazy()) {
            for (Record r : cursor) {
                long personId = r.get(CASE_PERSON.PERSON_ID);
                byte[] address = r.get(ADDRESS.CIPHERTEXT);
                String addressKey =
                        address == null ? null : addressKeys.computeIfAbsent(personId, id -> addressKey(id, address));
                out.add(new SuspectInCase(
                        personId,
                        r.get(CASE_PERSON.CASE_ID),
                        r.get(CASE_FILE.CASE_NUMBER),
                        r.get(CASE_FILE.REGION_CODE),
                        r.get(PERSON.FULL_NAME),
                        base64(r.get(PHONE.BLIND_INDEX)),
                        addressKey));
            }
        }
        return out;
    }

    private String addressKey(long personId, byte[] ciphertext) {
        String address = crypto.decrypt(ciphertext, "person:" + personId + ":" + Identifiers.Kind.ADDRESS.name());
        String normalised =
                Identifiers.normalise(Identifiers.Kind.ADDRESS, address).replaceAll("[.,]", "");
        return normalised.isBlank() ? null : base64(crypto.blindIndex(Identifiers.Kind.ADDRESS.name(), normalised));
    }

    private static String base64(byte[] b) {
        return b == null ? null : Base64.getEncoder().encodeToString(b);
    }
}
