package id.sigap.linkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.linkage.engine.Febrl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LinkCommandLine.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void links_one_file_into_clusters_of_id_and_cluster_id() throws IOException {
        Path in = dir.resolve("persons.csv");
        Files.writeString(in, """
                id,full_name,sex,birth_date,nik,phone,region_code,occupation
                1,Yohana Nope,P,1994-08-17,5371025708940003,081339001122,53.71.02,petani
                2,Johana Nope,P,19940817,,,53.71.02,petani
                3,Pak Anton Seran,L,1978-05-02,,0812-3900-4455,53.71.01,
                4,Maria Bria,P,1969-12-01,5301014112690001,,53.01.01,guru
                """);
        Path outFile = dir.resolve("clusters.csv");
        assertThat(run("--input", in.toString(), "--output", outFile.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(outFile);
        assertThat(lines.getFirst()).isEqualTo("id,cluster_id");
        assertThat(lines).hasSize(5);
        Map<String, String> cluster = clusters(lines, 0);
        assertThat(cluster.get("1")).isEqualTo(cluster.get("2"));
        assertThat(java.util.Set.copyOf(cluster.values())).hasSize(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("4 records").contains("clusters in");
    }

    @Test
    void links_febrl4a_to_febrl4b_across_the_files_with_renamed_columns() throws IOException {
        Path outFile = dir.resolve("febrl4.csv");
        int code = run(
                "--input", Febrl.folder().resolve("dataset4a.csv").toString(),
                "--input", Febrl.folder().resolve("dataset4b.csv").toString(),
                "--output", outFile.toString(),
                "--columns", "rec_id=id,date_of_birth=birth_date,soc_sec_id=nik");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = Files.readAllLines(outFile);
        assertThat(lines.getFirst()).isEqualTo("id,cluster_id,source");
        assertThat(lines).hasSize(10_001);
        // true links: rec-N-org in 4a and rec-N-dup-0 in 4b; count how many share a cluster
        Map<String, String> a = new HashMap<>();
        Map<String, String> b = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            (f[2].equals("1") ? a : b).put(f[0].split("-")[1], f[1]);
        }
        long correct = a.entrySet().stream()
                .filter(e -> e.getValue().equals(b.get(e.getKey())))
                .count();
        assertThat(correct).isGreaterThanOrEqualTo(4_990);
    }

    @Test
    void a_file_without_an_id_column_is_refused_with_exit_code_2() throws IOException {
        Path in = dir.resolve("noid.csv");
        Files.writeString(in, "name\nYohana\n");
        assertThat(run(
                        "--input",
                        in.toString(),
                        "--output",
                        dir.resolve("x.csv").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no id column");
    }

    @Test
    void missing_arguments_print_the_usage() {
        assertThat(run("--input", "a.csv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ./sigap link");
    }

    private static Map<String, String> clusters(List<String> lines, int skip) {
        Map<String, String> m = new HashMap<>();
        for (String line : lines.subList(1 + skip, lines.size())) {
            String[] f = line.split(",");
            m.put(f[0], f[1]);
        }
        return m;
    }
}
