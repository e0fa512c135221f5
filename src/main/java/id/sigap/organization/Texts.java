package id.sigap.organization;

/** Input text normalisation shared by the module's commands. */
final class Texts {

    private Texts() {}

    /** Trimmed text with inner runs of white space collapsed, or null when blank. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
