package id.sigap.organization;

/** A member agency's role in a task force. Which roles a region uses varies (domain-reference §1.6). */
public enum MemberRole {
    PENGARAH,
    KETUA,
    KETUA_I,
    KETUA_II,
    KETUA_HARIAN,
    SEKRETARIS,
    ANGGOTA;

    public String labelKey() {
        return "taskforce.role." + name();
    }
}
