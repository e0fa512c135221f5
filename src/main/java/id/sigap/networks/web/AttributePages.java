package id.sigap.networks.web;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.CaseSummary;
import id.sigap.cases.SuspectLinks;
import id.sigap.cases.SuspectLinks.SuspectInCase;
import id.sigap.networks.SuspectAttributes.Kind;
import id.sigap.networks.SuspectAttributes.NewAttribute;
import id.sigap.networks.internal.AttributeStore;
import id.sigap.networks.internal.AttributeStore.Attribute;
import id.sigap.networks.internal.AttributeValues;
import id.sigap.networks.internal.Networks;
import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /jejaring/tersangka/{case}/{person}}: what a suspect of a case shares besides his identifiers (social-media
 * and bank accounts, recruitment companies, vehicles), reached from the suspect on the case page. Readers of the case
 * see the list (values masked unless they may change the case); writers of the case add and remove. Reads and
 * changes are audited as reads and changes of the person.
 */
@Controller
class AttributePages {

    static final Role[] WRITERS = {Role.CASE_WORKER, Role.INTAKE_OFFICER, Role.INVESTIGATOR};

    private final CaseFiles caseFiles;
    private final SuspectLinks links;
    private final AttributeStore store;
    private final Networks networks;
    private final NetworkViews views;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    AttributePages(
            CaseFiles caseFiles,
            SuspectLinks links,
            AttributeStore store,
            Networks networks,
            NetworkViews views,
            AccessPolicy policy,
            AuditTrail audit) {
        this.caseFiles = caseFiles;
        this.links = links;
        this.store = store;
        this.networks = networks;
        this.views = views;
        this.policy = policy;
        this.audit = audit;
    }

    @GetMapping("/jejaring/tersangka/{caseId}/{personId}")
    String page(@PathVariable long caseId, @PathVariable long personId, Model model) {
        SigapUser user = views.user();
        CaseSummary c = caseFiles.requireReadable(user, caseId);
        SuspectInCase suspect = suspect(caseId, personId);
        boolean canWrite = caseFiles.mayWrite(user, caseId);
        List<Attribute> attributes = store.of(caseId, personId).stream()
                .map(a -> canWrite ? a : new Attribute(a.id(), caseId, personId, a.kind(), mask(a.value())))
                .toList();
        audit.read("person", personId, c.regionCode());
        model.addAttribute("c", c);
        model.addAttribute("suspect", suspect);
        model.addAttribute("attributes", attributes);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("network", network(user, personId));
        return "networks/suspect";
    }

    @PostMapping("/jejaring/tersangka/{caseId}/{personId}")
    String add(
            @PathVariable long caseId,
            @PathVariable long personId,
            @RequestParam(name = "jenis", required = false) String kind,
            @RequestParam(name = "nilai", required = false) String value,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SigapUser user = views.user();
        CaseSummary c = requireWrite(user, caseId);
        suspect(caseId, personId);
        Kind k = parse(kind);
        String problem = value == null
                        || value.isBlank()
                        || AttributeValues.normalise(k, value).isBlank()
                ? "networks.attribute.blank"
                : value.strip().length() > id.sigap.networks.SuspectAttributes.MAX_LENGTH
                        ? "networks.attribute.too-long"
                        : null;
        if (problem != null) {
            response.setStatus(422);
            model.addAttribute("problem", "error." + problem);
            model.addAttribute("kind", k);
            model.addAttribute("value", value);
            return page(caseId, personId, model);
        }
        if (store.add(new NewAttribute(caseId, personId, k, value.strip()), user.id())) {
            audit.updated("person", personId, c.regionCode(), "networks." + k.name());
            redirect.addFlashAttribute("saved", "networks.attribute.saved");
        } else {
            redirect.addFlashAttribute("saved", "networks.attribute.exists");
        }
        return "redirect:/jejaring/tersangka/" + caseId + "/" + personId;
    }

    @PostMapping("/jejaring/tersangka/{caseId}/{personId}/{attributeId}/hapus")
    String remove(
            @PathVariable long caseId,
            @PathVariable long personId,
            @PathVariable long attributeId,
            RedirectAttributes redirect) {
        SigapUser user = views.user();
        CaseSummary c = requireWrite(user, caseId);
        if (!store.remove(caseId, personId, attributeId)) {
            throw new SigapException.NotFound("networks.attribute-not-found");
        }
        audit.updated("person", personId, c.regionCode(), "networks.removed");
        redirect.addFlashAttribute("saved", "networks.attribute.removed");
        return "redirect:/jejaring/tersangka/" + caseId + "/" + personId;
    }

    private CaseSummary requireWrite(SigapUser user, long caseId) {
        CaseSummary c = caseFiles.requireReadable(user, caseId);
        if (!caseFiles.mayWrite(user, caseId)) {
            policy.require(user, c.regionCode(), "case", String.valueOf(caseId), WRITERS);
            throw new SigapException.NotAllowed("networks.not-allowed");
        }
        return c;
    }

    private SuspectInCase suspect(long caseId, long personId) {
        return links.suspect(caseId, personId)
                .orElseThrow(() -> new SigapException.NotFound("networks.suspect-not-found"));
    }

    /** The id of the network the suspect is in, within the user's networks scope; null if none. */
    private Long network(SigapUser user, long personId) {
        RegionScope scope = policy.scope(user, NetworkViews.VIEWERS);
        if (scope.isEmpty()) {
            return null;
        }
        var component = networks.of(scope).byPerson().get(personId);
        return component == null ? null : component.id();
    }

    private static Kind parse(String kind) {
        try {
            return Kind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new SigapException.Invalid("jenis", "networks.attribute.kind");
        }
    }

    private static String mask(String value) {
        int keep = Math.min(3, value.length() / 3);
        return "•".repeat(value.length() - keep) + value.substring(value.length() - keep);
    }
}
