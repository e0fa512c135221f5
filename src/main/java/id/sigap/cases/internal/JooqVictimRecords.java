package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_FILE;
import static id.sigap.cases.internal.db.Tables.CASE_PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON;

import id.sigap.cases.PersonRole;
import id.sigap.cases.VictimRecords;
import id.sigap.security.RegionScope;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Victim records of a region subtree and period: person id and registering agency only. */
@Service
class JooqVictimRecords implements VictimRecords {

    private final DSLContext db;

    JooqVictimRecords(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public List<VictimRecord> inRegion(String regionCode, LocalDate from, LocalDate to) {
        var start = from.atStartOfDay(CaseRegister.WIB).toOffsetDateTime();
        var end = to.plusDays(1).atStartOfDay(CaseRegister.WIB).toOffsetDateTime();
        return db.selectDistinct(PERSON.ID, PERSON.REGISTERING_AGENCY_ID)
                .from(CASE_PERSON)
                .join(CASE_FILE)
                .on(CASE_FILE.ID.eq(CASE_PERSON.CASE_ID))
                .join(PERSON)
                .on(PERSON.ID.eq(CASE_PERSON.PERSON_ID))
                .where(CASE_PERSON.ROLE.eq(PersonRole.VICTIM.name()))
                .and(RegionScope.of(List.of(regionCode)).condition(CASE_FILE.REGION_CODE))
                .and(CASE_FILE.OPENED_AT.ge(start))
                .and(CASE_FILE.OPENED_AT.lt(end))
                .orderBy(PERSON.ID)
                .fetch(r -> new VictimRecord(r.value1(), r.value2()));
    }
}
