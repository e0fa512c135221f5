package id.sigap.organization.web;

import id.sigap.organization.Member;
import id.sigap.organization.MemberRole;
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

/** Members of a task force: join, change role from a date, end (/gugus-tugas/{id}/anggota). */
@Controller
@RequestMapping("/gugus-tugas/{id}/anggota")
class MemberPages {

    private final TaskForces taskForces;
    private final TaskForcePartPages parts;

    MemberPages(TaskForces taskForces, TaskForcePartPages parts) {
        this.taskForces = taskForces;
        this.parts = parts;
    }

    @GetMapping("/baru")
    String addForm(@PathVariable long id, Model model) {
        return page(model, parts.editable(id), null, MemberForm.empty());
    }

    @PostMapping
    String add(
            @PathVariable long id,
            @ModelAttribute MemberForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForce tf = parts.editable(id);
        return parts.save(
                tf,
                () -> taskForces.addMember(id, form.toNewMember()),
                "taskforce.member.added",
                "validFrom",
                model,
                response,
                redirect,
                () -> page(model, tf, null, form));
    }

    @GetMapping("/{memberId}")
    String editForm(@PathVariable long id, @PathVariable long memberId, Model model) {
        TaskForce tf = parts.editable(id);
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
        TaskForce tf = parts.editable(id);
        Member m = member(id, memberId);
        return parts.save(
                tf,
                () -> {
                    var change = form.toChange();
                    taskForces.changeMember(
                            memberId, change.role(), change.positionTitle(), change.effectiveFrom(), change.version());
                },
                "common.saved",
                "effectiveFrom",
                model,
                response,
                redirect,
                () -> page(model, tf, m, form));
    }

    @PostMapping("/{memberId}/akhiri")
    String end(
            @PathVariable long id,
            @PathVariable long memberId,
            @ModelAttribute MemberForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskForce tf = parts.editable(id);
        Member m = member(id, memberId);
        return parts.save(
                tf,
                () -> {
                    var end = form.toEnd();
                    taskForces.endMember(memberId, end.lastDay(), end.version());
                },
                "taskforce.member.ended",
                "lastDay",
                model,
                response,
                redirect,
                () -> page(model, tf, m, form));
    }

    private Member member(long taskForceId, long memberId) {
        return taskForces
                .member(memberId)
                .filter(m -> m.taskForceId() == taskForceId)
                .orElseThrow(() -> new SigapException.NotFound("taskforce.member-not-found"));
    }

    private String page(Model model, TaskForce tf, Member member, MemberForm form) {
        parts.fill(model, tf, form);
        model.addAttribute("member", member);
        model.addAttribute("roles", MemberRole.values());
        return "organization/taskforce-member";
    }
}
