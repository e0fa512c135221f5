package id.sigap.estimation.engine;

/**
 * Why an estimate is refused. The code is the message key suffix ({@code error.estimation.<code>} in the bundles);
 * the English explanation is for the command line and logs (no personal data, only numbers).
 */
public enum Refusal {
    TOO_FEW_LISTS("too-few-lists", "At least 3 lists are needed; the data have %s."),
    TOO_MANY_LISTS("too-many-lists", "At most 10 lists are supported; the data have %s."),
    BAD_HEADER("bad-header", "The CSV needs one 0/1 column per list and a last column named count."),
    BAD_ROW("bad-row", "Row %s is not a 0/1 capture pattern with a whole-number count."),
    BAD_PATTERN("bad-pattern", "Row %s has the all-zero pattern or a pattern outside the lists."),
    NEGATIVE_COUNT("negative-count", "Row %s has a negative count."),
    NO_OBSERVATIONS("no-observations", "No case is recorded on any list."),
    MLE_DOES_NOT_EXIST(
            "mle-does-not-exist",
            "The maximum likelihood estimate does not exist for the model %s: the observed overlaps are too sparse"
                    + " (for example, lists that never share a case), so the unseen number would be infinite or"
                    + " undetermined. Merge lists or use a longer period."),
    NOT_IDENTIFIABLE(
            "not-identifiable",
            "The model %s is not identifiable on these data: too many capture patterns were never observed to"
                    + " estimate all its parameters. Merge lists or use a longer period."),
    UNSTABLE(
            "unstable",
            "The model fit did not converge to a finite estimate (%s); the data are too thin for a reliable number.");

    private final String code;
    private final String explanation;

    Refusal(String code, String explanation) {
        this.code = code;
        this.explanation = explanation;
    }

    /** The stable code, e.g. {@code estimation.mle-does-not-exist}. */
    public String code() {
        return "estimation." + code;
    }

    public String explain(Object... args) {
        return String.format(java.util.Locale.ROOT, explanation, args);
    }
}
