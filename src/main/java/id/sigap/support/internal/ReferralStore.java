package id.sigap.support.internal;

import static id.sigap.support.internal.db.Tables.REFERRAL;

import id.sigap.shared.SigapException;
import id.sigap.support.ReferralStatus;
import id.sigap.support.internal.db.tables.records.ReferralRecord;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Referrals in {@code support.referral}; a transition is written only over the version it was decided on. */
@Component
class ReferralStore {

    private final DSLContext db;

    ReferralStore(DSLContext db) {
        this.db = db;
    }

    ReferralRecord newRecord() {
        return db.newRecord(REFERRAL);
    }

    /** The referral locked for a transition, or {@code referral.not-found} (404). */
    ReferralRecord lock(long id) {
        return db.selectFrom(REFERRAL)
                .where(REFERRAL.ID.eq(id))
                .forUpdate()
                .fetchOptional()
                .orElseThrow(() -> new SigapException.NotFound("referral.not-found"));
    }

    ReferralRecord require(long id) {
        return find(id).orElseThrow(() -> new SigapException.NotFound("referral.not-found"));
    }

    Optional<ReferralRecord> find(long id) {
        return db.selectFrom(REFERRAL).where(REFERRAL.ID.eq(id)).fetchOptional();
    }

    boolean openDuplicate(long caseId, long personId, String service, long toAgencyId) {
        return db.fetchExists(
                REFERRAL,
                REFERRAL.CASE_ID
                        .eq(caseId)
                        .and(REFERRAL.PERSON_ID.eq(personId))
                        .and(REFERRAL.SERVICE.eq(service))
                        .and(REFERRAL.TO_AGENCY_ID.eq(toAgencyId))
                        .and(REFERRAL.STATUS.in(ReferralStatus.REQUESTED.name(), ReferralStatus.ACCEPTED.name())));
    }

    /** Writes the new status (and what the step sets) if {@code expectedVersion} still holds; 409 otherwise. */
    void transition(
            ReferralRecord r,
            int expectedVersion,
            ReferralStatus next,
            long by,
            OffsetDateTime at,
            String rejectionReason) {
        var update =
                db.update(REFERRAL).set(REFERRAL.STATUS, next.name()).set(REFERRAL.VERSION, REFERRAL.VERSION.plus(1));
        if (next == ReferralStatus.ACCEPTED || next == ReferralStatus.REJECTED) {
            update = update.set(REFERRAL.DECIDED_BY, by).set(REFERRAL.DECIDED_AT, at);
        } else {
            update = update.set(REFERRAL.CLOSED_BY, by).set(REFERRAL.CLOSED_AT, at);
        }
        if (rejectionReason != null) {
            update = update.set(REFERRAL.REJECTION_REASON, rejectionReason);
        }
        int n = update.where(REFERRAL.ID.eq(r.getId()).and(REFERRAL.VERSION.eq(expectedVersion)))
                .execute();
        if (n != 1) {
            throw new SigapException.Conflict("referral.version-conflict");
        }
    }

    /** The persons of the case that accepted referrals sharing person data let {@code agencyId} see. */
    Set<Long> grantedPersons(long agencyId, long caseId) {
        return new HashSet<>(db.selectDistinct(REFERRAL.PERSON_ID)
                .from(REFERRAL)
                .where(REFERRAL.TO_AGENCY_ID.eq(agencyId))
                .and(REFERRAL.CASE_ID.eq(caseId))
                .and(REFERRAL.STATUS.eq(ReferralStatus.ACCEPTED.name()))
                .and(REFERRAL.SHARES_PERSON_DATA.isTrue())
                .and(REFERRAL.PERSON_ID.isNotNull())
                .fetch(REFERRAL.PERSON_ID));
    }
}
