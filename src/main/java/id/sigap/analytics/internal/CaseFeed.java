package id.sigap.analytics.internal;

import static id.sigap.analytics.internal.db.Tables.CASE_FACT;
import static id.sigap.analytics.internal.db.Tables.SUSPECT_FACT;
import static id.sigap.analytics.internal.db.Tables.VICTIM_FACT;

import id.sigap.analytics.internal.PersonKeys.Subject;
import id.sigap.cases.CaseFacts.CaseFact;
import id.sigap.cases.CaseFacts.SuspectFact;
import id.sigap.cases.CaseFacts.VictimFact;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Writes the facts of a batch of cases (replacing what was there), keys their victims and marks again which record
 * counts each affected person. Returns the tally cells (year, regency) whose figures may have changed.
 */
@Component
class CaseFeed {

    private final DSLContext db;
    private final PersonKeys keys;

    CaseFeed(DSLContext db, PersonKeys keys) {
        this.db = db;
        this.keys = keys;
    }

    Set<Cell> write(List<CaseFact> facts) {
        List<Long> ids = facts.stream().map(CaseFact::caseId).toList();
        Set<Cell> cells = new HashSet<>();
        Set<Long> affectedKeys = new HashSet<>();
        // only cases already in the fact layer have old facts to replace (none during the first fill)
        List<Long> known = new java.util.ArrayList<>();
        db.select(CASE_FACT.CASE_ID, CASE_FACT.YEAR, CASE_FACT.REGENCY_CODE)
                .from(CASE_FACT)
                .where(CASE_FACT.CASE_ID.in(ids))
                .forEach(r -> {
                    known.add(r.value1());
                    cells.add(new Cell(r.value2(), r.value3()));
                });
        if (!known.isEmpty()) {
            affectedKeys.addAll(db.selectDistinct(VICTIM_FACT.PERSON_KEY)
                    .from(VICTIM_FACT)
                    .where(VICTIM_FACT.CASE_ID.in(known))
                    .fetch(r -> r.value1()));
            db.deleteFrom(VICTIM_FACT).where(VICTIM_FACT.CASE_ID.in(known)).execute();
            db.deleteFrom(SUSPECT_FACT).where(SUSPECT_FACT.CASE_ID.in(known)).execute();
            db.deleteFrom(CASE_FACT).where(CASE_FACT.CASE_ID.in(known)).execute();
        }
        var resolved = keys.resolve(facts.stream()
                .flatMap(f -> f.victims().stream())
                .map(v -> new Subject(v.personId(), v.nikIndex()))
                .toList());
        affectedKeys.addAll(resolved.mergedAway());
        List<Query> inserts = new ArrayList<>();
        for (CaseFact f : facts) {
            String regency = Groups.regency(f.regionCode());
            String province = Groups.province(f.regionCode());
            int year = f.openedOn().getYear();
            cells.add(new Cell(year, regency));
            boolean late = f.firstEventOn() != null
                    && ChronoUnit.DAYS.between(f.firstEventOn(), f.openedOn()) > Groups.LATE_ENTRY_DAYS;
            inserts.add(db.insertInto(CASE_FACT)
                    .set(CASE_FACT.CASE_ID, f.caseId())
                    .set(CASE_FACT.REGION_CODE, f.regionCode())
                    .set(CASE_FACT.PROVINCE_CODE, province)
                    .set(CASE_FACT.REGENCY_CODE, regency)
                    .set(CASE_FACT.OPENED_ON, f.openedOn())
                    .set(CASE_FACT.YEAR, year)
                    .set(CASE_FACT.REPORTS, f.reports())
                    .set(CASE_FACT.LATE_ENTRY, late)
                    .set(CASE_FACT.MISSING_FORM, f.forms().isEmpty())
                    .set(CASE_FACT.MISSING_MODUS, f.modus().isEmpty()));
            String stage = f.suspects().stream()
                    .map(SuspectFact::stage)
                    .max(Enum::compareTo)
                    .map(Enum::name)
                    .orElse("NONE");
            for (VictimFact v : f.victims()) {
                long key = resolved.keyOf().get(v.personId());
                affectedKeys.add(key);
                inserts.add(db.insertInto(VICTIM_FACT)
                        .set(VICTIM_FACT.CASE_ID, f.caseId())
                        .set(VICTIM_FACT.PERSON_ID, v.personId())
                        .set(VICTIM_FACT.PERSON_KEY, key)
                        .set(VICTIM_FACT.REGENCY_CODE, regency)
                        .set(VICTIM_FACT.PROVINCE_CODE, province)
                        .set(VICTIM_FACT.OPENED_ON, f.openedOn())
                        .set(VICTIM_FACT.YEAR, year)
                        .set(VICTIM_FACT.SEX, v.sex())
                        .set(VICTIM_FACT.AGE_GROUP, Groups.ageGroup(v.sex(), v.ageAtCase(), v.child()))
                        .set(VICTIM_FACT.NATIONALITY, v.nationality())
                        .set(
                                VICTIM_FACT.ORIGIN_PROVINCE,
                                v.originRegionCode() == null ? null : Groups.province(v.originRegionCode()))
                        .set(VICTIM_FACT.FORMS, f.forms().toArray(String[]::new))
                        .set(VICTIM_FACT.MODUS, f.modus().toArray(String[]::new))
                        .set(VICTIM_FACT.DESTINATION, f.destinationCountry())
                        .set(VICTIM_FACT.STAGE, stage)
                        .set(VICTIM_FACT.RECRUITMENT_CHANNEL, v.recruitmentChannel())
                        .set(VICTIM_FACT.COUNTED, false));
            }
            for (SuspectFact s : f.suspects()) {
                inserts.add(db.insertInto(SUSPECT_FACT)
                        .set(SUSPECT_FACT.CASE_ID, f.caseId())
                        .set(SUSPECT_FACT.PERSON_ID, s.personId())
                        .set(SUSPECT_FACT.REGENCY_CODE, regency)
                        .set(SUSPECT_FACT.YEAR, year)
                        .set(SUSPECT_FACT.ROLE_IN_PROCESS, s.roleInProcess())
                        .set(SUSPECT_FACT.STAGE, s.stage().name())
                        .set(SUSPECT_FACT.CONVICTED, s.convicted())
                        .set(SUSPECT_FACT.PRISON_MONTHS, s.prisonMonths())
                        .set(SUSPECT_FACT.RESTITUTION_ORDERED, s.restitutionOrdered())
                        .set(SUSPECT_FACT.RESTITUTION_PAID, s.restitutionPaid())
                        .set(SUSPECT_FACT.SEX, s.sex())
                        .set(SUSPECT_FACT.NATIONALITY, s.nationality())
                        .onConflictDoNothing());
            }
        }
        db.batch(inserts).execute();
        cells.addAll(recount(affectedKeys));
        return cells;
    }

    /**
     * Marks, for each person key, the one record that counts the person: the earliest case (opening date, then case
     * and person id). Returns the cells of every record of these keys.
     */
    private Set<Cell> recount(Set<Long> personKeys) {
        Set<Cell> cells = new HashSet<>();
        if (personKeys.isEmpty()) {
            return cells;
        }
        var v = VICTIM_FACT;
        var first = db.selectDistinct(v.PERSON_KEY, v.CASE_ID, v.PERSON_ID)
                .on(v.PERSON_KEY)
                .from(v)
                .where(v.PERSON_KEY.in(personKeys))
                .orderBy(v.PERSON_KEY, v.OPENED_ON, v.CASE_ID, v.PERSON_ID)
                .asTable("first");
        var isFirst = DSL.row(v.CASE_ID, v.PERSON_ID).eq(DSL.row(first.field(v.CASE_ID), first.field(v.PERSON_ID)));
        db.update(v)
                .set(v.COUNTED, DSL.field(isFirst))
                .from(first)
                .where(v.PERSON_KEY.eq(first.field(v.PERSON_KEY)))
                .and(v.COUNTED.ne(DSL.field(isFirst)))
                .execute();
        db.selectDistinct(v.YEAR, v.REGENCY_CODE)
                .from(v)
                .where(v.PERSON_KEY.in(personKeys))
                .forEach(r -> cells.add(new Cell(r.value1(), r.value2())));
        return cells;
    }
}
