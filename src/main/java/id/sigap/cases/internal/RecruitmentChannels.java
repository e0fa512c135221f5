package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_FILE;
import static id.sigap.cases.internal.db.Tables.CASE_PERSON;
import static id.sigap.cases.internal.db.Tables.CODE_ITEM;
import static id.sigap.cases.internal.db.Tables.VICTIM_RECRUITMENT;

import id.sigap.cases.PersonRole;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recruitment channel of each victim in a case: one code of the configurable CHANNEL list (family, calo/sponsor,
 * social media ...), or none when not yet recorded. Changing it touches the case file so the statistics pick it up.
 */
@Service
public class RecruitmentChannels {

    public static final String LIST = "CHANNEL";

    private final DSLContext db;
    private final CaseRegister cases;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    RecruitmentChannels(DSLContext db, CaseRegister cases, CaseAccess access, AuditTrail audit, Clock clock) {
        this.db = db;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The active channel codes in order, labelled in {@code locale}. */
    public List<CaseElements.Item> codes(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return db.selectFrom(CODE_ITEM)
                .where(CODE_ITEM.LIST.eq(LIST).and(CODE_ITEM.ACTIVE))
                .orderBy(CODE_ITEM.SORT_ORDER, CODE_ITEM.CODE)
                .fetch(r -> new CaseElements.Item(r.getCode(), english ? r.getLabelEn() : r.getLabelId()));
    }

    /** Whether {@code code} is an active channel code. */
    public boolean known(String code) {
        return code != null && db.fetchExists(CODE_ITEM, CODE_ITEM.LIST.eq(LIST).and(CODE_ITEM.CODE.eq(code)));
    }

    /** Refuses a channel (if given) that is unknown or for a role other than victim; nothing is saved. */
    public void check(String code, PersonRole role) {
        if (code != null && !known(code)) {
            throw new SigapException.Invalid("recruitmentChannel", "case.channel-unknown");
        }
        if (code != null && role != PersonRole.VICTIM) {
            throw new SigapException.Invalid("recruitmentChannel", "case.channel-victims-only");
        }
    }

    /** The channel of each victim of the case that has one, by person id. */
    public Map<Long, String> of(long caseId) {
        return of(List.of(caseId)).getOrDefault(caseId, Map.of());
    }

    /** The channels of the victims of the given cases: case id → person id → code. */
    public Map<Long, Map<Long, String>> of(Collection<Long> caseIds) {
        Map<Long, Map<Long, String>> out = new HashMap<>();
        db.selectFrom(VICTIM_RECRUITMENT)
                .where(VICTIM_RECRUITMENT.CASE_ID.in(caseIds))
                .forEach(r ->
                        out.computeIfAbsent(r.getCaseId(), k -> new HashMap<>()).put(r.getPersonId(), r.getChannel()));
        return out;
    }

    /**
     * Sets (or, with a blank code, clears) the channel of a victim of the case. Refused unless the user may write the
     * case; an unknown code or a person who is not a victim of the case is invalid and nothing is saved.
     */
    @Transactional
    public void set(SigapUser user, long caseId, long personId, String code) {
        CaseRow c = cases.find(caseId);
        access.requireWrite(user, c.regionCode(), CaseAccess.CASE, caseId);
        String chosen = code == null || code.isBlank() ? null : code.strip();
        if (chosen != null && !known(chosen)) {
            throw new SigapException.Invalid("recruitmentChannel", "case.channel-unknown");
        }
        boolean victim = db.fetchExists(
                CASE_PERSON,
                CASE_PERSON
                        .CASE_ID
                        .eq(caseId)
                        .and(CASE_PERSON.PERSON_ID.eq(personId))
                        .and(CASE_PERSON.ROLE.eq(PersonRole.VICTIM.name())));
        if (!victim) {
            throw new SigapException.Invalid("recruitmentChannel", "case.channel-victims-only");
        }
        if (chosen == null) {
            db.deleteFrom(VICTIM_RECRUITMENT)
                    .where(VICTIM_RECRUITMENT.CASE_ID.eq(caseId).and(VICTIM_RECRUITMENT.PERSON_ID.eq(personId)))
                    .execute();
        } else {
            db.insertInto(VICTIM_RECRUITMENT)
                    .set(VICTIM_RECRUITMENT.CASE_ID, caseId)
                    .set(VICTIM_RECRUITMENT.PERSON_ID, personId)
                    .set(VICTIM_RECRUITMENT.CHANNEL, chosen)
                    .onConflict(VICTIM_RECRUITMENT.CASE_ID, VICTIM_RECRUITMENT.PERSON_ID)
                    .doUpdate()
                    .set(VICTIM_RECRUITMENT.CHANNEL, chosen)
                    .execute();
        }
        db.update(CASE_FILE)
                .set(CASE_FILE.UPDATED_AT, OffsetDateTime.now(clock))
                .where(CASE_FILE.ID.eq(caseId))
                .execute();
        audit.updated(CaseAccess.CASE, caseId, c.regionCode(), "recruitmentChannel");
    }
}
