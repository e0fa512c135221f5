package id.sigap.support;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal ground for sharing a person's data in a referral: recorded consent (who gave it, when, for what), or an
 * override for a child in danger with its reason (audited). {@link #problems} lists what is missing.
 */
public record Consent(ConsentGiver givenBy, LocalDate givenOn, String purpose, String overrideReason) {

    public static final int MAX_TEXT = 1000;
    public static final Consent NONE = new Consent(null, null, null, null);

    public Consent {
        purpose = clean(purpose);
        overrideReason = clean(overrideReason);
    }

    public boolean isOverride() {
        return overrideReason != null;
    }

    /** What stops this from allowing person data to be shared on {@code today}; empty when it allows it. */
    public List<FieldProblem> problems(LocalDate today, boolean personIsChild) {
        List<FieldProblem> out = new ArrayList<>();
        if (isOverride()) {
            if (!personIsChild) {
                out.add(new FieldProblem("overrideReason", "referral.override-child-only"));
            }
            if (overrideReason.length() > MAX_TEXT) {
                out.add(new FieldProblem("overrideReason", "referral.text-too-long", MAX_TEXT));
            }
            return out;
        }
        if (givenBy == null) {
            out.add(new FieldProblem("consentGivenBy", "referral.consent-required"));
        }
        if (givenOn == null) {
            out.add(new FieldProblem("consentGivenOn", "referral.consent-date-required"));
        } else if (givenOn.isAfter(today)) {
            out.add(new FieldProblem("consentGivenOn", "referral.consent-date-future"));
        }
        if (purpose == null) {
            out.add(new FieldProblem("consentPurpose", "referral.consent-purpose-required"));
        } else if (purpose.length() > MAX_TEXT) {
            out.add(new FieldProblem("consentPurpose", "referral.text-too-long", MAX_TEXT));
        }
        return out;
    }

    public void require(LocalDate today, boolean personIsChild) {
        List<FieldProblem> p = problems(today, personIsChild);
        if (!p.isEmpty()) {
            throw new SigapException.Invalid(p);
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
