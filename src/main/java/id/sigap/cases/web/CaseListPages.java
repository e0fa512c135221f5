package id.sigap.cases.web;

import id.sigap.cases.CaseStatus;
import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.CaseElements;
import id.sigap.cases.internal.CaseQuery;
import id.sigap.cases.internal.CaseRegister;
import id.sigap.cases.internal.CaseRow;
import id.sigap.cases.internal.TransferInbox;
import id.sigap.security.SavedFilters;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case list (/kasus): filters, region names, paging and sorting, and the user's saved filters
 * (/kasus/saringan: save the current filter under a name, apply, delete).
 */
@Controller
class CaseListPages {

    /** The key of this list's saved filters. */
    static final String LIST = "cases";

    /** The list's own parameters, as saved in a filter (not the page number). */
    static final List<String> FILTER_PARAMS =
            List.of("q", "wilayah", "status", "dari", "sampai", "modus", "urut", "turun");

    private final CaseRegister cases;
    private final CaseElements elements;
    private final CaseAccess access;
    private final SavedFilters filters;
    private final TransferInbox inbox;
    private final CaseRegionNames regionNames;
    private final MessageSource messages;

    CaseListPages(
            CaseRegister cases,
            CaseElements elements,
            CaseAccess access,
            SavedFilters filters,
            TransferInbox inbox,
            CaseRegionNames regionNames,
            MessageSource messages) {
        this.cases = cases;
        this.elements = elements;
        this.access = access;
        this.filters = filters;
        this.inbox = inbox;
        this.regionNames = regionNames;
        this.messages = messages;
    }

    @GetMapping("/kasus")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
            @RequestParam(required = false) String modus,
            @RequestParam(defaultValue = "opened") String urut,
            @RequestParam(defaultValue = "true") boolean turun,
            @RequestParam(required = false) Integer hal,
            Model model) {
        SigapUser user = access.user();
        CaseStatus st = Forms.status(status);
        var page = cases.list(
                user, new CaseQuery(wilayah, st, dari, sampai, q, modus, urut, turun), PageRequest.of(hal, 25));
        model.addAttribute("page", page);
        model.addAttribute("regionNames", regionNames.of(page.content().stream().map(CaseRow::regionCode)));
        model.addAttribute("q", q);
        model.addAttribute("wilayah", wilayah);
        model.addAttribute("status", st == null ? null : st.name());
        model.addAttribute("dari", dari);
        model.addAttribute("sampai", sampai);
        model.addAttribute("modus", Forms.blank(modus));
        model.addAttribute(
                "modusList", elements.lists(LocaleContextHolder.getLocale()).get("MODUS"));
        model.addAttribute("urut", urut);
        model.addAttribute("turun", turun);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("canOpen", access.maySomewhereWrite(user));
        model.addAttribute("canReceive", inbox.mayReceive(user));
        model.addAttribute("savedFilters", filters.of(user, LIST));
        return "cases/case-list";
    }

    /** Saves the filter shown under a name (same name: replaced), then shows the list with it. */
    @PostMapping("/kasus/saringan")
    String saveFilter(
            @RequestParam(required = false) String filterName,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        SigapUser user = access.user();
        access.requireSomeReader(user);
        String query = FilterQuery.of(params, FILTER_PARAMS);
        try {
            filters.save(user, LIST, filterName, query);
            return "redirect:/kasus" + (query.isEmpty() ? "" : "?" + query);
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            var p = e.problems().getFirst();
            model.addAttribute(
                    "filterError",
                    messages.getMessage("error." + p.code(), p.args(), p.code(), LocaleContextHolder.getLocale()));
            model.addAttribute("filterName", filterName);
            return list(
                    params.getFirst("q"),
                    params.getFirst("wilayah"),
                    params.getFirst("status"),
                    date(params.getFirst("dari")),
                    date(params.getFirst("sampai")),
                    params.getFirst("modus"),
                    Forms.blank(params.getFirst("urut")) == null ? "opened" : params.getFirst("urut"),
                    !"false".equals(params.getFirst("turun")),
                    null,
                    model);
        }
    }

    @GetMapping("/kasus/saringan/{filterId}")
    String applyFilter(@PathVariable long filterId) {
        String query = filters.require(access.user(), LIST, filterId).query();
        return "redirect:/kasus" + (query.isEmpty() ? "" : "?" + query);
    }

    @PostMapping("/kasus/saringan/{filterId}/hapus")
    String deleteFilter(@PathVariable long filterId) {
        filters.delete(access.user(), LIST, filterId);
        return "redirect:/kasus";
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
