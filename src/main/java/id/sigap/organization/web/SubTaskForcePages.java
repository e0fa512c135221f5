package id.sigap.organization.web;

import id.sigap.organization.Agencies;
import id.sigap.organization.SubTaskForce;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForces;
import id.sigap.organization.internal.OrganizationAccess;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sub-task forces of a task force: add, rename or change coordinator from a date, end (/gugus-tugas/{id}/sub). */
@Controller
@RequestMapping("/gugus-tugas/{id}/sub")
class SubTaskForcePages {

    private final TaskForces taskForces;
    private final Agencies agencies;
    private final OrganizationAccess access;
    private final FormErrors formErrors;

    SubTaskForcePages(TaskForces taskForces, Agencies agencies, OrganizationAccess access, FormErrors formErrors) {
        this.taskForces = taskForces;
        this.agencies = agencies;
        this.access = access;
        this.formErrors = formErrors;
    }

    @GetMapping("/baru")
    String addForm(@PathVariable long id, Model model) {
        return page(model, editable(id), null, SubTaskForceForm.empty());
    }

    @PostMapping
    String add(
            @PathVariable long id,
            @ModelAttribute SubTaskForceForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForce tf = editable(id);
        try {
            taskForces.addSubTaskForce(id, form.toNew());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/gugus-tugas/" + id;
        } catch (SigapException.Invalid | SigapException.Conflict e) {
            formErrors.show(e, model, response, "numeral");
            return page(model, tf, null, form);
        }
    }

    @GetMapping("/{subId}")
    String editForm(@PathVariable long id, @PathVariable long subId, Model model) {
        TaskForce tf = editable(id);
        SubTaskForce s = sub(id, subId);
        String coordinator = s.coordinatingAgencyId() == null
                ? null
                : s.coordinatingAgencyId().toString();
        return page(
                model,
                tf,
                s,
                new SubTaskForceForm(
                        s.numeral(), s.name(), coordinator, null, null, null, null, Integer.toString(s.version())));
    }

    @PostMapping("/{subId}/ubah")
    String change(
            @PathVariable long id,
            @PathVariable long subId,
            @ModelAttribute SubTaskForceForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForce tf = editable(id);
        SubTaskForce s = sub(id, subId);
        try {
            var change = form.toChange();
            taskForces.changeSubTaskForce(
                    subId, change.name(), change.coordinatingAgencyId(), change.effectiveFrom(), change.version());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/gugus-tugas/" + id;
        } catch (SigapException.Invalid | SigapException.Conflict e) {
            formErrors.show(e, model, response, "effectiveFrom");
            return page(model, tf, s, form);
        }
    }

    @PostMapping("/{subId}/akhiri")
    String end(
            @PathVariable long id,
            @PathVariable long subId,
            @ModelAttribute SubTaskForceForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForce tf = editable(id);
        SubTaskForce s = sub(id, subId);
        try {
            var end = form.toEnd();
            taskForces.endSubTaskForce(subId, end.lastDay(), end.version());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/gugus-tugas/" + id;
        } catch (SigapException.Invalid | SigapException.Conflict e) {
            formErrors.show(e, model, response, "lastDay");
            return page(model, tf, s, form);
        }
    }

    private TaskForce editable(long id) {
        TaskForce tf = taskForces.require(id);
        access.requireTaskForceEditor(access.user(), tf.regionCode(), id);
        return tf;
    }

    private SubTaskForce sub(long taskForceId, long subId) {
        return taskForces
                .subTaskForce(subId)
                .filter(s -> s.taskForceId() == taskForceId)
                .orElseThrow(() -> new SigapException.NotFound("taskforce.sub-not-found"));
    }

    private String page(Model model, TaskForce tf, SubTaskForce sub, SubTaskForceForm form) {
        model.addAttribute("tf", tf);
        model.addAttribute("sub", sub);
        model.addAttribute("form", form);
        model.addAttribute("candidates", agencies.candidatesFor(tf.regionCode()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "organization/taskforce-sub";
    }
}
