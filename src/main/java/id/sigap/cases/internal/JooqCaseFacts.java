package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_ELEMENT;
import static id.sigap.cases.internal.db.Tables.CASE_FILE;
import static id.sigap.cases.internal.db.Tables.CASE_PERSON;
import static id.sigap.cases.internal.db.Tables.CASE_REPORT;
import static id.sigap.cases.internal.db.Tables.JUSTICE_TRACK;
import static id.sigap.cases.internal.db.Tables.PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON_IDENTIFIER;
import static id.sigap.cases.internal.db.Tables.ROUTE_EVENT;
import static id.sigap.cases.internal.db.Tables.VICTIM_RECRUITMENT;

import id.sigap.cases.CaseFacts;
import id.sigap.cases.PersonRole;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Case facts for statistics: a handful of set queries per batch of cases, ids and codes only. */
@Service
class JooqCaseFacts implements CaseFacts {

    private final DSLContext db;
    private final SuspectFacts justice;

    JooqCaseFacts(DSLContext db, SuspectFacts justice) {
        this.db = db;
        this.justice = justice;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> changedSince(OffsetDateTime since, long afterCaseId) {
        TreeSet<Long> ids = new TreeSet<>();
        ids.addAll(db.select(CASE_FILE.ID)
                .from(CASE_FILE)
                .where(CASE_FILE.UPDATED_AT.ge(since).or(CASE_FILE.ID.gt(afterCaseId)))
                .fetch(r -> r.value1()));
        ids.addAll(db.selectDistinct(CASE_PERSON.CASE_ID)
                .from(CASE_PERSON)
                .join(PERSON)
                .on(PERSON.ID.eq(CASE_PERSON.PERSON_ID))
                .where(PERSON.UPDATED_AT.ge(since).or(CASE_PERSON.ADDED_AT.ge(since)))
                .fetch(r -> r.value1()));
        ids.addAll(db.selectDistinct(JUSTICE_TRACK.CASE_ID)
                .from(JUSTICE_TRACK)
                .where(JUSTICE_TRACK.UPDATED_AT.ge(since))
                .fetch(r -> r.value1()));
        return List.copyOf(ids);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseFact> facts(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> forms = new HashMap<>();
        Map<Long, List<String>> modus = new HashMap<>();
        db.select(CASE_ELEMENT.CASE_ID, CASE_ELEMENT.LIST, CASE_ELEMENT.CODE)
                .from(CASE_ELEMENT)
                .where(CASE_ELEMENT.CASE_ID.in(caseIds))
                .and(CASE_ELEMENT.LIST.in("PURPOSE", "MODUS"))
                .orderBy(CASE_ELEMENT.CASE_ID, CASE_ELEMENT.CODE)
                .forEach(r -> ("PURPOSE".equals(r.value2()) ? forms : modus)
                        .computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(r.value3()));
        Map<Long, String> destination = new HashMap<>();
        Map<Long, LocalDate> firstEvent = new HashMap<>();
        db.select(ROUTE_EVENT.CASE_ID, ROUTE_EVENT.STAGE, ROUTE_EVENT.EVENT_DATE, ROUTE_EVENT.COUNTRY_ISO2)
                .from(ROUTE_EVENT)
                .where(ROUTE_EVENT.CASE_ID.in(caseIds))
                .orderBy(ROUTE_EVENT.CASE_ID, ROUTE_EVENT.EVENT_DATE.asc().nullsLast(), ROUTE_EVENT.ID)
                .forEach(r -> {
                    if (r.value4() != null && "EXPLOITATION".equals(r.value2())) {
                        destination.putIfAbsent(r.value1(), r.value4());
                    }
                    if (r.value3() != null) {
                        firstEvent.putIfAbsent(r.value1(), r.value3());
                    }
                });
        Map<Long, Integer> reports = new HashMap<>();
        db.select(CASE_REPORT.CASE_ID, DSL.count())
                .from(CASE_REPORT)
                .where(CASE_REPORT.CASE_ID.in(caseIds))
                .groupBy(CASE_REPORT.CASE_ID)
                .forEach(r -> reports.put(r.value1(), r.value2()));
        Map<Long, OffsetDateTime> changed = new HashMap<>();
        Map<Long, List<VictimFact>> victims = new HashMap<>();
        Map<Long, Map<Long, String>> suspects = new HashMap<>();
        Map<Long, String[]> suspectPersons = new HashMap<>();
        Map<Long, LocalDate> opened = new HashMap<>();
        var cases = db.select(CASE_FILE.ID, CASE_FILE.REGION_CODE, CASE_FILE.OPENED_AT, CASE_FILE.UPDATED_AT)
                .from(CASE_FILE)
                .where(CASE_FILE.ID.in(caseIds))
                .orderBy(CASE_FILE.ID)
                .fetch();
        cases.forEach(c -> {
            opened.put(
                    c.value1(), c.value3().atZoneSameInstant(CaseRegister.WIB).toLocalDate());
            changed.put(c.value1(), c.value4());
        });
        var nik = PERSON_IDENTIFIER.as("nik");
        db.select(
                        CASE_PERSON.CASE_ID,
                        CASE_PERSON.PERSON_ID,
                        CASE_PERSON.ROLE,
                        CASE_PERSON.ROLE_IN_PROCESS,
                        CASE_PERSON.CHILD,
                        PERSON.SEX,
                        PERSON.BIRTH_DATE,
                        PERSON.ESTIMATED_AGE,
                        PERSON.NATIONALITY,
                        PERSON.REGION_CODE,
                        nik.BLIND_INDEX,
                        PERSON.UPDATED_AT,
                        CASE_PERSON.ADDED_AT,
                        VICTIM_RECRUITMENT.CHANNEL)
                .from(CASE_PERSON)
                .join(PERSON)
                .on(PERSON.ID.eq(CASE_PERSON.PERSON_ID))
                .leftJoin(nik)
                .on(nik.PERSON_ID.eq(PERSON.ID).and(nik.KIND.eq(Identifiers.Kind.NIK.name())))
                .leftJoin(VICTIM_RECRUITMENT)
                .on(VICTIM_RECRUITMENT
                        .CASE_ID
                        .eq(CASE_PERSON.CASE_ID)
                        .and(VICTIM_RECRUITMENT.PERSON_ID.eq(CASE_PERSON.PERSON_ID))
                        .and(VICTIM_RECRUITMENT.ROLE.eq(CASE_PERSON.ROLE)))
                .where(CASE_PERSON.CASE_ID.in(caseIds))
                .and(CASE_PERSON.ROLE.in(PersonRole.VICTIM.name(), PersonRole.SUSPECT.name()))
                .orderBy(CASE_PERSON.CASE_ID, CASE_PERSON.PERSON_ID)
                .forEach(r -> {
                    long caseId = r.value1();
                    changed.merge(caseId, later(r.value12(), r.value13()), JooqCaseFacts::later);
                    if (PersonRole.SUSPECT.name().equals(r.value3())) {
                        suspects.computeIfAbsent(caseId, k -> new java.util.LinkedHashMap<>())
                                .put(r.value2(), r.value4());
                        suspectPersons.put(r.value2(), new String[] {r.value6(), r.value9()});
                        return;
                    }
                    LocalDate on = opened.get(caseId);
                    Integer age = r.value7() != null && on != null
                            ? Integer.valueOf(Period.between(r.value7(), on).getYears())
                            : r.value8() == null ? null : r.value8().intValue();
                    victims.computeIfAbsent(caseId, k -> new ArrayList<>())
                            .add(new VictimFact(
                                    r.value2(),
                                    r.value6(),
                                    age,
                                    Boolean.TRUE.equals(r.value5()),
                                    r.value9(),
                                    r.value10(),
                                    r.value11() == null
                                            ? null
                                            : Base64.getEncoder().encodeToString(r.value11()),
                                    r.value14()));
                });
        Map<Long, List<SuspectFact>> tracks = justice.suspects(caseIds, suspects, suspectPersons, changed);
        return cases.stream()
                .map(c -> new CaseFact(
                        c.value1(),
                        c.value2(),
                        opened.get(c.value1()),
                        forms.getOrDefault(c.value1(), List.of()),
                        modus.getOrDefault(c.value1(), List.of()),
                        destination.get(c.value1()),
                        firstEvent.get(c.value1()),
                        reports.getOrDefault(c.value1(), 0),
                        victims.getOrDefault(c.value1(), List.of()),
                        tracks.getOrDefault(c.value1(), List.of()),
                        changed.get(c.value1())))
                .toList();
    }

    static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
