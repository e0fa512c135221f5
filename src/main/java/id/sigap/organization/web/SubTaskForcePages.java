package id.sigap.organization.web;

import id.sigap.organization.SubTaskForce;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForces;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
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
    private final TaskForcePartPages parts;

    SubTaskForcePages(TaskForces taskForces, TaskForcePartPages parts) {
        this.taskForces = taskForces;
        this.parts = parts;
    }

    @GetMapping("/baru")
    String addForm(@PathVariable long id, Model model) {
        return page(model, parts.editable(id), null, SubTaskForceForm.empty());
    }

    @PostMapping
    String add(
            @PathVariable long id,
            @ModelAttribute SubTaskForceForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForce tf = parts.editable(id);
        return parts.save(
                tf,
                () -> taskForces.addSubTaskForce(id, form.toNew()),
                "common.saved",
                "numeral",
                model,
                response,
                redirect,
                () -> page(model, tf, null, form));
    }

    @GetMapping("/{subId}")
    String editForm(@PathVariable long id, @PathVariable long subId, Model model) {
        TaskForce tf = parts.editable(id);
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
        TaskForce tf = parts.editable(id);
        SubTaskForce s = sub(id, subId);
        return parts.save(
                tf,
                () -> {
                    var change = form.toChange();
                    taskForces.changeSubTaskForce(
                            subId,
                            change.name(),
                            change.coordinatingAgencyId(),
                            change.effectiveFrom(),
                            change.version());
                },
                "common.saved",
                "effectiveFrom",
                model,
                response,
                redirect,
                () -> page(model, tf, s, form));
    }

    @PostMapping("/{subId}/akhiri")
    String end(
            @PathVariable long id,
            @PathVariable long subId,
            @ModelAttribute SubTaskForceForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForce tf = parts.editable(id);
        SubTaskForce s = sub(id, subId);
        return parts.save(
                tf,
                () -> {
                    var end = form.toEnd();
                    taskForces.endSubTaskForce(subId, end.lastDay(), end.version());
                },
                "common.saved",
                "lastDay",
                model,
                response,
                redirect,
                () -> page(model, tf, s, form));
    }

    private SubTaskForce sub(long taskForceId, long subId) {
        return taskForces
                .subTaskForce(subId)
                .filter(s -> s.taskForceId() == taskForceId)
                .orElseThrow(() -> new SigapException.NotFound("taskforce.sub-not-found"));
    }

    private String page(Model model, TaskForce tf, SubTaskForce sub, SubTaskForceForm form) {
        parts.fill(model, tf, form);
        model.addAttribute("sub", sub);
        return "organization/taskforce-sub";
    }
}
