package id.sigap.cases.web;

import id.sigap.cases.PersonRole;
import id.sigap.cases.RoleInProcess;
import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.CaseRegister;
import id.sigap.cases.internal.CaseRow;
import id.sigap.cases.internal.PersonRegister;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Adding a person to a case; a rejected form is shown again (422) with a message next to each field. */
@Controller
class PersonPages {

    private final CaseRegister cases;
    private final PersonRegister persons;
    private final CaseAccess access;
    private final MessageSource messages;

    PersonPages(CaseRegister cases, PersonRegister persons, CaseAccess access, MessageSource messages) {
        this.cases = cases;
        this.persons = persons;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/kasus/{id}/orang/baru")
    String form(@PathVariable long id, Model model) {
        CaseRow c = cases.find(id);
        access.requireWrite(access.user(), c.regionCode(), CaseAccess.CASE, id);
        return show(c, null, new PersonForm(), Map.of(), model);
    }

    @GetMapping("/kasus/{id}/orang/{personId}/ubah")
    String editForm(@PathVariable long id, @PathVariable long personId, Model model) {
        CaseRow c = cases.find(id);
        var user = access.user();
        access.requireWrite(user, c.regionCode(), CaseAccess.CASE, id);
        return show(c, personId, PersonForm.of(persons.read(user, personId)), Map.of(), model);
    }

    @PostMapping("/kasus/{id}/orang/{personId}")
    String edit(
            @PathVariable long id,
            @PathVariable long personId,
            @ModelAttribute PersonForm form,
            Model model,
            HttpServletResponse response) {
        CaseRow c = cases.find(id);
        try {
            persons.update(access.user(), personId, form.getVersion() == null ? -1 : form.getVersion(), form.input());
            return "redirect:/kasus/" + id;
        } catch (SigapException.Invalid e) {
            return rejected(c, personId, form, e, model, response);
        }
    }

    @PostMapping("/kasus/{id}/orang")
    String add(@PathVariable long id, @ModelAttribute PersonForm form, Model model, HttpServletResponse response) {
        CaseRow c = cases.find(id);
        try {
            persons.addToCase(
                    access.user(),
                    id,
                    form.input(),
                    Forms.role(form.getRole()),
                    Forms.roleInProcess(form.getRoleInProcess()));
            return "redirect:/kasus/" + id;
        } catch (SigapException.Invalid e) {
            return rejected(c, null, form, e, model, response);
        }
    }

    private String rejected(
            CaseRow c,
            Long personId,
            PersonForm form,
            SigapException.Invalid e,
            Model model,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field(), message(p.code(), p.args())));
        response.setStatus(e.status());
        return show(c, personId, form, errors, model);
    }

    private String show(CaseRow c, Long personId, PersonForm form, Map<String, String> errors, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("personId", personId);
        model.addAttribute("identifiers", access.maySeeIdentifiers(access.user(), c.regionCode()) || personId == null);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("rolesInProcess", RoleInProcess.values());
        return "cases/person-form";
    }

    private String message(String code, Object... args) {
        return messages.getMessage("error." + code, args, code, LocaleContextHolder.getLocale());
    }
}
