package id.sigap.synthetic;

/** A run of the generator: {@code status} RUNNING (interrupted or in progress) or DONE. */
public record GeneratorRun(
        long id, long seed, int cases, int batchSize, int batchesDone, long persons, String status, Double seconds) {

    public boolean done() {
        return "DONE".equals(status);
    }
}
