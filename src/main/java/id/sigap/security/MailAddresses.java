package id.sigap.security;

import java.util.List;

/**
 * E-mail addresses of enabled staff accounts, for notifications sent by other modules (never shown to users, never
 * logged). Accounts without an address are left out.
 */
public interface MailAddresses {

    /** Accounts of {@code agencyId} holding any of {@code roles}. */
    List<String> ofAgency(long agencyId, Role... roles);

    /** Accounts holding any of {@code roles} at a scope that covers {@code regionCode} (national grants included). */
    List<String> covering(String regionCode, Role... roles);
}
