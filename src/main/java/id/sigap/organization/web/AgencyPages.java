package id.sigap.organization.web;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyQuery;
import id.sigap.organization.AgencyType;
import id.sigap.organization.OrgLevel;
import id.sigap.organization.internal.OrganizationAccess;
import id.sigap.organization.internal.RegionNames;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agency pages: list, detail, create, edit, deactivate (/instansi). */
@Controller
@RequestMapping("/instansi")
class AgencyPages {

    private final Agencies agencies;
    private final OrganizationAccess access;
    private final RegionNames regionNames;
    private final FormErrors formErrors;

    AgencyPages(Agencies agencies, OrganizationAccess access, RegionNames regionNames, FormErrors formErrors) {
        this.agencies = agencies;
        this.access = access;
        this.regionNames = regionNames;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String jenis,
            @RequestParam(required = false) String wilayah,
            @RequestParam(defaultValue = "nama") String urut,
            @RequestParam(defaultValue = "false") boolean turun,
            @RequestParam(defaultValue = "false") boolean nonaktif,
            @RequestParam(defaultValue = "0") int hal,
            Model model) {
        SigapUser user = access.user();
        AgencyType type = new FormFields().choice("jenis", AgencyType.class, jenis);
        String sort =
                switch (urut) {
                    case "jenis" -> "type";
                    case "wilayah" -> "region";
                    default -> "name";
                };
        var page = agencies.search(
                new AgencyQuery(q, type, wilayah, nonaktif, sort, turun),
                access.readScope(user),
                new PageRequest(hal, PageRequest.DEFAULT_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("regionNames", regionNames);
        model.addAttribute("types", AgencyType.values());
        model.addAttribute("q", q);
        model.addAttribute("jenis", type == null ? null : type.name());
        model.addAttribute("wilayah", wilayah);
        model.addAttribute("urut", urut);
        model.addAttribute("turun", turun);
        model.addAttribute("nonaktif", nonaktif);
        model.addAttribute("canCreate", access.mayCreateAgencies(user));
        return "organization/agency-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        SigapUser user = access.user();
        Agency agency = agencies.require(id);
        access.requireRead(user, agency.regionCode(), "agency", id);
        model.addAttribute("agency", agency);
        model.addAttribute("regionName", regionNames.of(agency.regionCode()));
        model.addAttribute("names", agencies.names(id));
        if (agency.parentAgencyId() != null) {
            Agency parent = agencies.require(agency.parentAgencyId());
            model.addAttribute("parent", parent);
            model.addAttribute("parentReadable", access.readScope(user).covers(parent.regionCode()));
        }
        model.addAttribute("canEdit", access.mayEditAgency(user, agency.regionCode()));
        return "organization/agency-detail";
    }

    @GetMapping("/baru")
    String createForm(Model model) {
        requireAnyAdmin();
        return form(model, AgencyForm.empty(), null);
    }

    @PostMapping
    String create(
            @ModelAttribute AgencyForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        SigapUser user = requireAnyAdmin();
        try {
            var command = form.toNewAgency();
            access.requireAgencyAdmin(user, command.regionCode(), null);
            Agency created = agencies.create(command);
            redirect.addFlashAttribute("flash", "agency.created");
            return "redirect:/instansi/" + created.id();
        } catch (SigapException.Invalid | SigapException.Conflict e) {
            formErrors.show(e, model, response, "name");
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/ubah")
    String editForm(@PathVariable long id, Model model) {
        Agency agency = agencies.require(id);
        access.requireAgencyAdmin(access.user(), agency.regionCode(), id);
        return form(model, AgencyForm.of(agency), agency);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute AgencyForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SigapUser user = access.user();
        Agency agency = agencies.require(id);
        access.requireAgencyAdmin(user, agency.regionCode(), id);
        try {
            var change = form.toChange();
            access.requireAgencyAdmin(user, change.regionCode(), id);
            agencies.update(id, change);
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/instansi/" + id;
        } catch (SigapException.Invalid | SigapException.Conflict e) {
            formErrors.show(e, model, response, "name");
            return form(model, form, agency);
        }
    }

    @PostMapping("/{id}/nonaktifkan")
    String deactivate(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        Agency agency = agencies.require(id);
        access.requireAgencyAdmin(access.user(), agency.regionCode(), id);
        agencies.deactivate(id, version);
        redirect.addFlashAttribute("flash", "agency.deactivated");
        return "redirect:/instansi/" + id;
    }

    private SigapUser requireAnyAdmin() {
        SigapUser user = access.user();
        access.requireSomeAgencyAdmin(user);
        return user;
    }

    private String form(Model model, AgencyForm form, Agency agency) {
        model.addAttribute("form", form);
        model.addAttribute("agency", agency);
        model.addAttribute("types", AgencyType.values());
        model.addAttribute("levels", OrgLevel.values());
        var parents = new java.util.ArrayList<>(agencies.search(
                        new AgencyQuery(null, null, null, false, "name", false),
                        access.readScope(access.user()),
                        new PageRequest(0, PageRequest.MAX_SIZE))
                .content());
        if (agency != null) {
            parents.removeIf(p -> p.id() == agency.id());
        }
        model.addAttribute("parents", parents);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "organization/agency-form";
    }
}
