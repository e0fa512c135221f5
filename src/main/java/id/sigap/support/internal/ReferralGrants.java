package id.sigap.support.internal;

import id.sigap.cases.AccessGrants;
import org.springframework.stereotype.Component;

/**
 * Tells the cases module which agencies read a case through a referral: the receiving agency of an accepted referral
 * that shares person data, from acceptance until it is done or revoked (checked on every request, so it ends at once).
 */
@Component
class ReferralGrants implements AccessGrants {

    private final ReferralStore store;

    ReferralGrants(ReferralStore store) {
        this.store = store;
    }

    @Override
    public boolean grantsCase(long agencyId, long caseId) {
        return store.grants(agencyId, caseId);
    }
}
