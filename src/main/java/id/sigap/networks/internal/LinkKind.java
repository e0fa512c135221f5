package id.sigap.networks.internal;

/**
 * What two suspects share. All kinds but {@link #TRANSIT} join suspects into one network; a transit point is shared
 * by thousands of unrelated cases (every boat through Batam), so it is only drawn between suspects already in one.
 */
public enum LinkKind {
    PHONE,
    ADDRESS,
    SOCIAL_MEDIA,
    BANK_ACCOUNT,
    COMPANY,
    VEHICLE,
    CASE,
    TRANSIT;

    public boolean joins() {
        return this != TRANSIT;
    }
}
