package id.sigap.organization.web;

import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts the messages of a rejected form into the model ({@code errors}: field → message; {@code _global} for errors
 * without a field) and sets the response status, so a re-shown form is never a 2xx.
 */
@Component
class FormErrors {

    static final String GLOBAL = "_global";
    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    void show(SigapException e, Model model, HttpServletResponse response, String conflictField) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof SigapException.Invalid invalid) {
            invalid.problems().forEach(p -> errors.putIfAbsent(p.field(), message(p.code(), p.args())));
            errors.put(GLOBAL, message(e.code(), e.args()));
        } else if (e instanceof SigapException.Conflict && !"conflict.stale".equals(e.code())) {
            String text = message(e.code(), e.args());
            errors.put(conflictField == null ? GLOBAL : conflictField, text);
            errors.putIfAbsent(GLOBAL, text);
        } else if (e instanceof SigapException.Conflict) {
            errors.put(GLOBAL, message(e.code(), e.args()));
        } else {
            throw e;
        }
        model.addAttribute("errors", errors);
        response.setStatus(e.status());
    }

    private String message(String code, Object... args) {
        return messages.getMessage("error." + code, args, code, LocaleContextHolder.getLocale());
    }
}
