package id.sigap.organization;

import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The instrument that forms a task force: e.g. Pergub NTT No. 12 Tahun 2019, issued by the Gubernur NTT. */
public record LegalBasis(String decreeNumber, LocalDate decreeDate, String issuer, DecreeKind kind) {

    public LegalBasis {
        decreeNumber = Texts.clean(decreeNumber);
        issuer = Texts.clean(issuer);
    }

    List<FieldProblem> problems() {
        List<FieldProblem> out = new ArrayList<>();
        if (decreeNumber == null) {
            out.add(new FieldProblem("decreeNumber", "field.required"));
        } else if (decreeNumber.length() > 200) {
            out.add(new FieldProblem("decreeNumber", "field.size"));
        }
        if (decreeDate == null) {
            out.add(new FieldProblem("decreeDate", "field.required"));
        }
        if (issuer == null) {
            out.add(new FieldProblem("issuer", "field.required"));
        } else if (issuer.length() > 200) {
            out.add(new FieldProblem("issuer", "field.size"));
        }
        if (kind == null) {
            out.add(new FieldProblem("kind", "field.required"));
        }
        return out;
    }
}
