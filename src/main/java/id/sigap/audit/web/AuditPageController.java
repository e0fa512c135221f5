package id.sigap.audit.web;

import id.sigap.security.RegionScope;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The auditor's page: search the log within one's scope, and (national scope) verify its integrity. */
@Controller
class AuditPageController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditDesk desk;

    AuditPageController(AuditDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/audit")
    String index(AuditFilter filter, Model model, HttpServletResponse response) {
        return render(filter, model, response);
    }

    @PostMapping("/audit/verifikasi")
    String verify(Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("verification", desk.verify(locale));
        return render(AuditFilter.empty(), model, response);
    }

    private String render(AuditFilter filter, Model model, HttpServletResponse response) {
        RegionScope scope = desk.scope();
        model.addAttribute("national", scope.national());
        model.addAttribute("scopeRoots", scope.roots().stream().sorted().collect(Collectors.joining(", ")));
        model.addAttribute("actions", AuditEvent.Action.values());
        model.addAttribute("zone", desk.clock().getZone().getId());
        model.addAttribute("timeFormat", TIME.withZone(desk.clock().getZone()));
        try {
            model.addAttribute("results", desk.search(filter));
            AuditFilter shown = filter.resolved(desk.clock());
            model.addAttribute("filter", shown);
            model.addAttribute("links", new AuditLinks(shown));
        } catch (SigapException.Invalid e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), "error." + p.code()));
            model.addAttribute("errors", errors);
            model.addAttribute("filter", filter);
            response.setStatus(422);
        }
        return "audit/index";
    }
}
