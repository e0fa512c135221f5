package id.sigap.support;

import id.sigap.shared.SigapException;

/**
 * requested → accepted or rejected; accepted → done; requested or accepted → revoked by the sender. Rejected, done
 * and revoked are final. Any other step is refused ({@code referral.transition-invalid}, 409).
 */
public enum ReferralStatus {
    REQUESTED,
    ACCEPTED,
    REJECTED,
    DONE,
    REVOKED;

    public boolean isOpen() {
        return this == REQUESTED || this == ACCEPTED;
    }

    public ReferralStatus accept() {
        return step(this == REQUESTED, ACCEPTED);
    }

    public ReferralStatus reject() {
        return step(this == REQUESTED, REJECTED);
    }

    public ReferralStatus complete() {
        return step(this == ACCEPTED, DONE);
    }

    public ReferralStatus revoke() {
        return step(isOpen(), REVOKED);
    }

    public String labelKey() {
        return "support.referral.status." + name();
    }

    private static ReferralStatus step(boolean allowed, ReferralStatus next) {
        if (!allowed) {
            throw new SigapException.Conflict("referral.transition-invalid");
        }
        return next;
    }
}
