package id.sigap.estimation.cli;

import id.sigap.estimation.engine.CaptureHistories;
import id.sigap.estimation.engine.Estimate;
import id.sigap.estimation.engine.EstimateOptions;
import id.sigap.estimation.engine.EstimationRefused;
import id.sigap.estimation.engine.Estimator;
import id.sigap.estimation.engine.IntervalType;
import id.sigap.estimation.engine.Method;
import id.sigap.estimation.engine.SensitivityRow;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./sigap estimate --input lists.csv [--method stepwise|aic|bic|main] [--interval wald|bca|profile]
 * [--replicates 1000] [--seed 1234] [--pthresh 0.02]}: reads capture histories (one 0/1 column per list, a last
 * {@code count} column) and prints the estimate as JSON. Plain Java, no database or web server. Exit codes: 0 an
 * estimate, 3 a refusal (JSON with {@code code} and {@code explanation}), 2 bad arguments or unreadable input.
 */
public final class EstimateCommand {

    private EstimateCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println("Usage: ./sigap estimate --input lists.csv [--method stepwise|aic|bic|main]"
                        + " [--interval wald|bca|profile] [--replicates N] [--seed S] [--pthresh P]");
                return 2;
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        if (!opts.containsKey("input")) {
            err.println("Missing --input lists.csv");
            return 2;
        }
        EstimateOptions options;
        try {
            Method method = Method.parse(opts.getOrDefault("method", "stepwise"));
            IntervalType interval = IntervalType.parse(opts.getOrDefault("interval", "bca"));
            options = new EstimateOptions(
                    method,
                    interval,
                    Double.parseDouble(opts.getOrDefault("pthresh", "0.02")),
                    Integer.parseInt(opts.getOrDefault("replicates", "1000")),
                    Long.parseLong(opts.getOrDefault("seed", "1234")),
                    0.95);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        try (var reader = Files.newBufferedReader(Path.of(opts.get("input")), StandardCharsets.UTF_8)) {
            CaptureHistories table = CaptureHistories.fromCsv(reader);
            Estimate e = new Estimator().estimate(table, options);
            out.println(Json.write(toJson(e, options)));
            return 0;
        } catch (EstimationRefused r) {
            Map<String, Object> refusal = new LinkedHashMap<>();
            refusal.put("refused", true);
            refusal.put("code", r.code());
            refusal.put("explanation", r.explanation());
            out.println(Json.write(refusal));
            return 3;
        } catch (NoSuchFileException e) {
            err.println("No such file: " + opts.get("input"));
            return 2;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println("Cannot read " + opts.get("input") + ": " + e.getMessage());
            return 2;
        }
    }

    static Map<String, Object> toJson(Estimate e, EstimateOptions o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lists", e.lists());
        json.put("observed", e.observed());
        json.put("estimate", e.estimate());
        json.put("lower", e.lower());
        json.put("upper", Double.isFinite(e.upper()) ? e.upper() : null);
        json.put("upperUnbounded", !Double.isFinite(e.upper()));
        json.put("darkFigure", e.darkFigure());
        json.put("unobservedShare", e.unobservedShare());
        json.put("model", e.model());
        json.put("method", e.method().id());
        json.put("pthresh", o.pthresh());
        json.put("interval", e.interval().id());
        json.put("level", e.level());
        json.put("logDarkFigureSe", e.waldSe());
        if (e.acceleration() != null) {
            json.put("bootstrap", Map.of("replicates", o.replicates(), "seed", o.seed()));
            json.put("acceleration", e.acceleration());
            json.put("biasCorrection", e.biasCorrection());
        }
        json.put("warnings", e.warnings());
        json.put(
                "sensitivity",
                e.sensitivity().stream().map(EstimateCommand::row).toList());
        return json;
    }

    private static Map<String, Object> row(SensitivityRow r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", r.label());
        json.put("model", r.model());
        if (r.refused()) {
            json.put("refused", r.refusal());
        } else {
            json.put("estimate", r.estimate());
            json.put("lower", r.lower());
            json.put("upper", r.upper());
            json.put("aic", r.aic());
        }
        return json;
    }
}
