package id.sigap.dataimport.internal;

/** The file cannot be read at all (broken zip, not XLSX, CSV in another encoding); {@code code} says why. */
class UnreadableFile extends RuntimeException {

    private final String code;

    UnreadableFile(String code, Throwable cause) {
        super(code, cause, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
