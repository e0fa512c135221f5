package id.sigap.support.web;

import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyQuery;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.FieldMessages;
import id.sigap.support.ServiceType;
import id.sigap.support.internal.ServiceDirectory;
import id.sigap.support.internal.ServiceDirectory.EntryInput;
import id.sigap.support.internal.SupportAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The service directory page (/layanan/direktori): search by service and region; secretaries add and edit entries. */
@Controller
class DirectoryPages {

    private final ServiceDirectory directory;
    private final Agencies agencies;
    private final SupportAccess access;
    private final FieldMessages formErrors;

    DirectoryPages(ServiceDirectory directory, Agencies agencies, SupportAccess access, FieldMessages formErrors) {
        this.directory = directory;
        this.agencies = agencies;
        this.access = access;
        this.formErrors = formErrors;
    }

    @GetMapping("/layanan/direktori")
    String search(
            @RequestParam(required = false) String layanan,
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) Integer hal,
            Model model) {
        return render(Params.service(layanan), Params.blank(wilayah), hal, Map.of(), model);
    }

    @PostMapping("/layanan/direktori")
    String create(
            @RequestParam(required = false) Long agencyId,
            @RequestParam(required = false) String service,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) Integer capacity,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String description,
            Model model,
            HttpServletResponse response) {
        try {
            var e = directory.create(
                    access.user(), new EntryInput(agencyId, service, regionCode, capacity, contact, description));
            return "redirect:/layanan/direktori?layanan=" + e.service().name();
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return render(null, null, null, formErrors.of(e), model);
        }
    }

    @PostMapping("/layanan/direktori/{id}")
    String update(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) Integer capacity,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String description,
            @RequestParam(defaultValue = "false") boolean active) {
        var e = directory.update(
                access.user(), id, version, new EntryInput(null, null, null, capacity, contact, description), active);
        return "redirect:/layanan/direktori?layanan=" + e.service().name();
    }

    private String render(ServiceType service, String region, Integer hal, Map<String, String> errors, Model model) {
        SigapUser user = access.user();
        model.addAttribute("page", directory.search(service, region, PageRequest.of(hal, 25)));
        model.addAttribute("layanan", service == null ? null : service.name());
        model.addAttribute("wilayah", region);
        model.addAttribute("services", ServiceType.values());
        model.addAttribute("errors", errors);
        boolean mayEdit = access.maySomewhereEditDirectory(user);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute(
                "agencies",
                mayEdit
                        ? agencies.search(
                                        AgencyQuery.all(),
                                        RegionScope.NATIONAL,
                                        new PageRequest(0, PageRequest.MAX_SIZE))
                                .content()
                        : java.util.List.of());
        return "support/directory";
    }
}
