package id.sigap.shared.web;

import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of HTML pages: an error page in the page's language with the message of the error's code. Field-level
 * problems of forms are rendered by the controllers themselves (they re-show the form).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

    private final org.springframework.context.MessageSource messages;

    public PageErrorHandler(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SigapException.class)
    ModelAndView sigap(SigapException e, HttpServletResponse response) {
        return page(response, e.status(), "error." + e.code(), e.args());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView malformed(Exception e, HttpServletResponse response) {
        return page(response, 400, "error.request.malformed");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response) {
        return page(response, 413, "error.request.too-large");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView noResource(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            // no controller answered: still a problem document for API clients, not an HTML page
            return problem(request, response, 404, "not-found");
        }
        return page(response, 404, "error.not-found");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected error on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        return page(response, 500, "error.internal");
    }

    private ModelAndView problem(HttpServletRequest request, HttpServletResponse response, int status, String code)
            throws java.io.IOException {
        String detail = messages.getMessage("error." + code, null, code, Languages.fromRequest(request));
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"type\":\"urn:sigap:problem:" + code + "\",\"status\":" + status + ",\"code\":\"" + code
                        + "\",\"detail\":\"" + Languages.jsonEscape(detail) + "\"}");
        return new ModelAndView();
    }

    static ModelAndView page(HttpServletResponse response, int status, String messageKey, Object... args) {
        response.setStatus(status);
        ModelAndView mav = new ModelAndView("error");
        mav.addObject("status", status);
        mav.addObject("messageKey", messageKey);
        mav.addObject("messageArgs", args);
        return mav;
    }
}
