package id.sigap.support;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is recorded as a leg goes: status, dates, escort. A leg in transit has departed, a done leg has arrived (not
 * before it departed, never in the future), and a child travels only with a named escort (SOP principle:
 * escorted repatriation of children).
 */
public record LegProgress(LegStatus status, LocalDate departedOn, LocalDate arrivedOn, String escortName) {

    public LegProgress {
        status = status == null ? LegStatus.PLANNED : status;
        escortName = escortName == null || escortName.isBlank() ? null : escortName.strip();
    }

    public void check(LocalDate today, boolean child) {
        List<FieldProblem> out = new ArrayList<>();
        boolean moving = status == LegStatus.IN_TRANSIT || status == LegStatus.DONE;
        if (moving && departedOn == null) {
            out.add(new FieldProblem("departedOn", "repatriation.departure-required"));
        }
        if (status == LegStatus.DONE && arrivedOn == null) {
            out.add(new FieldProblem("arrivedOn", "repatriation.arrival-required"));
        }
        if (departedOn != null && departedOn.isAfter(today) || arrivedOn != null && arrivedOn.isAfter(today)) {
            out.add(new FieldProblem(
                    arrivedOn != null && arrivedOn.isAfter(today) ? "arrivedOn" : "departedOn", "service.date-future"));
        }
        if (departedOn != null && arrivedOn != null && arrivedOn.isBefore(departedOn)) {
            out.add(new FieldProblem("arrivedOn", "repatriation.arrival-before-departure"));
        }
        if (moving && child && escortName == null) {
            out.add(new FieldProblem("escortName", "repatriation.escort-required"));
        }
        if (escortName != null && escortName.length() > 200) {
            out.add(new FieldProblem("escortName", "service.text-too-long", 200));
        }
        if (!out.isEmpty()) {
            throw new SigapException.Invalid(out);
        }
    }
}
