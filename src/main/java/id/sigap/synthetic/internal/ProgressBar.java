package id.sigap.synthetic.internal;

import id.sigap.synthetic.SyntheticData;
import java.io.PrintStream;

/**
 * The generator's progress on the console: {@code [#####.....]  42%  84000/200000 cases  41200 rows/s  ETA 3:12}.
 * On a terminal the line is redrawn in place; elsewhere (CI logs) a line is printed every 5 %.
 */
final class ProgressBar implements SyntheticData.Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int lastPercent = -5;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void advanced(int done, int total, long rows) {
        int percent = (int) (100L * done / total);
        if (!terminal && percent < lastPercent + 5 && done < total) {
            return;
        }
        lastPercent = percent;
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        long rate = Math.round(rows / seconds);
        long eta = done == 0 ? 0 : Math.round(seconds * (total - done) / done);
        out.print(line(percent, done, total, rate, eta) + (terminal && done < total ? "\r" : "\n"));
        out.flush();
    }

    static String line(int percent, int done, int total, long rowsPerSecond, long etaSeconds) {
        int filled = percent * WIDTH / 100;
        return "[%s%s] %3d%%  %d/%d cases  %d rows/s  ETA %d:%02d"
                .formatted(
                        "#".repeat(filled),
                        ".".repeat(WIDTH - filled),
                        percent,
                        done,
                        total,
                        rowsPerSecond,
                        etaSeconds / 60,
                        etaSeconds % 60);
    }
}
