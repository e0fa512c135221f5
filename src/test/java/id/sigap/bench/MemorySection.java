package id.sigap.bench;

import java.util.List;

/** The memory section: the national dataset served with a 1 GB heap through all the benchmarks' load. */
final class MemorySection {

    private MemorySection() {}

    static String of(Harness.Context ctx, HeapFigures end, List<String> phases, boolean met) throws Exception {
        return String.join(
                "\n",
                "## Memory: the dataset served with a 1 GB heap (`memory`, part of `national`)",
                "",
                "Issue target: the application serves the national dataset with a 1 GB heap. Result: **"
                        + (met ? "met" : "NOT met") + "** (no OutOfMemoryError, the process served every phase).",
                "",
                ctx.commonLines(),
                "- Measured: the application's own JVM, `" + SigapProcess.HEAP + "`, default collector (G1), through"
                        + " the report submission and the search benchmarks above; heap occupancy after each"
                        + " collection from the GC log (`-Xlog:gc`), a full GC requested (`jcmd GC.run`) after each"
                        + " phase to see the live set, peak resident memory from /proc (VmHWM).",
                "- Whole run: " + end.describe(),
                "",
                "| after phase | collections so far | peak heap after GC MB | live heap after full GC MB |"
                        + " largest heap MB | peak RSS MB | OutOfMemoryError |",
                "|---|---:|---:|---:|---:|---:|---|",
                String.join("\n", phases),
                String.join("\n", end.row("end of run")),
                "");
    }
}
