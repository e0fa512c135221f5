package id.sigap.support;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What is recorded at a reintegration visit; every coded finding is required, the visit date is not in the future. */
public record VisitInput(
        LocalDate visitedOn,
        LivingSituation livingSituation,
        Livelihood livelihood,
        RetraffickingRisk risk,
        String notes,
        Integer version) {

    public static final int MAX_NOTES = 4000;

    public VisitInput {
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public void check(LocalDate today, LocalDate returnedOn) {
        List<FieldProblem> out = new ArrayList<>();
        if (visitedOn == null) {
            out.add(new FieldProblem("visitedOn", "visit.date-required"));
        } else if (visitedOn.isAfter(today)) {
            out.add(new FieldProblem("visitedOn", "service.date-future"));
        } else if (returnedOn != null && visitedOn.isBefore(returnedOn)) {
            out.add(new FieldProblem("visitedOn", "visit.before-return"));
        }
        if (livingSituation == null) {
            out.add(new FieldProblem("livingSituation", "visit.living-required"));
        }
        if (livelihood == null) {
            out.add(new FieldProblem("livelihood", "visit.livelihood-required"));
        }
        if (risk == null) {
            out.add(new FieldProblem("risk", "visit.risk-required"));
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            out.add(new FieldProblem("notes", "service.text-too-long", MAX_NOTES));
        }
        if (version == null) {
            out.add(new FieldProblem("version", "service.version-required"));
        }
        if (!out.isEmpty()) {
            throw new SigapException.Invalid(out);
        }
    }
}
