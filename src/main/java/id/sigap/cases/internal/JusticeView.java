package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_PERSON;
import static id.sigap.cases.internal.db.Tables.CHARGE_SUGGESTION;
import static id.sigap.cases.internal.db.Tables.JUSTICE_APPEAL;
import static id.sigap.cases.internal.db.Tables.JUSTICE_CHARGE;
import static id.sigap.cases.internal.db.Tables.JUSTICE_RESTITUTION;
import static id.sigap.cases.internal.db.Tables.JUSTICE_TRACK;
import static id.sigap.cases.internal.db.Tables.PERSON;

import id.sigap.cases.PersonRole;
import id.sigap.cases.internal.db.tables.records.JusticeTrackRecord;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/** Reads the criminal-justice chain of every suspect of a case, for anyone who may read the case. */
@Service
public class JusticeView {

    private final DSLContext db;
    private final CaseRegister cases;
    private final CaseAccess access;
    private final AuditTrail audit;

    JusticeView(DSLContext db, CaseRegister cases, CaseAccess access, AuditTrail audit) {
        this.db = db;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
    }

    public record Named(long id, String name) {}

    public record Charge(String law, String article) {}

    public record Restitution(long victimPersonId, Long demanded, Long ordered, Long paid) {}

    public record Appeal(String level, LocalDate date, String outcome) {}

    /** One suspect's chain; {@code trackId} is null while no police report is recorded. */
    public record Track(
            Named suspect,
            Long trackId,
            String lpNumber,
            Long policeAgencyId,
            LocalDate reportDate,
            LocalDate investigationStart,
            String investigationStatus,
            List<Charge> charges,
            LocalDate prosecutionDate,
            String prosecutorOffice,
            LocalDate verdictDate,
            String court,
            Integer prisonMonths,
            Long fine,
            Integer substituteDetentionMonths,
            List<Restitution> restitution,
            List<Appeal> appeals,
            Integer version) {}

    public record Chain(long caseId, List<Track> suspects, List<Named> victims) {}

    public Chain of(SigapUser user, long caseId) {
        CaseRow c = cases.find(caseId);
        access.requireRead(user, c.regionCode(), c.owningAgencyId(), caseId);
        List<Track> tracks = persons(caseId, PersonRole.SUSPECT).stream()
                .map(s -> track(caseId, s))
                .toList();
        tracks.stream()
                .filter(t -> t.trackId() != null)
                .forEach(t -> audit.read(JusticeChain.OBJECT, t.trackId(), c.regionCode()));
        return new Chain(caseId, tracks, persons(caseId, PersonRole.VICTIM));
    }

    /** Suggested (law, article) pairs, kept as data. */
    public List<Charge> suggestions() {
        return db.selectFrom(CHARGE_SUGGESTION)
                .orderBy(CHARGE_SUGGESTION.SORT)
                .fetch(r -> new Charge(r.getLaw(), r.getArticle()));
    }

    private List<Named> persons(long caseId, PersonRole role) {
        return db.select(PERSON.ID, PERSON.FULL_NAME)
                .from(CASE_PERSON)
                .join(PERSON)
                .on(PERSON.ID.eq(CASE_PERSON.PERSON_ID))
                .where(CASE_PERSON.CASE_ID.eq(caseId).and(CASE_PERSON.ROLE.eq(role.name())))
                .orderBy(PERSON.FULL_NAME, PERSON.ID)
                .fetch(r -> new Named(r.value1(), r.value2()));
    }

    private Track track(long caseId, Named suspect) {
        JusticeTrackRecord t = db.fetchOne(
                JUSTICE_TRACK, JUSTICE_TRACK.CASE_ID.eq(caseId).and(JUSTICE_TRACK.PERSON_ID.eq(suspect.id())));
        if (t == null) {
            return new Track(
                    suspect, null, null, null, null, null, null, List.of(), null, null, null, null, null, null, null,
                    List.of(), List.of(), null);
        }
        List<Charge> charges = db.selectFrom(JUSTICE_CHARGE)
                .where(JUSTICE_CHARGE.TRACK_ID.eq(t.getId()))
                .orderBy(JUSTICE_CHARGE.ID)
                .fetch(r -> new Charge(r.getLaw(), r.getArticle()));
        List<Restitution> restitution = db.selectFrom(JUSTICE_RESTITUTION)
                .where(JUSTICE_RESTITUTION.TRACK_ID.eq(t.getId()))
                .orderBy(JUSTICE_RESTITUTION.VICTIM_PERSON_ID)
                .fetch(r -> new Restitution(r.getVictimPersonId(), r.getDemanded(), r.getOrdered(), r.getPaid()));
        List<Appeal> appeals = db.selectFrom(JUSTICE_APPEAL)
                .where(JUSTICE_APPEAL.TRACK_ID.eq(t.getId()))
                .orderBy(JUSTICE_APPEAL.APPEAL_DATE, JUSTICE_APPEAL.ID)
                .fetch(r -> new Appeal(r.getLevel(), r.getAppealDate(), r.getOutcome()));
        return new Track(
                suspect,
                t.getId(),
                t.getLpNumber(),
                t.getPoliceAgencyId(),
                t.getReportDate(),
                t.getInvestigationStart(),
                t.getInvestigationStatus(),
                charges,
                t.getProsecutionDate(),
                t.getProsecutorOffice(),
                t.getVerdictDate(),
                t.getCourt(),
                t.getPrisonMonths(),
                t.getFine(),
                t.getSubstituteDetentionMonths(),
                restitution,
                appeals,
                t.getVersion());
    }
}
