package id.sigap.organization.web;

import id.sigap.organization.DecreeKind;
import id.sigap.organization.OrgLevel;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForceQuery;
import id.sigap.organization.TaskForces;
import id.sigap.organization.internal.OrganizationAccess;
import id.sigap.organization.internal.RegionNames;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Task-force pages: list, structure on a date, forming and editing (/gugus-tugas). */
@Controller
@RequestMapping("/gugus-tugas")
class TaskForcePages {

    private final TaskForces taskForces;
    private final OrganizationAccess access;
    private final RegionNames regionNames;
    private final FormErrors formErrors;
    private final Clock clock;

    TaskForcePages(
            TaskForces taskForces,
            OrganizationAccess access,
            RegionNames regionNames,
            FormErrors formErrors,
            Clock clock) {
        this.taskForces = taskForces;
        this.access = access;
        this.regionNames = regionNames;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String tingkat,
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
            @RequestParam(defaultValue = "0") int hal,
            Model model) {
        SigapUser user = access.user();
        OrgLevel level = new FormFields().choice("tingkat", OrgLevel.class, tingkat);
        var page = taskForces.search(
                new TaskForceQuery(level, wilayah, tanggal),
                access.readScope(user),
                new PageRequest(hal, PageRequest.DEFAULT_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("levels", OrgLevel.values());
        model.addAttribute("tingkat", level == null ? null : level.name());
        model.addAttribute("wilayah", wilayah);
        model.addAttribute("tanggal", tanggal);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("regionNames", regionNames);
        model.addAttribute("canCreate", access.mayCreateTaskForces(user));
        return "organization/taskforce-list";
    }

    @GetMapping("/{id}")
    String detail(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
            Model model) {
        SigapUser user = access.user();
        TaskForce tf = taskForces.require(id);
        access.requireRead(user, tf.regionCode(), "task_force", id);
        LocalDate date = tanggal == null ? LocalDate.now(clock) : tanggal;
        model.addAttribute("tf", tf);
        model.addAttribute("structure", taskForces.structureOn(id, date));
        model.addAttribute("date", date);
        model.addAttribute("members", taskForces.members(id));
        model.addAttribute("subs", taskForces.subTaskForces(id));
        model.addAttribute("regionName", regionNames.of(tf.regionCode()));
        model.addAttribute("canEdit", access.mayEditTaskForce(user, tf.regionCode()));
        return "organization/taskforce-detail";
    }

    @GetMapping("/baru")
    String createForm(Model model) {
        access.requireSomeTaskForceEditor(access.user());
        return form(model, TaskForceForm.empty(), null);
    }

    @PostMapping
    String create(
            @ModelAttribute TaskForceForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SigapUser user = access.user();
        access.requireSomeTaskForceEditor(user);
        try {
            var command = form.toNewTaskForce();
            access.requireTaskForceEditor(user, command.regionCode(), null);
            TaskForce created = taskForces.create(command);
            redirect.addFlashAttribute("flash", "taskforce.created");
            return "redirect:/gugus-tugas/" + created.id();
        } catch (SigapException.Invalid | SigapException.Conflict e) {
            formErrors.show(e, model, response, "validFrom");
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/ubah")
    String editForm(@PathVariable long id, Model model) {
        TaskForce tf = taskForces.require(id);
        access.requireTaskForceEditor(access.user(), tf.regionCode(), id);
        return form(model, TaskForceForm.of(tf), tf);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute TaskForceForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForce tf = taskForces.require(id);
        access.requireTaskForceEditor(access.user(), tf.regionCode(), id);
        try {
            taskForces.update(id, form.toChange());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/gugus-tugas/" + id;
        } catch (SigapException.Invalid | SigapException.Conflict e) {
            formErrors.show(e, model, response, "validFrom");
            return form(model, form, tf);
        }
    }

    private String form(Model model, TaskForceForm form, TaskForce tf) {
        model.addAttribute("form", form);
        model.addAttribute("tf", tf);
        model.addAttribute("levels", OrgLevel.values());
        model.addAttribute("kinds", DecreeKind.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "organization/taskforce-form";
    }
}
