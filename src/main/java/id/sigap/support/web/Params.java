package id.sigap.support.web;

import id.sigap.shared.SigapException;
import id.sigap.support.ConsentGiver;
import id.sigap.support.Outcome;
import id.sigap.support.ReferralStatus;
import id.sigap.support.ServiceType;
import id.sigap.support.internal.ReferralViews.Direction;

/** Request values named by code: blank is absent, an unknown code is a 422 with the field named. */
final class Params {

    private Params() {}

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static ReferralStatus status(String s) {
        return parse(ReferralStatus.class, s, "status", "referral.status-unknown");
    }

    static Direction direction(String s) {
        return parse(
                Direction.class,
                s == null ? null : s.toUpperCase(java.util.Locale.ROOT),
                "direction",
                "referral.direction-unknown");
    }

    static Outcome outcome(String s) {
        return parse(Outcome.class, s, "outcome", "service.outcome-unknown");
    }

    static ConsentGiver giver(String s) {
        return parse(ConsentGiver.class, s, "consentGivenBy", "referral.consent-giver-unknown");
    }

    static ServiceType service(String s) {
        return blank(s) == null ? null : ServiceType.parse(s, "service");
    }

    static <E extends Enum<E>> E parse(Class<E> type, String s, String field, String code) {
        String v = blank(s);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new SigapException.Invalid(field, code);
        }
    }
}
