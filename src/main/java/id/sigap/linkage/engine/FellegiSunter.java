package id.sigap.linkage.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A Fellegi–Sunter model: for every field and agreement level the probability {@code m} of that level among pairs of
 * records of one person and {@code u} among pairs of different persons, and the share {@code lambda} of matches among
 * the compared pairs. A pair's match weight is the sum of log2(m/u) over the fields both records have; missing
 * fields weigh nothing. Parameters come from {@link ExpectationMaximisation}, not from hand.
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
