package id.sigap.support.internal;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import id.sigap.support.ItemInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks of a service item's dates and texts, all problems at once; a pure function of the input and today. */
final class ItemRules {

    static final int MAX_NOTES = 4000;
    static final int MAX_REASON = 1000;

    private ItemRules() {}

    static void check(ItemInput in, LocalDate today) {
        List<FieldProblem> out = new ArrayList<>();
        notFuture(out, "requestedOn", in.requestedOn(), today);
        notFuture(out, "startedOn", in.startedOn(), today);
        notFuture(out, "completedOn", in.completedOn(), today);
        if (in.startedOn() != null && in.requestedOn() != null && in.startedOn().isBefore(in.requestedOn())) {
            out.add(new FieldProblem("startedOn", "service.started-before-requested"));
        }
        if (in.completedOn() != null && in.startedOn() == null) {
            out.add(new FieldProblem("startedOn", "service.completed-without-start"));
        }
        if (in.completedOn() != null
                && in.startedOn() != null
                && in.completedOn().isBefore(in.startedOn())) {
            out.add(new FieldProblem("completedOn", "service.completed-before-started"));
        }
        if (in.closingReason() != null && in.closingReason().length() > MAX_REASON) {
            out.add(new FieldProblem("closingReason", "service.text-too-long", MAX_REASON));
        }
        if (in.notes() != null && in.notes().length() > MAX_NOTES) {
            out.add(new FieldProblem("notes", "service.text-too-long", MAX_NOTES));
        }
        if (!out.isEmpty()) {
            throw new SigapException.Invalid(out);
        }
    }

    private static void notFuture(List<FieldProblem> out, String field, LocalDate d, LocalDate today) {
        if (d != null && d.isAfter(today)) {
            out.add(new FieldProblem(field, "service.date-future"));
        }
    }
}
