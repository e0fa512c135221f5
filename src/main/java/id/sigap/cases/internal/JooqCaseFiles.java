package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_FILE;
import static id.sigap.cases.internal.db.Tables.CASE_NOTE;
import static id.sigap.cases.internal.db.Tables.CASE_PERSON;
import static id.sigap.cases.internal.db.Tables.CASE_REPORT;
import static id.sigap.cases.internal.db.Tables.PERSON;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import id.sigap.organization.Agencies;
import id.sigap.region.Regions;
import id.sigap.security.AuditTrail;
import id.sigap.security.CurrentUser;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JooqCaseFiles implements CaseFiles {

    static final int MAX_SUMMARY = 4000;

    private final DSLContext db;
    private final CaseNumbers numbers;
    private final Regions regions;
    private final Agencies agencies;
    private final AuditTrail audit;
    private final CurrentUser current;
    private final PersonSearch persons;
    private final Clock clock;
    private final CaseAccess access;

    JooqCaseFiles(
            DSLContext db,
            CaseNumbers numbers,
            Regions regions,
            Agencies agencies,
            AuditTrail audit,
            CurrentUser current,
            PersonSearch persons,
            Clock clock,
            CaseAccess access) {
        this.access = access;
        this.db = db;
        this.numbers = numbers;
        this.regions = regions;
        this.agencies = agencies;
        this.audit = audit;
        this.current = current;
        this.persons = persons;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OpenedCase open(NewCase c) {
        regions.require(c.regionCode(), "regionCode");
        if (agencies.find(c.owningAgencyId()).isEmpty()) {
            throw new SigapException.Invalid("owningAgencyId", "case.agency-unknown");
        }
        if (c.summary() != null && c.summary().length() > MAX_SUMMARY) {
            throw new SigapException.Invalid("summary", "case.summary-too-long", MAX_SUMMARY);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String number = numbers.next(c.regionCode(), now.getYear());
        Long userId = current.get().map(SigapUser::id).filter(id -> id > 0).orElse(null);
        long id = db.insertInto(CASE_FILE)
                .set(CASE_FILE.CASE_NUMBER, number)
                .set(CASE_FILE.OWNING_AGENCY_ID, c.owningAgencyId())
                .set(CASE_FILE.REGION_CODE, c.regionCode())
                .set(CASE_FILE.PROVINCE_CODE, c.regionCode().substring(0, 2))
                .set(CASE_FILE.STATUS, CaseStatus.OPEN.name())
                .set(CASE_FILE.SUMMARY, blankToNull(c.summary()))
                .set(CASE_FILE.CHILD_INVOLVED, c.childInvolved())
                .set(CASE_FILE.ABROAD, c.abroad())
                .set(CASE_FILE.OPENED_AT, now)
                .set(CASE_FILE.ASSIGNED_CASE_WORKER_ID, c.assignedCaseWorkerId())
                .set(CASE_FILE.CREATED_BY, userId)
                .set(CASE_FILE.UPDATED_AT, now)
                .returning(CASE_FILE.ID)
                .fetchSingle(CASE_FILE.ID);
        db.insertInto(CASE_NOTE)
                .set(CASE_NOTE.CASE_ID, id)
                .set(CASE_NOTE.KIND, "STATUS")
                .set(CASE_NOTE.BODY, CaseStatus.OPEN.name())
                .set(CASE_NOTE.AUTHOR_ID, userId)
                .set(
                        CASE_NOTE.AUTHOR_NAME,
                        current.get().map(SigapUser::displayName).orElse(null))
                .set(CASE_NOTE.CREATED_AT, now)
                .execute();
        audit.created(CaseAccess.CASE, id, c.regionCode());
        if (c.reportId() != null) {
            attachReport(id, c.reportId());
        }
        return new OpenedCase(id, number);
    }

    @Override
    @Transactional
    public void attachReport(long caseId, long reportId) {
        CaseSummary summary = summary(caseId).orElseThrow(() -> new SigapException.NotFound("case.not-found"));
        int inserted = db.insertInto(CASE_REPORT)
                .set(CASE_REPORT.CASE_ID, caseId)
                .set(CASE_REPORT.REPORT_ID, reportId)
                .set(CASE_REPORT.ATTACHED_AT, OffsetDateTime.now(clock))
                .set(
                        CASE_REPORT.ATTACHED_BY,
                        current.get().map(SigapUser::id).filter(id -> id > 0).orElse(null))
                .onConflictDoNothing()
                .execute();
        if (inserted > 0) {
            audit.updated(CaseAccess.CASE, caseId, summary.regionCode(), "report:" + reportId);
        }
    }

    @Override
    public Optional<CaseSummary> summary(long caseId) {
        return db.select(
                        CASE_FILE.ID,
                        CASE_FILE.CASE_NUMBER,
                        CASE_FILE.REGION_CODE,
                        CASE_FILE.OWNING_AGENCY_ID,
                        CASE_FILE.STATUS)
                .from(CASE_FILE)
                .where(CASE_FILE.ID.eq(caseId))
                .fetchOptional(r -> new CaseSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    @Override
    public List<PersonHint> similarPersons(PersonProbe probe, RegionScope scope, int limit) {
        return persons.hints(probe, scope, Math.max(1, Math.min(limit, 50)));
    }

    @Override
    public CaseSummary requireReadable(SigapUser user, long caseId) {
        CaseSummary c = summary(caseId).orElseThrow(() -> new SigapException.NotFound("case.not-found"));
        access.requireRead(user, c.regionCode(), c.owningAgencyId(), caseId);
        return c;
    }

    @Override
    public boolean mayWrite(SigapUser user, long caseId) {
        return summary(caseId).map(c -> access.mayWrite(user, c.regionCode())).orElse(false);
    }

    @Override
    public List<CasePersonRef> persons(long caseId, PersonRole... roles) {
        var wanted = Arrays.stream(roles).map(Enum::name).toList();
        return db.select(PERSON.ID, CASE_PERSON.ROLE, CASE_PERSON.CHILD, PERSON.FULL_NAME, PERSON.REGION_CODE)
                .from(CASE_PERSON)
                .join(PERSON)
                .on(PERSON.ID.eq(CASE_PERSON.PERSON_ID))
                .where(CASE_PERSON.CASE_ID.eq(caseId))
                .and(wanted.isEmpty() ? org.jooq.impl.DSL.trueCondition() : CASE_PERSON.ROLE.in(wanted))
                .orderBy(CASE_PERSON.ROLE, PERSON.FULL_NAME)
                .fetch(r -> new CasePersonRef(
                        r.value1(), PersonRole.valueOf(r.value2()), r.value3(), r.value4(), r.value5()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
