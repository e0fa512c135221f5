package id.sigap.support;

/** A referral as the sender enters it; {@code consent} matters only when {@code sharesPersonData}. */
public record NewReferral(
        Long personId, String service, Long toAgencyId, String reason, boolean sharesPersonData, Consent consent) {

    public NewReferral {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        consent = consent == null ? Consent.NONE : consent;
    }
}
