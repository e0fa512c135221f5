package id.sigap.synthetic;

import java.util.Optional;
import java.util.OptionalLong;

/** The synthetic data generator: the module's API (used by the {@code generate} command and the demo data). */
public interface SyntheticData {

    /**
     * Generates {@code cases} case files from {@code seed} into the database, batch by batch, each batch in its own
     * transaction. A finished run of the same seed and size is not loaded again (the run is returned as it is); an
     * interrupted one resumes at its next batch; a run of the same seed with another size is refused
     * ({@code synthetic.seed-used}, 409).
     */
    GeneratorRun generate(int cases, long seed, Progress progress);

    Optional<GeneratorRun> run(long seed);

    /**
     * The hidden truth key: the number of the invented person behind person record {@code personId} (records with
     * the same number in the same run are the same person), empty for records the generator did not write.
     */
    OptionalLong truePerson(long personId);

    /** Told after every batch. */
    @FunctionalInterface
    interface Progress {

        Progress NONE = (done, total, rows) -> {};

        void advanced(int casesDone, int casesTotal, long rowsWritten);
    }
}
