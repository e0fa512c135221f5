package id.sigap.cases.web;

import id.sigap.cases.CaseStatus;
import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.CaseElements;
import id.sigap.cases.internal.CaseLifecycle;
import id.sigap.cases.internal.CaseQuery;
import id.sigap.cases.internal.CaseRegister;
import id.sigap.cases.internal.CaseRoute;
import id.sigap.cases.internal.CaseRow;
import id.sigap.cases.internal.PersonRegister;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Case pages: the list (/kasus) and one case (/kasus/{id}) with persons, status actions and the timeline. */
@Controller
class CasePages {

    private final CaseRegister cases;
    private final PersonRegister persons;
    private final CaseElements elements;
    private final CaseRoute route;
    private final CaseAccess access;

    CasePages(CaseRegister cases, PersonRegister persons, CaseElements elements, CaseRoute route, CaseAccess access) {
        this.cases = cases;
        this.persons = persons;
        this.elements = elements;
        this.route = route;
        this.access = access;
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
        CaseStatus st = Forms.status(status);
        var page = cases.list(
                access.user(),
                new CaseQuery(wilayah, st, dari, sampai, q, modus, urut, turun),
                PageRequest.of(hal, 25));
        model.addAttribute("page", page);
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
        return "cases/case-list";
    }

    @GetMapping("/kasus/{id}")
    String detail(@PathVariable long id, Model model) {
        SigapUser user = access.user();
        CaseRow row = cases.read(user, id);
        model.addAttribute("c", row);
        model.addAttribute("persons", persons.inCase(user, row));
        model.addAttribute("notes", cases.notes(id));
        model.addAttribute("elements", elements.of(id));
        model.addAttribute("lists", elements.lists(LocaleContextHolder.getLocale()));
        model.addAttribute("route", route.of(id));
        model.addAttribute("stages", CaseRoute.STAGES);
        model.addAttribute("transports", CaseRoute.TRANSPORTS);
        model.addAttribute("canWrite", access.mayWrite(user, row.regionCode()));
        model.addAttribute("closeReasons", new TreeSet<>(CaseLifecycle.CLOSE_REASONS));
        return "cases/case-detail";
    }

    @PostMapping("/kasus/{id}/status")
    String status(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String action,
            @RequestParam(required = false) String reason) {
        cases.changeStatus(access.user(), id, version, action, Forms.blank(reason));
        return "redirect:/kasus/" + id;
    }

    /** Saves the chosen elements (checkboxes named after their list); an unchecked list becomes empty. */
    @PostMapping("/kasus/{id}/unsur")
    String elements(@PathVariable long id, @RequestParam MultiValueMap<String, String> form) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        CaseElements.LISTS.forEach(l -> chosen.put(l, form.getOrDefault(l, List.of())));
        elements.replace(access.user(), id, chosen);
        return "redirect:/kasus/" + id;
    }

    @PostMapping("/kasus/{id}/rute")
    String addRouteEvent(
            @PathVariable long id,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String placeName,
            @RequestParam(required = false) String transport) {
        route.add(
                access.user(),
                id,
                Forms.clean(new CaseRoute.Event(null, stage, date, regionCode, country, placeName, transport)));
        return "redirect:/kasus/" + id;
    }

    @PostMapping("/kasus/{id}/rute/{eventId}/hapus")
    String removeRouteEvent(@PathVariable long id, @PathVariable long eventId) {
        route.remove(access.user(), id, eventId);
        return "redirect:/kasus/" + id;
    }

    @PostMapping("/kasus/{id}/catatan")
    String note(@PathVariable long id, @RequestParam(required = false) String body) {
        cases.addNote(access.user(), id, body);
        return "redirect:/kasus/" + id;
    }
}
