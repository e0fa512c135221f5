package id.sigap.estimation.engine;

/** Options of an estimate: selection method and threshold, interval, bootstrap size and seed, confidence level. */
public record EstimateOptions(
        Method method, IntervalType interval, double pthresh, int replicates, long seed, double level) {

    public static final int DEFAULT_REPLICATES = 1000;
    public static final long DEFAULT_SEED = 1234;

    public EstimateOptions {
        if (method == null || interval == null) {
            throw new IllegalArgumentException("method and interval are required");
        }
        if (!(pthresh >= 0 && pthresh <= 1)) {
            throw new IllegalArgumentException("pthresh must be in [0, 1]");
        }
        if (replicates < 10 || replicates > 100_000) {
            throw new IllegalArgumentException("replicates must be between 10 and 100000");
        }
        if (!(level > 0.5 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0.5, 1)");
        }
    }

    public static EstimateOptions defaults() {
        return of(Method.STEPWISE, IntervalType.BCA);
    }

    public static EstimateOptions of(Method method, IntervalType interval) {
        return new EstimateOptions(
                method, interval, ModelSelection.DEFAULT_PTHRESH, DEFAULT_REPLICATES, DEFAULT_SEED, 0.95);
    }

    public EstimateOptions withReplicates(int b) {
        return new EstimateOptions(method, interval, pthresh, b, seed, level);
    }

    public EstimateOptions withSeed(long s) {
        return new EstimateOptions(method, interval, pthresh, replicates, s, level);
    }
}
