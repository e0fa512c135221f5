package id.sigap.organization.web;

import id.sigap.organization.DecreeKind;
import id.sigap.organization.LegalBasis;
import id.sigap.organization.NewTaskForce;
import id.sigap.organization.OrgLevel;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForceChange;

/** The task-force form as typed. */
public record TaskForceForm(
        String name,
        String level,
        String regionCode,
        String decreeNumber,
        String decreeDate,
        String issuer,
        String kind,
        String validFrom,
        String validTo,
        String version) {

    static TaskForceForm empty() {
        return new TaskForceForm(null, null, null, null, null, null, null, null, null, null);
    }

    static TaskForceForm of(TaskForce t) {
        LegalBasis lb = t.legalBasis();
        return new TaskForceForm(
                t.name(),
                t.level().name(),
                t.regionCode(),
                lb.decreeNumber(),
                lb.decreeDate().toString(),
                lb.issuer(),
                lb.kind().name(),
                t.validity().from().toString(),
                t.validity().to() == null ? null : t.validity().to().toString(),
                Integer.toString(t.version()));
    }

    NewTaskForce toNewTaskForce() {
        FormFields f = new FormFields();
        OrgLevel l = f.choice("level", OrgLevel.class, level);
        LegalBasis lb = legalBasis(f);
        var from = f.date("validFrom", validFrom);
        var to = f.date("validTo", validTo);
        return f.build(() -> new NewTaskForce(name, l, regionCode, lb, from, to));
    }

    TaskForceChange toChange() {
        FormFields f = new FormFields();
        LegalBasis lb = legalBasis(f);
        var from = f.date("validFrom", validFrom);
        var to = f.date("validTo", validTo);
        int v = f.version(version);
        return f.build(() -> new TaskForceChange(name, lb, from, to, v));
    }

    private LegalBasis legalBasis(FormFields f) {
        return new LegalBasis(
                decreeNumber, f.date("decreeDate", decreeDate), issuer, f.choice("kind", DecreeKind.class, kind));
    }
}
