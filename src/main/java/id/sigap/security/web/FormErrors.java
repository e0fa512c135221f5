package id.sigap.security.web;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.ui.Model;

/**
 * Field problems of a rejected form, by field, for re-rendering it: templates show
 * {@code #messages.msgWithParams('error.' + p.code(), p.args())} next to the field.
 */
final class FormErrors {

    static final String ATTRIBUTE = "errors";

    private FormErrors() {}

    static Map<String, List<FieldProblem>> none() {
        return Map.of();
    }

    static Map<String, List<FieldProblem>> of(SigapException.Invalid e) {
        return e.problems().stream()
                .collect(Collectors.groupingBy(FieldProblem::field, LinkedHashMap::new, Collectors.toList()));
    }

    static void add(Model model, SigapException.Invalid e) {
        model.addAttribute(ATTRIBUTE, of(e));
    }
}
