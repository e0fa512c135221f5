package id.sigap.estimation.engine;

import java.util.List;

/** The data do not allow an estimate; carries the reason (a stable code) and an English explanation. */
public final class EstimationRefused extends RuntimeException {

    private final Refusal reason;
    private final transient List<Object> args;

    public EstimationRefused(Refusal reason, Object... args) {
        super(reason.code() + ": " + reason.explain(args), null, false, false);
        this.reason = reason;
        this.args = List.of(args);
    }

    public Refusal reason() {
        return reason;
    }

    public String code() {
        return reason.code();
    }

    public String explanation() {
        return reason.explain(args.toArray());
    }

    public Object[] args() {
        return args.toArray();
    }
}
