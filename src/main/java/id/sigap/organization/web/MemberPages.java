package id.sigap.organization.web;

import id.sigap.organization.Agencies;
import id.sigap.organization.Member;
import id.sigap.organization.MemberRole;
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

/** Members of a task force: join, change role from a date, end (/gugus-tugas/{id}/anggota). */
@Controller
@RequestMapping("/gugus-tugas/{id}/anggota")
class MemberPages {

    private final TaskForces taskForces;
    private final Agencies agencies;
    private final OrganizationAccess access;
    private final FormErrors formErrors;

    MemberPages(TaskForces taskForces, Agencies agencies, OrganizationAccess access, FormErrors formErrors) {
        this.taskForces = taskForces;
        this.agencies = agencies;
        this.access = access;
        this.formErrors = formErrors;
    }

    @GetMapping("/baru")
    String addForm(@PathVariable long id, Model model) {
        TaskForce tf = editable(id);
        return page(model, tf, null, MemberForm.empty());
    }

    @PostMapping
    String add(
            @PathVariable long id,
            @ModelAttribute MemberForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForce tf = editable(id);
        try {
            taskForces.addMember(id, form.toNewMember());
            redirect.addFlashAttribute("flash", "taskforce.member.added");
            return "redirect:/gugus-tugas/" + id;
        } catch (SigapException.Invalid | SigapException.Conflict e) {
            formErrors.show(e, model, response, "validFrom");
            return page(model, tf, null, form);
        }
    }

    @GetMapping("/{memberId}")
    String editForm(@PathVariable long id, @PathVariable long memberId, Model model) {
        TaskForce tf = editable(id);
        Member m = member(id, memberId);
        return page(
                model,
                tf,
                m,
                new MemberForm(
                        null,
                        m.role().name(),
                        m.positionTitle(),
                        null,
                        null,
                        null,
                        null,
                        Integer.toString(m.version())));
    }

    @PostMapping("/{memberId}/ubah")
    String change(
            @PathVariable long id,
            @PathVariable long memberId,
            @ModelAttribute MemberForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForce tf = editable(id);
        Member m = member(id, memberId);
        try {
            var change = form.toChange();
            taskForces.changeMember(
                    memberId, change.role(), change.positionTitle(), change.effectiveFrom(), change.version());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/gugus-tugas/" + id;
        } catch (SigapException.Invalid | SigapException.Conflict e) {
            formErrors.show(e, model, response, "effectiveFrom");
            return page(model, tf, m, form);
        }
    }

    @PostMapping("/{memberId}/akhiri")
    String end(
            @PathVariable long id,
            @PathVariable long memberId,
            @ModelAttribute MemberForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForce tf = editable(id);
        Member m = member(id, memberId);
        try {
            var end = form.toEnd();
            taskForces.endMember(memberId, end.lastDay(), end.version());
            redirect.addFlashAttribute("flash", "taskforce.member.ended");
            return "redirect:/gugus-tugas/" + id;
        } catch (SigapException.Invalid | SigapException.Conflict e) {
            formErrors.show(e, model, response, "lastDay");
            return page(model, tf, m, form);
        }
    }

    private TaskForce editable(long id) {
        TaskForce tf = taskForces.require(id);
        access.requireTaskForceEditor(access.user(), tf.regionCode(), id);
        return tf;
    }

    private Member member(long taskForceId, long memberId) {
        return taskForces
                .member(memberId)
                .filter(m -> m.taskForceId() == taskForceId)
                .orElseThrow(() -> new SigapException.NotFound("taskforce.member-not-found"));
    }

    private String page(Model model, TaskForce tf, Member member, MemberForm form) {
        model.addAttribute("tf", tf);
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("candidates", agencies.candidatesFor(tf.regionCode()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "organization/taskforce-member";
    }
}
