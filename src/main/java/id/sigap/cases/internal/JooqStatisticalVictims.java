package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_ELEMENT;
import static id.sigap.cases.internal.db.Tables.CASE_FILE;
import static id.sigap.cases.internal.db.Tables.CASE_PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;

import id.sigap.cases.PersonRole;
import id.sigap.cases.StatisticalVictims;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Victim records of a year for published statistics: ids and codes only. */
@Service
class JooqStatisticalVictims implements StatisticalVictims {

    private final DSLContext db;

    JooqStatisticalVictims(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public List<VictimFact> ofYear(int year) {
        Condition inYear = inYear(year);
        Map<Long, Set<String>> purposes = new HashMap<>();
        db.select(CASE_ELEMENT.CASE_ID, CASE_ELEMENT.CODE)
                .from(CASE_ELEMENT)
                .join(CASE_FILE)
                .on(CASE_FILE.ID.eq(CASE_ELEMENT.CASE_ID))
                .where(inYear)
                .and(CASE_ELEMENT.LIST.eq("PURPOSE"))
                .forEach(r -> purposes.computeIfAbsent(r.value1(), k -> new HashSet<>())
                        .add(r.value2()));
        List<VictimFact> out = new ArrayList<>();
        db.select(
                        CASE_PERSON.PERSON_ID,
                        CASE_FILE.ID,
                        PERSON.SEX,
                        PERSON.BIRTH_DATE,
                        PERSON.ESTIMATED_AGE,
                        CASE_PERSON.CHILD,
                        CASE_FILE.PROVINCE_CODE,
                        CASE_FILE.OPENED_AT)
                .from(CASE_PERSON)
                .join(CASE_FILE)
                .on(CASE_FILE.ID.eq(CASE_PERSON.CASE_ID))
                .join(PERSON)
                .on(PERSON.ID.eq(CASE_PERSON.PERSON_ID))
                .where(inYear)
                .and(CASE_PERSON.ROLE.eq(PersonRole.VICTIM.name()))
                .orderBy(CASE_FILE.ID, CASE_PERSON.PERSON_ID)
                .forEach(r -> {
                    LocalDate opened =
                            r.value8().atZoneSameInstant(CaseRegister.WIB).toLocalDate();
                    Integer age = r.value4() != null
                            ? Integer.valueOf(Period.between(r.value4(), opened).getYears())
                            : r.value5() == null ? null : Integer.valueOf(r.value5());
                    out.add(new VictimFact(
                            r.value1(),
                            r.value2(),
                            r.value3(),
                            age,
                            Boolean.TRUE.equals(r.value6()),
                            r.value7(),
                            year,
                            purposes.getOrDefault(r.value2(), Set.of())));
                });
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<YearCount> casesByYear() {
        var range = db.select(min(CASE_FILE.OPENED_AT), max(CASE_FILE.OPENED_AT))
                .from(CASE_FILE)
                .fetchOne();
        List<YearCount> out = new ArrayList<>();
        if (range == null || range.value1() == null) {
            return out;
        }
        int first = range.value1().atZoneSameInstant(CaseRegister.WIB).getYear();
        int last = range.value2().atZoneSameInstant(CaseRegister.WIB).getYear();
        for (int y = first; y <= last; y++) {
            int cases = db.fetchCount(CASE_FILE, inYear(y));
            if (cases > 0) {
                out.add(new YearCount(y, cases));
            }
        }
        return out;
    }

    private static Condition inYear(int year) {
        var start = LocalDate.of(year, 1, 1).atStartOfDay(CaseRegister.WIB).toOffsetDateTime();
        var end = LocalDate.of(year + 1, 1, 1).atStartOfDay(CaseRegister.WIB).toOffsetDateTime();
        return CASE_FILE.OPENED_AT.ge(start).and(CASE_FILE.OPENED_AT.lt(end));
    }
}
