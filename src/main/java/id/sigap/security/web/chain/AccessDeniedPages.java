package id.sigap.security.web.chain;

import id.sigap.shared.web.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * A page refused by the filter chain (role missing, or a form whose CSRF token expired): the shared error page with
 * status 403 in the page's language. Rendered here, because the filters run before Spring MVC.
 */
@Component
class AccessDeniedPages implements AccessDeniedHandler {

    private final ViewResolver views;

    AccessDeniedPages(@Qualifier("thymeleafViewResolver") ViewResolver views) {
        this.views = views;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) {
        if (response.isCommitted()) {
            return;
        }
        Locale locale = Languages.fromRequest(request);
        response.setStatus(403);
        try {
            request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
            View view = views.resolveViewName("error", locale);
            Map<String, Object> model = new HashMap<>();
            model.put("status", 403);
            model.put("messageKey", denied instanceof CsrfException ? "error.csrf" : "error.access.denied");
            model.put("messageArgs", new Object[0]);
            view.render(model, request, response);
        } catch (Exception e) {
            // the status already says it; a broken error page must not become a 500
            response.setStatus(403);
        }
    }
}
