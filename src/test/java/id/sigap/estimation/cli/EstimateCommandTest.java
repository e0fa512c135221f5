package id.sigap.estimation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line end to end: a data set file in, JSON out (the entry point of {@code ./sigap estimate}). */
class EstimateCommandTest {

    @TempDir
    Path dir;

    private Path dataset(String name) throws Exception {
        Path file = dir.resolve(name + ".csv");
        try (InputStream in = getClass().getResourceAsStream("/estimation/mse/data/" + name + ".csv")) {
            Files.copy(in, file);
        }
        return file;
    }

    private record Run(int exit, JsonNode json, String err) {}

    private Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = EstimateCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        JsonNode json = text.isBlank() ? null : JsonMapper.builder().build().readTree(text);
        return new Run(exit, json, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void new_orleans_stepwise_wald_prints_the_published_estimate() throws Exception {
        // Chan, Silverman & Vincent 2021 §4.1: D:E, 1184
        Run r = run("--input", dataset("NewOrl").toString(), "--method", "stepwise", "--interval", "wald");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("observed").asLong()).isEqualTo(185);
        assertThat(r.json().get("estimate").asDouble()).isCloseTo(1184, within(1.0));
        assertThat(r.json().get("lower").asDouble()).isLessThan(1184).isGreaterThan(185);
        assertThat(r.json().get("upper").asDouble()).isGreaterThan(1184);
        assertThat(r.json().get("model").get(0).asString()).isEqualTo("D:E");
        assertThat(r.json().get("model")).hasSize(1);
        assertThat(r.json().get("method").asString()).isEqualTo("stepwise");
        assertThat(r.json().get("interval").asString()).isEqualTo("wald");
        assertThat(r.json().get("sensitivity").size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void default_is_stepwise_with_a_bca_interval() throws Exception {
        Run r = run("--input", dataset("Western").toString(), "--replicates", "200");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("method").asString()).isEqualTo("stepwise");
        assertThat(r.json().get("interval").asString()).isEqualTo("bca");
        assertThat(r.json().get("estimate").asDouble()).isCloseTo(2483, within(1.0));
        assertThat(r.json().get("lower").asDouble()).isLessThan(2483);
        assertThat(r.json().get("upper").asDouble()).isGreaterThan(2483);
        assertThat(r.json().get("acceleration").isNumber()).isTrue();
    }

    @Test
    void aic_bic_and_profile_run() throws Exception {
        Path file = dataset("UKdat_5");
        for (String m : new String[] {"aic", "bic"}) {
            Run r = run("--input", file.toString(), "--method", m, "--interval", "profile");
            assertThat(r.exit()).isZero();
            assertThat(r.json().get("method").asString()).isEqualTo(m);
            assertThat(r.json().get("estimate").asDouble()).isBetween(8000.0, 16000.0);
        }
    }

    @Test
    void a_refusal_is_json_with_a_code_and_exit_3() throws Exception {
        Path file = dir.resolve("disjoint.csv");
        Files.writeString(file, "police,shelter,uptd,count\n1,0,0,12\n0,1,0,4\n0,0,1,9\n");
        Run r = run("--input", file.toString(), "--interval", "wald");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.json().get("refused").asBoolean()).isTrue();
        assertThat(r.json().get("code").asString()).isEqualTo("estimation.mle-does-not-exist");
        assertThat(r.json().get("explanation").asString()).isNotBlank();
    }

    @Test
    void bad_arguments_exit_2_with_a_message() {
        assertThat(run("--method", "stepwise").exit()).isEqualTo(2);
        Run r = run("--input", dir.resolve("missing.csv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("No such file");
        assertThat(run("--input", "x.csv", "--method", "magic").exit()).isEqualTo(2);
    }
}
