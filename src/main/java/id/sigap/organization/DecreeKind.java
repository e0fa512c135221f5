package id.sigap.organization;

/** The kind of instrument that forms a task force (Perpres for the national one, Pergub/Perbup/Perwal or a decree). */
public enum DecreeKind {
    PERPRES,
    PERGUB,
    PERBUP,
    PERWAL,
    KEPUTUSAN;

    public String labelKey() {
        return "taskforce.decree-kind." + name();
    }
}
