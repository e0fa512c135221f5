package id.sigap.bench;

/**
 * All the national-scale benchmarks in one start of Sigap (1 GB heap): report submission, search and case page with
 * 20 signed-in users, and the memory used through both. Run: {@code ./sigap bench national}, with the national
 * dataset in {@code /tmp/sigap-national} (or {@code SIGAP_DATA_DIR}); see docs/benchmarks.md.
 */
public final class NationalBenchmark {

    /** The benchmarks this one runs: a run of all benchmarks runs them once, here. */
    public static final String COVERS = "submission,search";

    private NationalBenchmark() {}

    public static void main(String[] args) throws Exception {
        Harness.main("./sigap bench national", true, true);
    }
}
