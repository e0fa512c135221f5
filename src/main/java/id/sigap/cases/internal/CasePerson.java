package id.sigap.cases.internal;

import id.sigap.cases.PersonRole;
import id.sigap.cases.RoleInProcess;

/**
 * A person in a case with their role; identifiers are clear or masked depending on who asks; a victim's recruitment
 * channel (a CHANNEL code, null when not recorded or not a victim).
 */
public record CasePerson(
        PersonRow person,
        PersonRole role,
        RoleInProcess roleInProcess,
        boolean child,
        Identities identifiers,
        String recruitmentChannel) {

    /** NIK, passport, phone, address: as decrypted, or masked. */
    public record Identities(String nik, String passport, String phone, String address) {}
}
