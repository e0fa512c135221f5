package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_FILE;
import static id.sigap.cases.internal.db.Tables.CASE_PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON_IDENTIFIER;

import id.sigap.cases.CaseFiles.PersonHint;
import id.sigap.cases.CaseFiles.PersonProbe;
import id.sigap.cases.internal.Identifiers.Kind;
import id.sigap.cases.internal.db.tables.records.PersonRecord;
import id.sigap.security.RegionScope;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Finding persons: by name (a bounded set of candidates from the name tokens of the scope's provinces, see
 * {@link NameTokens}, ranked by pg_trgm similarity on the normalised {@link NameKey}, aliases included) and exact by identifier through the
 * blind index. A person is visible when registered in a region of the scope, or linked to a
 * case whose region is in the scope.
 */
@Component
public class PersonSearch {

    private final DSLContext db;
    private final IdentifierCrypto crypto;
    private final NameTokens tokens;

    PersonSearch(DSLContext db, IdentifierCrypto crypto, NameTokens tokens) {
        this.db = db;
        this.crypto = crypto;
        this.tokens = tokens;
    }

    /**
     * Person rows found by name, best first, within {@code scope}. No exact total is counted: the page's
     * {@code totalElements} is what was seen so far plus one when more results follow (fetched as size + 1), so that
     * "next page" works without scanning every match. Only a bounded set of candidates is ranked ({@link NameTokens}):
     * a very common name ends after a few hundred results.
     */
    public Page<PersonRow> byName(String query, RegionScope scope, PageRequest page) {
        String key = NameKey.of(query);
        if (key.isEmpty() || scope.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        NameTokens.Candidates found = tokens.candidates(key, scope, page.offset() + page.size() + 1);
        if (found.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        List<PersonRow> rows = db.fetch(namePage(key, found, scope, page)).map(r -> PersonRow.of(r.into(PERSON)));
        return pageOf(rows, page);
    }

    /**
     * The page query of a name search: the visible persons among the candidates (not empty), those having every word
     * first, then by similarity; one row more than the page.
     */
    public static Select<Record> namePage(
            String key, NameTokens.Candidates found, RegionScope scope, PageRequest page) {
        Field<Double> score = score(key);
        List<SortField<?>> order = new ArrayList<>();
        if (found.exact().length > 0) {
            order.add(DSL.field(PERSON.ID.eq(DSL.any(found.exact()))).desc());
        }
        order.add(score.desc());
        order.add(PERSON.ID.asc());
        return DSL.select(PERSON.fields())
                .select(score)
                .from(PERSON)
                .where(PERSON.ID.in(visibleIds(nameMatch(found), scope)))
                .orderBy(order)
                .limit(page.size() + 1)
                .offset(page.offset());
    }

    /** Person rows whose identifier of {@code kind} equals {@code value} (after normalisation), within {@code scope}. */
    public Page<PersonRow> byIdentifier(Kind kind, String value, RegionScope scope, PageRequest page) {
        String normalised = Identifiers.normalise(kind, value);
        if (normalised.isEmpty() || scope.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        byte[] blind = crypto.blindIndex(kind.name(), normalised);
        List<PersonRow> rows =
                db.fetch(identifierPage(kind.name(), blind, scope, page)).map(r -> PersonRow.of(r.into(PERSON)));
        return pageOf(rows, page);
    }

    /** The page query of an exact identifier search by its blind index, one row more than the page. */
    public static Select<PersonRecord> identifierPage(
            String kind, byte[] blindIndex, RegionScope scope, PageRequest page) {
        return DSL.selectFrom(PERSON)
                .where(PERSON.ID.in(visibleIds(identifierMatch(kind, blindIndex), scope)))
                .orderBy(PERSON.ID)
                .limit(page.size() + 1)
                .offset(page.offset());
    }

    /**
     * Ids of persons matching {@code match} and visible to {@code scope}, as a UNION of the two ways to be visible:
     * registered in the scope (region index on person), or in a case of the scope (the candidates joined to their
     * cases). Each branch starts from the matching persons, so PostgreSQL never hashes all case links of the country
     * (an OR'ed EXISTS was planned as a hashed SubPlan over all of case_person).
     */
    static org.jooq.Select<org.jooq.Record1<Long>> visibleIds(Condition match, RegionScope scope) {
        var registered = DSL.select(PERSON.ID).from(PERSON).where(match).and(scope.condition(PERSON.REGION_CODE));
        if (scope.national()) {
            return registered;
        }
        return registered.union(DSL.select(PERSON.ID)
                .from(PERSON)
                .join(CASE_PERSON)
                .on(CASE_PERSON.PERSON_ID.eq(PERSON.ID))
                .join(CASE_FILE)
                .on(CASE_FILE.ID.eq(CASE_PERSON.CASE_ID))
                .where(match)
                .and(scope.condition(CASE_FILE.REGION_CODE)));
    }

    /** Whether the person is visible to the scope (the same rule as {@link #visibleIds}, for one id). */
    boolean visible(long personId, RegionScope scope) {
        return !scope.isEmpty() && db.fetchExists(visibleIds(PERSON.ID.eq(personId), scope));
    }

    private static Page<PersonRow> pageOf(List<PersonRow> fetched, PageRequest page) {
        boolean more = fetched.size() > page.size();
        List<PersonRow> rows = more ? fetched.subList(0, page.size()) : fetched;
        return new Page<>(rows, page.page(), page.size(), page.offset() + rows.size() + (more ? 1 : 0));
    }

    List<PersonHint> hints(PersonProbe probe, RegionScope scope, int limit) {
        Map<Long, PersonHint> best = new LinkedHashMap<>();
        if (probe.nik() != null && !probe.nik().isBlank()) {
            collect(best, identifierMatch(Kind.NIK, probe.nik()), DSL.inline(1.0), "nik", scope, limit);
        }
        if (probe.phone() != null && !probe.phone().isBlank()) {
            collect(best, identifierMatch(Kind.PHONE, probe.phone()), DSL.inline(0.95), "phone", scope, limit);
        }
        String key = NameKey.of(probe.name());
        Condition byName = key.isEmpty() ? null : nameMatch(key, scope, limit * 3);
        if (byName != null) {
            collect(best, byName, score(key), "name", scope, limit);
        }
        List<PersonHint> out = new ArrayList<>(best.values());
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out.subList(0, Math.min(limit, out.size()));
    }

    private void collect(
            Map<Long, PersonHint> best,
            Condition match,
            Field<Double> score,
            String matchedOn,
            RegionScope scope,
            int limit) {
        db.select(PERSON.ID, CASE_FILE.ID, CASE_FILE.CASE_NUMBER, PERSON.FULL_NAME, PERSON.REGION_CODE, score)
                .from(PERSON)
                .join(CASE_PERSON)
                .on(CASE_PERSON.PERSON_ID.eq(PERSON.ID))
                .join(CASE_FILE)
                .on(CASE_FILE.ID.eq(CASE_PERSON.CASE_ID))
                .where(match)
                .and(scope.condition(CASE_FILE.REGION_CODE))
                .orderBy(score.desc(), CASE_FILE.ID.desc())
                .limit(limit * 3)
                .forEach(r -> best.merge(
                        r.value1(),
                        new PersonHint(
                                r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), matchedOn, r.value6()),
                        (a, b) -> a.score() >= b.score() ? a : b));
    }

    private Condition identifierMatch(Kind kind, String value) {
        String normalised = Identifiers.normalise(kind, value);
        return identifierMatch(kind.name(), crypto.blindIndex(kind.name(), normalised));
    }

    private static Condition identifierMatch(String kind, byte[] blindIndex) {
        return DSL.exists(DSL.selectOne()
                .from(PERSON_IDENTIFIER)
                .where(PERSON_IDENTIFIER.PERSON_ID.eq(PERSON.ID))
                .and(PERSON_IDENTIFIER.KIND.eq(kind))
                .and(PERSON_IDENTIFIER.BLIND_INDEX.eq(blindIndex)));
    }

    /**
     * Persons matching the name key: the candidates of {@link NameTokens} (exact ones have every word, fuzzy ones
     * passed the trigram match already); null when there is none.
     */
    private Condition nameMatch(String key, RegionScope scope, int wanted) {
        NameTokens.Candidates found = tokens.candidates(key, scope, wanted);
        return found.isEmpty() ? null : nameMatch(found);
    }

    static Condition nameMatch(NameTokens.Candidates found) {
        Long[] all = new Long[found.exact().length + found.fuzzy().length];
        System.arraycopy(found.exact(), 0, all, 0, found.exact().length);
        System.arraycopy(found.fuzzy(), 0, all, found.exact().length, found.fuzzy().length);
        return PERSON.ID.eq(DSL.any(all));
    }

    private static Field<Double> score(String key) {
        Field<String> q = DSL.val(key);
        return DSL.greatest(
                        DSL.function("similarity", Double.class, PERSON.NAME_KEY, q),
                        DSL.coalesce(
                                DSL.function("word_similarity", Double.class, q, PERSON.ALIAS_KEY), DSL.inline(0.0)))
                .as("score");
    }
}
