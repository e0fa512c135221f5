package id.sigap.bench;

/**
 * Public report submission, {@code POST /api/v1/reports} over loopback HTTP against Sigap in a 1 GB JVM (target: >=
 * 300 per second sustained for 60 s), with its JDBC baseline. Run: {@code ./sigap bench submission}.
 */
public final class SubmissionBenchmark {

    private SubmissionBenchmark() {}

    public static void main(String[] args) throws Exception {
        Harness.main("./sigap bench submission", true, false);
    }
}
