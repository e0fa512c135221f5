package id.sigap.prevention.internal;

import static id.sigap.prevention.internal.db.Tables.INTERCEPTED_PERSON;
import static id.sigap.prevention.internal.db.Tables.RECRUITER;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CasePersons;
import id.sigap.cases.PersonRole;
import id.sigap.cases.RoleInProcess;
import id.sigap.cases.SensitiveValues;
import id.sigap.prevention.FollowUp;
import id.sigap.prevention.internal.db.tables.records.InterceptedPersonRecord;
import id.sigap.prevention.internal.db.tables.records.InterceptionRecord;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.Jakarta;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One step from an intercepted person to a case file: opens a case in the interception's region owned by the
 * officer's agency (its summary names the interception, the link back), registers the person there as a victim and
 * every recruiter or sponsor of the interception as a suspect (role recruiter), all through the cases module's API,
 * and marks the person's follow-up. All or nothing: a refusal by the cases module (e.g. the user may not write cases
 * there) rolls everything back.
 */
@Service
public class VictimIdentification {

    private final DSLContext db;
    private final Interceptions interceptions;
    private final CrossingPoints points;
    private final CaseFiles caseFiles;
    private final CasePersons casePersons;
    private final SensitiveValues sensitive;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    VictimIdentification(
            DSLContext db,
            Interceptions interceptions,
            CrossingPoints points,
            CaseFiles caseFiles,
            CasePersons casePersons,
            SensitiveValues sensitive,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.db = db;
        this.interceptions = interceptions;
        this.points = points;
        this.caseFiles = caseFiles;
        this.casePersons = casePersons;
        this.sensitive = sensitive;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public CaseFiles.OpenedCase identify(SigapUser user, long interceptionId, long personId, Integer version) {
        InterceptionRecord row = interceptions.writable(user, interceptionId);
        InterceptedPersonRecord p = db.selectFrom(INTERCEPTED_PERSON)
                .where(INTERCEPTED_PERSON.ID.eq(personId))
                .and(INTERCEPTED_PERSON.INTERCEPTION_ID.eq(interceptionId))
                .fetchOptional()
                .orElseThrow(() -> new SigapException.NotFound("prevention.person-not-found"));
        if (FollowUp.VICTIM.name().equals(p.getFollowUp())) {
            throw new SigapException.Conflict("prevention.already-victim");
        }
        if (p.getVersion() != Interceptions.requireVersion(version)) {
            throw new SigapException.Conflict("prevention.stale");
        }
        String place =
                points.find(row.getCrossingPointCode()).map(c -> c.name()).orElse(row.getCrossingPointCode());
        String summary = messages.getMessage(
                "prevention.case-summary",
                new Object[] {
                    String.valueOf(interceptionId),
                    place,
                    row.getInterceptedOn().toString()
                },
                LocaleContextHolder.getLocale());
        boolean abroad = row.getDestinationCountry() != null && !"ID".equals(row.getDestinationCountry());
        CaseFiles.OpenedCase opened = caseFiles.open(
                new CaseFiles.NewCase(user.agencyId(), row.getRegionCode(), summary, null, null, p.getChild(), abroad));
        casePersons.addToCase(
                user,
                opened.id(),
                new CasePersons.NewPerson(
                        p.getFullName(),
                        null,
                        p.getSex(),
                        p.getBirthDate(),
                        p.getEstimatedAge() == null ? null : p.getEstimatedAge().intValue(),
                        "ID",
                        null,
                        null,
                        null,
                        p.getOriginRegionCode(),
                        null,
                        null,
                        null,
                        null),
                PersonRole.VICTIM,
                null);
        for (var r : db.selectFrom(RECRUITER)
                .where(RECRUITER.INTERCEPTION_ID.eq(interceptionId))
                .orderBy(RECRUITER.ID)
                .fetch()) {
            String phone = r.getPhoneSealed() == null
                    ? null
                    : sensitive.open(r.getPhoneSealed(), Interceptions.phoneContext(r.getId()));
            casePersons.addToCase(
                    user,
                    opened.id(),
                    new CasePersons.NewPerson(
                            r.getFullName(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            r.getCompany(),
                            null,
                            null,
                            null,
                            null,
                            phone,
                            null),
                    PersonRole.SUSPECT,
                    RoleInProcess.RECRUITER);
        }
        db.update(INTERCEPTED_PERSON)
                .set(INTERCEPTED_PERSON.FOLLOW_UP, FollowUp.VICTIM.name())
                .set(INTERCEPTED_PERSON.FOLLOW_UP_ON, Jakarta.today(clock))
                .set(INTERCEPTED_PERSON.CASE_ID, opened.id())
                .set(INTERCEPTED_PERSON.CASE_NUMBER, opened.caseNumber())
                .set(INTERCEPTED_PERSON.UPDATED_AT, OffsetDateTime.now(clock))
                .set(INTERCEPTED_PERSON.VERSION, INTERCEPTED_PERSON.VERSION.plus(1))
                .where(INTERCEPTED_PERSON.ID.eq(personId))
                .execute();
        audit.updated(PreventionAccess.PERSON, personId, row.getRegionCode(), "follow_up:case:" + opened.id());
        return opened;
    }
}
