package id.sigap.estimation.engine;

import java.util.List;

/**
 * A chosen model and its fit: the pairs in the order they were added, and the estimate N = n_obs + exp(intercept).
 */
public record SelectedModel(List<ListPair> pairs, PoissonFit fit, double observed) {

    public SelectedModel {
        pairs = List.copyOf(pairs);
    }

    public double estimate() {
        return observed + fit.darkFigure();
    }

    public List<String> pairNames(List<String> lists) {
        return pairs.stream().map(p -> p.name(lists)).toList();
    }
}
