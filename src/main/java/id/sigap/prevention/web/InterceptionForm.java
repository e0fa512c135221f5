package id.sigap.prevention.web;

import id.sigap.prevention.Headcount;
import id.sigap.prevention.Interception;
import id.sigap.prevention.internal.InterceptionInput;
import id.sigap.prevention.internal.InterceptionInput.RecruiterInput;
import id.sigap.shared.SigapException.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** The interception form as typed (also the JSON body of the API); the recruiter fields only when creating. */
record InterceptionForm(
        String interceptedOn,
        String crossingPointCode,
        String destinationCountry,
        String intendedJob,
        String women,
        String girls,
        String men,
        String boys,
        String notes,
        String recruiterName,
        String recruiterRole,
        String recruiterCompany,
        String recruiterPhone) {

    static InterceptionForm empty(String today) {
        return new InterceptionForm(today, null, "MY", null, "0", "0", "0", "0", null, null, "RECRUITER", null, null);
    }

    static InterceptionForm of(Interception i) {
        return new InterceptionForm(
                i.interceptedOn().toString(),
                i.crossingPoint().code(),
                i.destinationCountry(),
                i.intendedJob().name(),
                String.valueOf(i.uncounted().women()),
                String.valueOf(i.uncounted().girls()),
                String.valueOf(i.uncounted().men()),
                String.valueOf(i.uncounted().boys()),
                i.notes(),
                null,
                null,
                null,
                null);
    }

    InterceptionInput input() {
        List<FieldProblem> problems = new ArrayList<>();
        var date = Params.date(interceptedOn, "interceptedOn", problems);
        var counts = new Headcount(
                Params.count(women, "women", problems),
                Params.count(girls, "girls", problems),
                Params.count(men, "men", problems),
                Params.count(boys, "boys", problems));
        Params.throwIfAny(problems);
        return new InterceptionInput(
                date,
                Params.blank(crossingPointCode),
                Params.blank(destinationCountry),
                Params.blank(intendedJob),
                counts,
                Params.blank(notes));
    }

    /** The recruiter typed with the new interception, or null when no name was given. */
    RecruiterInput recruiter() {
        return Params.blank(recruiterName) == null
                ? null
                : new RecruiterInput(
                        recruiterName,
                        Params.blank(recruiterRole),
                        Params.blank(recruiterCompany),
                        Params.blank(recruiterPhone));
    }
}
