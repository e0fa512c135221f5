package id.sigap.linkage.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A Fellegi–Sunter model: for every field and agreement level the probability {@code m} of that level among pairs of
 * records of one person and {@code u} among pairs of different persons, and the share {@code lambda} of matches among
 * the compared pairs. A pair's match weight is the sum of log2(m/u) over the fields both records have; missing
 * fields weigh nothing. Parameters come from {@link ExpectationMaximisation}, not from hand.
 *
 * <p>Pairs are decided on {@link #score}, not on the bare {@link #probability}. First, a field that disagrees never
 * weighs for a match there ({@link #decisionWeight}): EM without labels may take namesakes for the match class.
 * Second, the model assumes the fields
 * independent given the match status, and so adds up birth date, sex and place as if each were fresh evidence. For
 * two different persons who share a given name, a birth date and a regency ("Johana Nope" and "Johana Tefa", born the
 * same day in Kupang) those agreements outweigh a surname that is plainly another, and the pair would be linked. A
 * clear disagreement of either name (level 0: not a typo, an old spelling, a nickname or a piece of the other, in the
 * order of the names that fits best) therefore needs evidence beyond birth date, sex and region (an agreeing NIK,
 * passport, phone, address or extra field) to be linked; without it the pair scores at most {@link #UNDECIDED},
 * below the match threshold and above the review threshold, so it goes to a reviewer instead. Third, a pair with
 * nothing but names, sex and region to go on (no birth date that agrees, no identifier, no address or extra field)
 * is never linked automatically either: a fifth of the national register has an age instead of a birth date, and
 * two women called Magdalena in one village are not one woman on that alone.
 */
public record FellegiSunter(Fields fields, double lambda, double[][] m, double[][] u) {

    /** The per-field weight of a comparison, for the review screen: which fields agree and how much each weighs. */
    public record FieldWeight(String field, int level, int levels, double weight) {}

    public double weight(int field, int level) {
        return Math.log(m[field][level] / u[field][level]) / Math.log(2);
    }

    /** The match weight of an encoded comparison, without the prior. */
    public double weight(long vector) {
        double w = 0;
        for (int f = 0; f < m.length; f++) {
            int level = Fields.level(vector, f);
            if (level >= 0) {
                w += weight(f, level);
            }
        }
        return w;
    }

    /** The prior log-odds of a match among compared pairs, in bits. */
    public double priorWeight() {
        return Math.log(lambda / (1 - lambda)) / Math.log(2);
    }

    /** The probability that the pair is one person, given its comparison. */
    public double probability(long vector) {
        return probabilityOfWeight(weight(vector) + priorWeight());
    }

    /** The score of a pair whose names clearly disagree on the word of date, sex and place alone: a reviewer's call. */
    public static final double UNDECIDED = 0.5;

    /** The traits many different persons share: they may confirm a pair, not carry it over a name that disagrees. */
    private static final int[] SHARED_TRAITS = {
        Fields.Core.BIRTH_DATE.ordinal(), Fields.Core.SEX.ordinal(), Fields.Core.REGION.ordinal()
    };

    /**
     * The probability a pair is decided on: {@link #probability} with no weight above 0 for a field that disagrees
     * ({@link #decisionWeight}), and at most {@link #UNDECIDED} when a name clearly
     * disagrees and the other evidence (the prior, the names, NIK, phone, passport, address and extra fields: all
     * but the agreement of birth date, sex and region) does not make the pair at least as likely one person as not.
     * See the class comment. EM estimates with the bare probability.
     */
    public double score(long vector) {
        double total = priorWeight();
        double shared = 0;
        double beyondNames = 0;
        for (int f = 0; f < m.length; f++) {
            int level = Fields.level(vector, f);
            if (level >= 0) {
                double w = decisionWeight(f, level);
                total += w;
                shared += isSharedTrait(f) ? Math.max(0, w) : 0;
                beyondNames += isNameOrPlace(f) ? 0 : Math.max(0, w);
            }
        }
        double p = probabilityOfWeight(total);
        if (p <= UNDECIDED) {
            return p;
        }
        if (beyondNames <= 0) {
            return UNDECIDED; // names, sex and place only: two namesakes of one village look the same
        }
        return !namesConflict(vector) || total - shared >= 0 ? p : UNDECIDED;
    }

    /** Names, sex and region: what two namesakes of one village share. */
    private static boolean isNameOrPlace(int field) {
        return field == Fields.Core.GIVEN_NAME.ordinal()
                || field == Fields.Core.SURNAME.ordinal()
                || field == Fields.Core.SEX.ordinal()
                || field == Fields.Core.REGION.ordinal();
    }

    /**
     * A field's weight as pairs are decided: a field that disagrees (level 0) never speaks for a match. EM without
     * labels can settle on a "match" class of namesakes (on the national dataset it gave a differing birth date +4.7
     * bits and a differing NIK about 0), and a disagreement must not then carry a pair over the threshold.
     */
    double decisionWeight(int field, int level) {
        double w = weight(field, level);
        return level == 0 ? Math.min(0, w) : w;
    }

    private static boolean isSharedTrait(int field) {
        for (int f : SHARED_TRAITS) {
            if (f == field) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the model speaks of one person: in no field does the top agreement level weigh against a match or level 0
     * for it. EM without labels can settle on another class that candidate pairs share (relatives: one surname and
     * village, a differing birth date weighing for the "match"); such a model is not used to link. A level never seen
     * in the data weighs 0 and is no objection.
     */
    public boolean coherent() {
        for (int f = 0; f < m.length; f++) {
            int top = m[f].length - 1;
            if (weight(f, top) < 0 || weight(f, 0) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the model has the fields and levels of {@code fields} (so that its weights apply to their vectors). */
    public boolean fits(Fields fields) {
        if (!fields.equals(this.fields) || m.length != fields.count() || u.length != fields.count()) {
            return false;
        }
        for (int f = 0; f < fields.count(); f++) {
            if (m[f].length != fields.levels(f) || u[f].length != fields.levels(f)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the given names or the surnames, both present, clearly disagree (level 0). */
    public static boolean namesConflict(long vector) {
        return Fields.level(vector, Fields.Core.GIVEN_NAME.ordinal()) == 0
                || Fields.level(vector, Fields.Core.SURNAME.ordinal()) == 0;
    }

    public static double probabilityOfWeight(double bits) {
        return 1 / (1 + Math.pow(2, -bits));
    }

    public List<FieldWeight> explain(long vector) {
        List<FieldWeight> out = new ArrayList<>();
        for (int f = 0; f < m.length; f++) {
            int level = Fields.level(vector, f);
            if (level >= 0) {
                out.add(new FieldWeight(fields.name(f), level, fields.levels(f), weight(f, level)));
            }
        }
        return out;
    }
}
