package id.sigap.intake.web;

import id.sigap.intake.Channel;
import id.sigap.intake.ReportStatus;
import id.sigap.intake.internal.Triage;
import id.sigap.security.CurrentUser;
import id.sigap.security.SavedFilters;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Saved filters of the triage queue (/pengaduan/saringan): save the filter shown under a name, apply, delete. */
@Controller
@RequestMapping("/pengaduan/saringan")
class QueueFilterPages {

    /** The key of this list's saved filters. */
    static final String LIST = "triage";

    static final List<String> FILTER_PARAMS = List.of("status", "saluran", "terbuka");

    private final SavedFilters filters;
    private final Triage triage;
    private final CurrentUser currentUser;
    private final TriagePages queue;
    private final MessageSource messages;

    QueueFilterPages(
            SavedFilters filters, Triage triage, CurrentUser currentUser, TriagePages queue, MessageSource messages) {
        this.filters = filters;
        this.triage = triage;
        this.currentUser = currentUser;
        this.queue = queue;
        this.messages = messages;
    }

    @PostMapping
    String save(
            @RequestParam(required = false) String filterName,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        SigapUser user = currentUser.require();
        if (triage.readScope(user).isEmpty()) {
            throw new SigapException.NotAllowed("access.denied");
        }
        String query = FilterQuery.of(params, FILTER_PARAMS);
        try {
            filters.save(user, LIST, filterName, query);
            return "redirect:/pengaduan" + (query.isEmpty() ? "" : "?" + query);
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            var p = e.problems().getFirst();
            model.addAttribute(
                    "filterError",
                    messages.getMessage("error." + p.code(), p.args(), p.code(), LocaleContextHolder.getLocale()));
            model.addAttribute("filterName", filterName);
            return queue.queue(
                    parse(ReportStatus.class, params.getFirst("status")),
                    parse(Channel.class, params.getFirst("saluran")),
                    !params.getOrDefault("terbuka", List.of()).contains("false")
                            || params.getOrDefault("terbuka", List.of()).contains("true"),
                    0,
                    model);
        }
    }

    @GetMapping("/{filterId}")
    String apply(@PathVariable long filterId) {
        String query = filters.require(currentUser.require(), LIST, filterId).query();
        return "redirect:/pengaduan" + (query.isEmpty() ? "" : "?" + query);
    }

    @PostMapping("/{filterId}/hapus")
    String delete(@PathVariable long filterId) {
        filters.delete(currentUser.require(), LIST, filterId);
        return "redirect:/pengaduan";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
