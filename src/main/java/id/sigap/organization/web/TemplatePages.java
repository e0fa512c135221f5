package id.sigap.organization.web;

import id.sigap.organization.SubTaskForceTemplate;
import id.sigap.organization.TaskForces;
import id.sigap.organization.internal.OrganizationAccess;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The default sub-task forces new task forces start with: read by all staff, edited by national administrators. */
@Controller
@RequestMapping("/gugus-tugas/sub-bawaan")
class TemplatePages {

    private final TaskForces taskForces;
    private final OrganizationAccess access;
    private final FormErrors formErrors;

    TemplatePages(TaskForces taskForces, OrganizationAccess access, FormErrors formErrors) {
        this.taskForces = taskForces;
        this.access = access;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Model model) {
        return page(model, access.user(), null);
    }

    @PostMapping
    String save(
            @ModelAttribute TemplateForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        SigapUser user = access.user();
        access.requireNationalAdmin(user, "sub_task_force_template");
        try {
            var template = form.toTemplate();
            boolean adding = form.version() == null || form.version().isBlank();
            if (adding
                    && taskForces.templates().stream().anyMatch(t -> t.numeral().equals(template.numeral()))) {
                throw new SigapException.Invalid("numeral", "taskforce.numeral-taken");
            }
            taskForces.saveTemplate(template);
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/gugus-tugas/sub-bawaan";
        } catch (SigapException.Invalid | SigapException.Conflict e) {
            formErrors.show(e, model, response, "numeral");
            return page(model, user, form);
        }
    }

    private String page(Model model, SigapUser user, TemplateForm rejected) {
        model.addAttribute("templates", taskForces.templates());
        model.addAttribute("canEdit", access.isNationalAdmin(user));
        model.addAttribute("rejected", rejected);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "organization/subtaskforce-templates";
    }

    /** One default sub-task force as typed. */
    public record TemplateForm(String numeral, String position, String name, String active, String version) {

        SubTaskForceTemplate toTemplate() {
            FormFields f = new FormFields();
            Long pos = f.id("position", position);
            int v = version == null || version.isBlank() ? 0 : f.version(version);
            boolean isActive = active != null && !active.isBlank() && !"false".equals(active);
            return f.build(
                    () -> new SubTaskForceTemplate(numeral, pos == null ? 0 : pos.intValue(), name, isActive, v));
        }
    }
}
