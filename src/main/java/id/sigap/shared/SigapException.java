package id.sigap.shared;

import java.util.List;

/**
 * The one family of business errors. Each carries a stable {@code code} (e.g. {@code region.not-found}) that is
 * both the {@code code} of the problem-details response and the message key {@code error.<code>} in the bundles.
 * Messages never contain personal data: arguments are codes and numbers only.
 */
public abstract sealed class SigapException extends RuntimeException
        permits SigapException.NotFound, SigapException.NotAllowed, SigapException.Conflict, SigapException.Invalid {

    private final String code;
    private final transient Object[] args;

    protected SigapException(String code, Object... args) {
        super(code, null, false, false);
        this.code = code;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public abstract int status();

    public static final class NotFound extends SigapException {
        public NotFound(String code, Object... args) {
            super(code, args);
        }

        @Override
        public int status() {
            return 404;
        }
    }

    public static final class NotAllowed extends SigapException {
        public NotAllowed(String code, Object... args) {
            super(code, args);
        }

        @Override
        public int status() {
            return 403;
        }
    }

    public static final class Conflict extends SigapException {
        public Conflict(String code, Object... args) {
            super(code, args);
        }

        @Override
        public int status() {
            return 409;
        }
    }

    /** Invalid input: one or more field problems, all reported at once. */
    public static final class Invalid extends SigapException {
        private final transient List<FieldProblem> problems;

        public Invalid(List<FieldProblem> problems) {
            super("validation.failed");
            this.problems = List.copyOf(problems);
        }

        public Invalid(String field, String code, Object... args) {
            this(List.of(new FieldProblem(field, code, args)));
        }

        public List<FieldProblem> problems() {
            return problems;
        }

        @Override
        public int status() {
            return 422;
        }
    }

    /** A problem with one field; {@code code} resolves to message key {@code error.<code>}. */
    public record FieldProblem(String field, String code, Object... args) {}
}
