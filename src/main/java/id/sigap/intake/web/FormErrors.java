package id.sigap.intake.web;

import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Field messages of a rejected form ({@code errors}: field → message, {@code _global}) and a non-2xx status. */
@Component("intakeFormErrors")
class FormErrors {

    static final String GLOBAL = "_global";
    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    void show(SigapException e, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof SigapException.Invalid invalid) {
            invalid.problems().forEach(p -> errors.putIfAbsent(p.field(), message(p.code(), p.args())));
        }
        errors.put(GLOBAL, message(e.code(), e.args()));
        model.addAttribute("errors", errors);
        response.setStatus(e.status());
    }

    void global(String code, int status, Model model, HttpServletResponse response) {
        model.addAttribute("errors", Map.of(GLOBAL, message(code)));
        response.setStatus(status);
    }

    String message(String code, Object... args) {
        return messages.getMessage("error." + code, args, code, LocaleContextHolder.getLocale());
    }
}
