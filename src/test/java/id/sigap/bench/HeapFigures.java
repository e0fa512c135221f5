package id.sigap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmarked JVM's memory, read from its GC log ({@code -Xlog:gc}): the largest heap occupancy right after a
 * collection (what the application really holds), the live set after a full GC at the end, the largest heap size,
 * and whether an OutOfMemoryError happened; plus the process's peak resident memory (VmHWM).
 */
record HeapFigures(
        int collections,
        double peakAfterGcMb,
        double liveAtEndMb,
        double largestHeapMb,
        double totalPauseMs,
        boolean outOfMemory,
        long peakRssMb) {

    private static final Pattern GC =
            Pattern.compile("GC\\(\\d+\\) (Pause .*?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) ([\\d.]+)ms");

    static HeapFigures read(Path gcLog, Path appLog, Path procStatus) throws IOException {
        int n = 0;
        double peak = 0;
        double live = 0;
        double largest = 0;
        double pause = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC.matcher(line);
            if (!m.find()) {
                continue;
            }
            n++;
            double after = mb(m.group(4), m.group(5));
            peak = Math.max(peak, after);
            largest = Math.max(largest, mb(m.group(6), m.group(7)));
            pause += Double.parseDouble(m.group(8));
            if (m.group(1).contains("Full")) {
                live = after;
            }
        }
        boolean oom = Files.readAllLines(appLog).stream().anyMatch(l -> l.contains("OutOfMemoryError"))
                || hasHeapDump(gcLog.getParent());
        long rss = 0;
        if (Files.exists(procStatus)) {
            rss = Files.readAllLines(procStatus).stream()
                            .filter(l -> l.startsWith("VmHWM:"))
                            .map(l -> Long.parseLong(l.replaceAll("\\D+", "")))
                            .findFirst()
                            .orElse(0L)
                    / 1024;
        }
        return new HeapFigures(n, peak, live, largest, pause, oom, rss);
    }

    private static boolean hasHeapDump(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".hprof"));
        }
    }

    private static double mb(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }

    String describe() {
        return String.format(
                Locale.ROOT,
                "heap limit %s; %d collections (%.0f ms paused in total); peak heap after a collection %.0f MB;"
                        + " live heap after a full GC at the end %.0f MB; largest heap size %.0f MB; peak resident"
                        + " memory of the JVM process %d MB; OutOfMemoryError: %s",
                SigapProcess.HEAP,
                collections,
                totalPauseMs,
                peakAfterGcMb,
                liveAtEndMb,
                largestHeapMb,
                peakRssMb,
                outOfMemory ? "**yes**" : "none");
    }

    List<String> row(String phase) {
        return List.of(String.format(
                Locale.ROOT,
                "| %s | %d | %.0f | %.0f | %.0f | %d | %s |",
                phase,
                collections,
                peakAfterGcMb,
                liveAtEndMb,
                largestHeapMb,
                peakRssMb,
                outOfMemory ? "**yes**" : "no"));
    }
}
