package id.sigap.cases.web;

import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.CaseElements;
import id.sigap.cases.internal.CaseLifecycle;
import id.sigap.cases.internal.CaseOpening;
import id.sigap.cases.internal.CaseRegister;
import id.sigap.cases.internal.CaseRoute;
import id.sigap.cases.internal.CaseRow;
import id.sigap.cases.internal.PersonRegister;
import id.sigap.cases.internal.RecruitmentChannels;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

/** Case pages: opening a case and one case (/kasus/{id}) with persons, status actions and the timeline. */
@Controller
class CasePages {

    private final CaseRegister cases;
    private final PersonRegister persons;
    private final CaseElements elements;
    private final CaseRoute route;
    private final CaseOpening opening;
    private final CaseAccess access;
    private final MessageSource messages;
    private final RecruitmentChannels channels;

    CasePages(
            CaseRegister cases,
            PersonRegister persons,
            CaseElements elements,
            CaseRoute route,
            CaseOpening opening,
            CaseAccess access,
            MessageSource messages,
            RecruitmentChannels channels) {
        this.channels = channels;
        this.opening = opening;
        this.messages = messages;
        this.cases = cases;
        this.persons = persons;
        this.elements = elements;
        this.route = route;
        this.access = access;
    }

    @GetMapping("/kasus/baru")
    String openForm(Model model) {
        access.requireSomeWriter(access.user());
        model.addAttribute("errors", Map.of());
        return "cases/case-open";
    }

    @PostMapping("/kasus")
    String open(
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String summary,
            @RequestParam(defaultValue = "false") boolean childInvolved,
            @RequestParam(defaultValue = "false") boolean abroad,
            Model model,
            HttpServletResponse response) {
        try {
            var opened = opening.open(access.user(), Forms.blank(regionCode), summary, childInvolved, abroad);
            return "redirect:/kasus/" + opened.id();
        } catch (SigapException.Invalid e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems()
                    .forEach(p -> errors.putIfAbsent(
                            p.field(),
                            messages.getMessage(
                                    "error." + p.code(), p.args(), p.code(), LocaleContextHolder.getLocale())));
            response.setStatus(e.status());
            model.addAttribute("errors", errors);
            model.addAttribute("regionCode", regionCode);
            model.addAttribute("summary", summary);
            model.addAttribute("childInvolved", childInvolved);
            model.addAttribute("abroad", abroad);
            return "cases/case-open";
        }
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
        model.addAttribute("channels", channels.codes(LocaleContextHolder.getLocale()));
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
