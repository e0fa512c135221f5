package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_ELEMENT;
import static id.sigap.cases.internal.db.Tables.CASE_FILE;
import static id.sigap.cases.internal.db.Tables.CASE_PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON;
import static id.sigap.cases.internal.db.Tables.VICTIM_RECRUITMENT;

import id.sigap.cases.CaseExchange;
import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import id.sigap.security.RegionScope;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases of a region subtree and year for exchange; identifiers decrypted only when asked for. */
@Service
class JooqCaseExchange implements CaseExchange {

    private final DSLContext db;
    private final PersonIdentifiers identifiers;

    JooqCaseExchange(DSLContext db, PersonIdentifiers identifiers) {
        this.db = db;
        this.identifiers = identifiers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExchangeCase> casesOf(String regionCode, int year, boolean withIdentifiers) {
        var start = LocalDate.of(year, 1, 1).atStartOfDay(CaseRegister.WIB).toOffsetDateTime();
        var end = LocalDate.of(year + 1, 1, 1).atStartOfDay(CaseRegister.WIB).toOffsetDateTime();
        var where = RegionScope.of(List.of(regionCode))
                .condition(CASE_FILE.REGION_CODE)
                .and(CASE_FILE.OPENED_AT.ge(start))
                .and(CASE_FILE.OPENED_AT.lt(end));
        Map<Long, org.jooq.Record> cases = new LinkedHashMap<>();
        db.select(
                        CASE_FILE.ID,
                        CASE_FILE.CASE_NUMBER,
                        CASE_FILE.REGION_CODE,
                        CASE_FILE.STATUS,
                        CASE_FILE.OPENED_AT,
                        CASE_FILE.CLOSED_AT)
                .from(CASE_FILE)
                .where(where)
                .orderBy(CASE_FILE.OPENED_AT, CASE_FILE.ID)
                .forEach(r -> cases.put(r.value1(), r));
        Map<Long, Set<String>> purposes = new HashMap<>();
        Map<Long, Set<String>> controls = new HashMap<>();
        db.select(CASE_ELEMENT.CASE_ID, CASE_ELEMENT.LIST, CASE_ELEMENT.CODE)
                .from(CASE_ELEMENT)
                .join(CASE_FILE)
                .on(CASE_FILE.ID.eq(CASE_ELEMENT.CASE_ID))
                .where(where)
                .and(CASE_ELEMENT.LIST.in("PURPOSE", "CONTROL"))
                .forEach(r -> (r.value2().equals("PURPOSE") ? purposes : controls)
                        .computeIfAbsent(r.value1(), k -> new HashSet<>())
                        .add(r.value3()));
        Map<Long, List<org.jooq.Record>> victimRows = new HashMap<>();
        List<Long> personIds = new ArrayList<>();
        db.select(
                        CASE_PERSON.CASE_ID,
                        PERSON.ID,
                        PERSON.SEX,
                        PERSON.BIRTH_DATE,
                        PERSON.ESTIMATED_AGE,
                        PERSON.NATIONALITY,
                        CASE_PERSON.CHILD,
                        PERSON.FULL_NAME,
                        VICTIM_RECRUITMENT.CHANNEL)
                .from(CASE_PERSON)
                .join(CASE_FILE)
                .on(CASE_FILE.ID.eq(CASE_PERSON.CASE_ID))
                .join(PERSON)
                .on(PERSON.ID.eq(CASE_PERSON.PERSON_ID))
                .leftJoin(VICTIM_RECRUITMENT)
                .on(VICTIM_RECRUITMENT
                        .CASE_ID
                        .eq(CASE_PERSON.CASE_ID)
                        .and(VICTIM_RECRUITMENT.PERSON_ID.eq(CASE_PERSON.PERSON_ID))
                        .and(VICTIM_RECRUITMENT.ROLE.eq(CASE_PERSON.ROLE)))
                .where(where)
                .and(CASE_PERSON.ROLE.eq(PersonRole.VICTIM.name()))
                .orderBy(CASE_PERSON.CASE_ID, PERSON.ID)
                .forEach(r -> {
                    victimRows
                            .computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(r);
                    personIds.add(r.value2());
                });
        Map<Long, CasePerson.Identities> ids = withIdentifiers ? identifiers.of(personIds, true) : Map.of();
        List<ExchangeCase> out = new ArrayList<>();
        for (var c : cases.values()) {
            long id = c.get(CASE_FILE.ID);
            LocalDate opened = c.get(CASE_FILE.OPENED_AT)
                    .atZoneSameInstant(CaseRegister.WIB)
                    .toLocalDate();
            var closedAt = c.get(CASE_FILE.CLOSED_AT);
            List<ExchangeVictim> victims = new ArrayList<>();
            for (var v : victimRows.getOrDefault(id, List.of())) {
                LocalDate born = v.get(PERSON.BIRTH_DATE);
                Short estimated = v.get(PERSON.ESTIMATED_AGE);
                Integer age = born != null
                        ? Integer.valueOf(Period.between(born, opened).getYears())
                        : estimated == null ? null : Integer.valueOf(estimated);
                Identity identity = null;
                if (withIdentifiers) {
                    var i = ids.get(v.get(PERSON.ID));
                    identity = new Identity(v.get(PERSON.FULL_NAME), born, i.nik(), i.phone());
                }
                victims.add(new ExchangeVictim(
                        v.get(PERSON.ID),
                        v.get(PERSON.SEX),
                        age,
                        v.get(PERSON.NATIONALITY),
                        Boolean.TRUE.equals(v.get(CASE_PERSON.CHILD)),
                        identity,
                        v.get(VICTIM_RECRUITMENT.CHANNEL)));
            }
            out.add(new ExchangeCase(
                    id,
                    c.get(CASE_FILE.CASE_NUMBER),
                    c.get(CASE_FILE.REGION_CODE),
                    CaseStatus.valueOf(c.get(CASE_FILE.STATUS)),
                    opened,
                    closedAt == null
                            ? null
                            : closedAt.atZoneSameInstant(CaseRegister.WIB).toLocalDate(),
                    purposes.getOrDefault(id, Set.of()),
                    controls.getOrDefault(id, Set.of()),
                    victims));
        }
        return out;
    }
}
