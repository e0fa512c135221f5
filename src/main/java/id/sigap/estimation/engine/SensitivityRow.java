package id.sigap.estimation.engine;

import java.util.List;

/**
 * The estimate under one alternative model (sensitivity table): label, the pairs, the total with its Wald 95%
 * interval and the AIC; or the refusal code when that model cannot be fitted on these data.
 */
public record SensitivityRow(
        String label, List<String> model, double estimate, double lower, double upper, double aic, String refusal) {

    public SensitivityRow {
        model = List.copyOf(model);
    }

    public boolean refused() {
        return refusal != null;
    }
}
