package id.sigap.bench;

/**
 * Name search within a province (p95 <= 100 ms), exact NIK search (p95 <= 20 ms) and the case page (p95 <= 50 ms)
 * with 20 signed-in users over loopback HTTP against Sigap in a 1 GB JVM, with JDBC baselines. Run:
 * {@code ./sigap bench search}.
 */
public final class SearchBenchmark {

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Harness.main("./sigap bench search", false, true);
    }
}
