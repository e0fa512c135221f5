package id.sigap.organization.web;

import id.sigap.organization.Agencies;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForces;
import id.sigap.organization.internal.OrganizationAccess;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page flow shared by the dated parts of a task force (members, sub-task forces): only an editor of the task
 * force may open them; a save goes back to the task force with a flash message, a rejected save shows the form
 * again with its messages.
 */
@Component
class TaskForcePartPages {

    private final TaskForces taskForces;
    private final Agencies agencies;
    private final OrganizationAccess access;
    private final FormErrors formErrors;

    TaskForcePartPages(TaskForces taskForces, Agencies agencies, OrganizationAccess access, FormErrors formErrors) {
        this.taskForces = taskForces;
        this.agencies = agencies;
        this.access = access;
        this.formErrors = formErrors;
    }

    /** The task force, if the current user may edit it. */
    TaskForce editable(long id) {
        TaskForce tf = taskForces.require(id);
        access.requireTaskForceEditor(access.user(), tf.regionCode(), id);
        return tf;
    }

    /** Runs the save and redirects to the task force, or shows the form again when the save is rejected. */
    String save(
            TaskForce tf,
            Runnable save,
            String flash,
            String conflictField,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Supplier<String> form) {
        try {
            save.run();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/gugus-tugas/" + tf.id();
        } catch (SigapException.Invalid | SigapException.Conflict e) {
            formErrors.show(e, model, response, conflictField);
            return form.get();
        }
    }

    /** Fills what every part form shows: the task force, the form, the candidate agencies and the messages. */
    void fill(Model model, TaskForce tf, Object form) {
        model.addAttribute("tf", tf);
        model.addAttribute("form", form);
        model.addAttribute("candidates", agencies.candidatesFor(tf.regionCode()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }
}
