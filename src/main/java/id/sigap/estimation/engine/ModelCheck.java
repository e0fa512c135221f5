package id.sigap.estimation.engine;

/** Result of the existence and identifiability checks ({@code checkident}): 0 ok, 1 no MLE, 2 not identifiable, 3 both. */
public enum ModelCheck {
    OK(0),
    MLE_DOES_NOT_EXIST(1),
    NOT_IDENTIFIABLE(2),
    NEITHER(3);

    private final int code;

    ModelCheck(int code) {
        this.code = code;
    }

    /** The reference's {@code checkident} code. */
    public int code() {
        return code;
    }

    public boolean ok() {
        return this == OK;
    }

    static ModelCheck of(boolean exists, boolean identifiable) {
        return exists ? (identifiable ? OK : NOT_IDENTIFIABLE) : (identifiable ? MLE_DOES_NOT_EXIST : NEITHER);
    }
}
