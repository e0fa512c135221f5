package id.sigap.prevention.web;

import id.sigap.prevention.internal.InterceptionInput;
import id.sigap.shared.SigapException.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** A person registered individually, as typed; consent (who, when) is required. */
record PersonForm(
        String fullName,
        String sex,
        String birthDate,
        String estimatedAge,
        String originRegionCode,
        String consentGivenBy,
        String consentGivenOn) {

    static PersonForm empty(String today) {
        return new PersonForm(null, null, null, null, null, "PERSON", today);
    }

    InterceptionInput.Person input() {
        List<FieldProblem> problems = new ArrayList<>();
        var birth = Params.date(birthDate, "birthDate", problems);
        var age = Params.number(estimatedAge, "estimatedAge", problems);
        var consentOn = Params.date(consentGivenOn, "consentGivenOn", problems);
        Params.throwIfAny(problems);
        return new InterceptionInput.Person(
                Params.blank(fullName),
                Params.blank(sex),
                birth,
                age,
                Params.blank(originRegionCode),
                Params.blank(consentGivenBy),
                consentOn);
    }
}
