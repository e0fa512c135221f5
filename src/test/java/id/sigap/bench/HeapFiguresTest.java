package id.sigap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapFiguresTest {

    @TempDir
    Path dir;

    @Test
    void readsHeapAfterEachCollectionTheLiveSetAndOutOfMemory() throws Exception {
        Path gc = dir.resolve("gc.log");
        Files.writeString(gc, """
                [0.010s][info][gc] Using G1
                [1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->5M(260M) 3.500ms
                [2.000s][info][gc] GC(1) Concurrent Mark Cycle 12.000ms
                [3.100s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 300M->210M(512M) 6.500ms
                [9.000s][info][gc] GC(3) Pause Full (System.gc()) 250M->120M(1024M) 90.000ms
                """);
        Path app = dir.resolve("sigap.log");
        Files.writeString(app, "started\n");

        HeapFigures h = HeapFigures.read(gc, app, dir.resolve("no-such-status"));

        assertThat(h.collections()).isEqualTo(3);
        assertThat(h.peakAfterGcMb()).isEqualTo(210);
        assertThat(h.liveAtEndMb()).isEqualTo(120);
        assertThat(h.largestHeapMb()).isEqualTo(1024);
        assertThat(h.totalPauseMs()).isEqualTo(100.0);
        assertThat(h.outOfMemory()).isFalse();

        Files.writeString(app, "java.lang.OutOfMemoryError: Java heap space\n");
        assertThat(HeapFigures.read(gc, app, dir.resolve("no-such-status")).outOfMemory())
                .isTrue();
    }
}
