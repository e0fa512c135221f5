package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_PERSON;
import static id.sigap.cases.internal.db.Tables.JUSTICE_APPEAL;
import static id.sigap.cases.internal.db.Tables.JUSTICE_CHARGE;
import static id.sigap.cases.internal.db.Tables.JUSTICE_RESTITUTION;
import static id.sigap.cases.internal.db.Tables.JUSTICE_TRACK;

import id.sigap.cases.PersonRole;
import id.sigap.cases.internal.db.tables.records.JusticeTrackRecord;
import id.sigap.organization.Agencies;
import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the criminal-justice chain of a suspect: report and investigation, charges, prosecution, verdict, appeals.
 * Only investigators whose scope covers the case region may write; every write is audited. Stages keep their order:
 * charges and prosecution need a police report, a verdict needs a prosecution, an appeal needs a verdict.
 */
@Service
public class JusticeChain {

    public static final String OBJECT = "justice";

    private final DSLContext db;
    private final CaseRegister cases;
    private final AccessPolicy policy;
    private final Agencies agencies;
    private final AuditTrail audit;
    private final Clock clock;

    JusticeChain(
            DSLContext db, CaseRegister cases, AccessPolicy policy, Agencies agencies, AuditTrail audit, Clock clock) {
        this.db = db;
        this.cases = cases;
        this.policy = policy;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean mayWrite(SigapUser user, String regionCode) {
        return policy.allows(user, regionCode, Role.INVESTIGATOR);
    }

    @Transactional
    public long recordReport(SigapUser user, long caseId, long personId, JusticeInput.Report r) {
        CaseRow c = writable(user, caseId);
        suspect(caseId, personId);
        JusticeInput.check(r, today());
        if (agencies.find(r.policeAgencyId()).isEmpty()) {
            throw new SigapException.Invalid("policeAgencyId", "justice.police-unit-unknown");
        }
        JusticeTrackRecord t = track(caseId, personId);
        current(t, r.version());
        if (t == null) {
            t = db.newRecord(JUSTICE_TRACK);
            t.setCaseId(caseId);
            t.setPersonId(personId);
        } else {
            t.setVersion(t.getVersion() + 1);
        }
        t.setLpNumber(r.lpNumber().strip());
        t.setPoliceAgencyId(r.policeAgencyId());
        t.setReportDate(r.reportDate());
        t.setInvestigationStart(r.investigationStart());
        t.setInvestigationStatus(r.investigationStatus());
        t.setUpdatedAt(OffsetDateTime.now(clock));
        try {
            t.store();
        } catch (DuplicateKeyException e) {
            // someone else recorded the first police report of this suspect at the same moment
            throw new SigapException.Conflict("justice.stale");
        }
        audit.updated(OBJECT, t.getId(), c.regionCode(), "report");
        return t.getId();
    }

    @Transactional
    public long addCharge(SigapUser user, long caseId, long personId, JusticeInput.Charge charge) {
        CaseRow c = writable(user, caseId);
        JusticeInput.Charge n = charge.normalised();
        JusticeInput.check(n);
        JusticeTrackRecord t = reported(caseId, personId);
        long id = db.insertInto(JUSTICE_CHARGE)
                .set(JUSTICE_CHARGE.TRACK_ID, t.getId())
                .set(JUSTICE_CHARGE.LAW, n.law())
                .set(JUSTICE_CHARGE.ARTICLE, n.article())
                .onConflictDoNothing()
                .returning(JUSTICE_CHARGE.ID)
                .fetchOptional(JUSTICE_CHARGE.ID)
                .orElseThrow(() -> new SigapException.Conflict("justice.charge-duplicate"));
        audit.updated(OBJECT, t.getId(), c.regionCode(), "charge:+" + id);
        return id;
    }

    @Transactional
    public void recordProsecution(SigapUser user, long caseId, long personId, JusticeInput.Prosecution p) {
        CaseRow c = writable(user, caseId);
        JusticeInput.check(p, today());
        JusticeTrackRecord t = reported(caseId, personId);
        current(t, p.version());
        if (p.date().isBefore(t.getReportDate())) {
            throw new SigapException.Invalid("date", "justice.prosecution-before-report");
        }
        t.setProsecutionDate(p.date());
        t.setProsecutorOffice(p.prosecutorOffice().strip());
        save(t, c, "prosecution");
    }

    @Transactional
    public void recordVerdict(SigapUser user, long caseId, long personId, JusticeInput.Verdict v) {
        CaseRow c = writable(user, caseId);
        JusticeInput.check(v, today());
        JusticeTrackRecord t = reported(caseId, personId);
        current(t, v.version());
        if (t.getProsecutionDate() == null) {
            throw new SigapException.Invalid("date", "justice.verdict-before-prosecution");
        }
        if (v.date().isBefore(t.getProsecutionDate())) {
            throw new SigapException.Invalid("date", "justice.verdict-before-prosecution-date");
        }
        if (v.victimPersonId() != null && !inRole(caseId, v.victimPersonId(), PersonRole.VICTIM)) {
            throw new SigapException.Invalid("victimPersonId", "justice.victim-unknown");
        }
        t.setVerdictDate(v.date());
        t.setCourt(v.court().strip());
        t.setPrisonMonths(v.prisonMonths());
        t.setFine(v.fine());
        t.setSubstituteDetentionMonths(v.substituteDetentionMonths());
        save(t, c, "verdict");
        if (v.victimPersonId() != null) {
            db.insertInto(JUSTICE_RESTITUTION)
                    .set(JUSTICE_RESTITUTION.TRACK_ID, t.getId())
                    .set(JUSTICE_RESTITUTION.VICTIM_PERSON_ID, v.victimPersonId())
                    .set(JUSTICE_RESTITUTION.DEMANDED, v.restitutionDemanded())
                    .set(JUSTICE_RESTITUTION.ORDERED, v.restitutionOrdered())
                    .set(JUSTICE_RESTITUTION.PAID, v.restitutionPaid())
                    .onConflict(JUSTICE_RESTITUTION.TRACK_ID, JUSTICE_RESTITUTION.VICTIM_PERSON_ID)
                    .doUpdate()
                    .set(JUSTICE_RESTITUTION.DEMANDED, v.restitutionDemanded())
                    .set(JUSTICE_RESTITUTION.ORDERED, v.restitutionOrdered())
                    .set(JUSTICE_RESTITUTION.PAID, v.restitutionPaid())
                    .execute();
        }
    }

    @Transactional
    public long addAppeal(SigapUser user, long caseId, long personId, JusticeInput.Appeal a) {
        CaseRow c = writable(user, caseId);
        JusticeInput.check(a, today());
        JusticeTrackRecord t = reported(caseId, personId);
        if (t.getVerdictDate() == null) {
            throw new SigapException.Conflict("justice.appeal-before-verdict");
        }
        long id = db.insertInto(JUSTICE_APPEAL)
                .set(JUSTICE_APPEAL.TRACK_ID, t.getId())
                .set(JUSTICE_APPEAL.LEVEL, a.level())
                .set(JUSTICE_APPEAL.APPEAL_DATE, a.date())
                .set(JUSTICE_APPEAL.OUTCOME, a.outcome() == null || a.outcome().isBlank() ? null : a.outcome())
                .returning(JUSTICE_APPEAL.ID)
                .fetchSingle(JUSTICE_APPEAL.ID);
        audit.updated(OBJECT, t.getId(), c.regionCode(), "appeal:+" + id);
        return id;
    }

    /** Refuses (403, audited) unless the user is an investigator whose scope covers the case region. */
    public void requireWrite(SigapUser user, long caseId) {
        writable(user, caseId);
    }

    private CaseRow writable(SigapUser user, long caseId) {
        CaseRow c = cases.find(caseId);
        policy.require(user, c.regionCode(), CaseAccess.CASE, String.valueOf(caseId), Role.INVESTIGATOR);
        return c;
    }

    private void save(JusticeTrackRecord t, CaseRow c, String what) {
        t.setVersion(t.getVersion() + 1);
        t.setUpdatedAt(OffsetDateTime.now(clock));
        t.store();
        audit.updated(OBJECT, t.getId(), c.regionCode(), what);
    }

    /**
     * Optimistic locking: the writer must have seen the track as it is now (its version; null when there was none).
     * The row is locked by {@link #track}, so the comparison holds until the transaction ends.
     */
    private static void current(JusticeTrackRecord t, Integer seen) {
        Integer now = t == null ? null : t.getVersion();
        if (!Objects.equals(now, seen)) {
            throw new SigapException.Conflict("justice.stale");
        }
    }

    private void suspect(long caseId, long personId) {
        if (!inRole(caseId, personId, PersonRole.SUSPECT)) {
            throw new SigapException.NotFound("justice.suspect-not-found");
        }
    }

    private boolean inRole(long caseId, long personId, PersonRole role) {
        return db.fetchExists(CASE_PERSON.where(CASE_PERSON
                .CASE_ID
                .eq(caseId)
                .and(CASE_PERSON.PERSON_ID.eq(personId))
                .and(CASE_PERSON.ROLE.eq(role.name()))));
    }

    private JusticeTrackRecord track(long caseId, long personId) {
        return db.selectFrom(JUSTICE_TRACK)
                .where(JUSTICE_TRACK.CASE_ID.eq(caseId).and(JUSTICE_TRACK.PERSON_ID.eq(personId)))
                .forUpdate()
                .fetchOne();
    }

    private JusticeTrackRecord reported(long caseId, long personId) {
        suspect(caseId, personId);
        JusticeTrackRecord t = track(caseId, personId);
        if (t == null) {
            throw new SigapException.Conflict("justice.report-required");
        }
        return t;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
