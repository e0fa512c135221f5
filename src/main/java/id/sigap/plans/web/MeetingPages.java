package id.sigap.plans.web;

import id.sigap.organization.Agencies;
import id.sigap.plans.FollowUp;
import id.sigap.plans.FollowUpStatus;
import id.sigap.plans.Meeting;
import id.sigap.plans.MeetingKind;
import id.sigap.plans.internal.FollowUps;
import id.sigap.plans.internal.Meetings;
import id.sigap.plans.internal.Meetings.MeetingInput;
import id.sigap.plans.internal.PlanAccess;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.FieldMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Coordination meetings {@code /rapat}: list, record, minutes and decisions, follow-ups. */
@Controller
class MeetingPages {

    private final Meetings meetings;
    private final FollowUps followUps;
    private final Agencies agencies;
    private final PlanAccess access;
    private final FieldMessages formErrors;
    private final Clock clock;

    MeetingPages(
            Meetings meetings,
            FollowUps followUps,
            Agencies agencies,
            PlanAccess access,
            FieldMessages formErrors,
            Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.followUps = followUps;
        this.agencies = agencies;
        this.access = access;
        this.formErrors = formErrors;
    }

    @GetMapping("/rapat")
    String list(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) String arah,
            @RequestParam(required = false) Integer hal,
            Model model) {
        return renderList(wilayah, tahun, arah, hal, Map.of(), model);
    }

    @PostMapping("/rapat")
    String create(
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) List<Long> agencyIds,
            Model model,
            HttpServletResponse response) {
        try {
            Meeting m = meetings.create(access.user(), input(form, agencyIds));
            return "redirect:/rapat/" + m.id();
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return renderList(null, null, null, null, formErrors.of(e), model);
        }
    }

    @GetMapping("/rapat/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        return render(id, Map.of(), null, model);
    }

    @PostMapping("/rapat/{id:\\d+}")
    String update(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) List<Long> agencyIds,
            Model model,
            HttpServletResponse response) {
        try {
            meetings.update(access.user(), id, version, input(form, agencyIds));
            return "redirect:/rapat/" + id;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return render(id, formErrors.of(e), "edit", model);
        }
    }

    @PostMapping("/rapat/{id:\\d+}/hapus")
    String delete(@PathVariable long id, @RequestParam int version) {
        meetings.delete(access.user(), id, version);
        return "redirect:/rapat";
    }

    @PostMapping("/rapat/{id:\\d+}/tindak-lanjut")
    String addFollowUp(
            @PathVariable long id,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Long ownerAgencyId,
            @RequestParam(required = false) LocalDate dueOn,
            Model model,
            HttpServletResponse response) {
        try {
            followUps.add(access.user(), id, action, ownerAgencyId, dueOn);
            return "redirect:/rapat/" + id;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return render(id, formErrors.of(e), "followup", model);
        }
    }

    String render(long id, Map<String, String> errors, String failedForm, Model model) {
        SigapUser user = access.user();
        Meeting m = meetings.requireReadable(user, id);
        List<FollowUp> list = followUps.ofMeeting(id);
        boolean mayEdit = access.mayEdit(user, m.regionCode());
        List<Long> mentioned = new ArrayList<>(m.agencyIds());
        list.forEach(f -> mentioned.add(f.ownerAgencyId()));
        model.addAttribute("meeting", m);
        model.addAttribute("followUps", list);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute(
                "mayUpdate",
                list.stream()
                        .filter(f -> followUps.mayUpdate(user, f, m))
                        .map(FollowUp::id)
                        .toList());
        model.addAttribute("agencyNames", AgencyNames.of(agencies, mentioned));
        model.addAttribute("agencies", mayEdit ? agencies.candidatesFor(m.regionCode()) : List.of());
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("statuses", FollowUpStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", errors);
        model.addAttribute("failedForm", failedForm);
        return "plans/meeting";
    }

    private String renderList(
            String region, Integer year, String dir, Integer page, Map<String, String> errors, Model model) {
        SigapUser user = access.user();
        boolean asc = "naik".equals(dir);
        model.addAttribute("page", meetings.search(user, region, year, asc, PageRequest.of(page, 25)));
        model.addAttribute("wilayah", region);
        model.addAttribute("tahun", year);
        model.addAttribute("arah", asc ? "naik" : "turun");
        boolean mayCreate = user.has(Role.TASKFORCE_SECRETARY);
        model.addAttribute("mayCreate", mayCreate);
        String home = access.secretaryRegion(user);
        model.addAttribute("homeRegion", home);
        model.addAttribute("agencies", mayCreate ? agencies.candidatesFor(home) : List.of());
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("errors", errors);
        return "plans/meetings";
    }

    private static MeetingInput input(Map<String, String> f, List<Long> agencyIds) {
        Integer heads = null;
        LocalDate held = null;
        try {
            heads = f.get("headCount") == null || f.get("headCount").isBlank()
                    ? null
                    : Integer.valueOf(f.get("headCount").strip());
        } catch (NumberFormatException e) {
            throw new SigapException.Invalid("headCount", "plans.number-invalid");
        }
        try {
            held = f.get("heldOn") == null || f.get("heldOn").isBlank() ? null : LocalDate.parse(f.get("heldOn"));
        } catch (java.time.DateTimeException e) {
            throw new SigapException.Invalid("heldOn", "plans.date-invalid");
        }
        return new MeetingInput(
                f.get("kind"),
                f.get("regionCode"),
                f.get("title"),
                held,
                f.get("place"),
                heads,
                f.get("agenda"),
                f.get("minutes"),
                f.get("decisions"),
                agencyIds == null
                        ? List.of()
                        : Stream.of(agencyIds.toArray(Long[]::new)).toList());
    }
}
