package id.sigap.shared.web;

import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * JSON API errors as problem details ({@code application/problem+json}) with a stable {@code code}. Applies to
 * controllers annotated {@link ApiController}. Never a stack trace, never personal data.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(0)
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private final MessageSource messages;

    public ProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SigapException.class)
    ResponseEntity<ProblemDetail> sigap(SigapException e) {
        ProblemDetail p = problem(e.status(), e.code(), message("error." + e.code(), e.args()));
        if (e instanceof SigapException.Invalid invalid) {
            p.setProperty("errors", fieldErrors(invalid.problems()));
        }
        return respond(p);
    }

    @ExceptionHandler({MethodArgumentNotValidException.class, BindException.class})
    ResponseEntity<ProblemDetail> beanValidation(BindException e) {
        var problems = e.getFieldErrors().stream()
                .map(f -> new SigapException.FieldProblem(
                        f.getField(), "field." + constraintName(f.getCode()), (Object[]) null))
                .toList();
        ProblemDetail p = problem(422, "validation.failed", message("error.validation.failed"));
        p.setProperty("errors", fieldErrors(problems));
        return respond(p);
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class
    })
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        return respond(problem(400, "request.malformed", message("error.request.malformed")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return respond(problem(413, "request.too-large", message("error.request.too-large")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(problem(405, "request.method", message("error.request.method")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(problem(415, "request.media-type", message("error.request.media-type")));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return respond(problem(404, "not-found", message("error.not-found")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        // logged without request parameters or bodies: they may hold personal data
        log.error("Unexpected error on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        return respond(problem(500, "internal", message("error.internal")));
    }

    private ProblemDetail problem(int status, String code, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        p.setType(URI.create("urn:sigap:problem:" + code));
        p.setProperty("code", code);
        return p;
    }

    private List<Map<String, String>> fieldErrors(List<SigapException.FieldProblem> problems) {
        return problems.stream()
                .map(fp -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("field", fp.field());
                    m.put("code", fp.code());
                    m.put("message", message("error." + fp.code(), fp.args()));
                    return m;
                })
                .toList();
    }

    static String constraintName(String code) {
        if (code == null) {
            return "invalid";
        }
        return switch (code) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size", "Length" -> "size";
            case "Pattern" -> "pattern";
            case "Email" -> "email";
            case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "range";
            case "Past", "PastOrPresent" -> "past";
            case "typeMismatch" -> "type";
            default -> "invalid";
        };
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
