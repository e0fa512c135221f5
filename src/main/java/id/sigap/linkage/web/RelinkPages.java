package id.sigap.linkage.web;

import id.sigap.linkage.internal.LinkageAccess;
import id.sigap.linkage.internal.RelinkJob;
import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The linkage administration page (/tautan/admin) for national system administrators: start a full relink, watch its
 * progress (a fragment htmx polls every second while it runs), and the last runs with their counts.
 */
@Controller
class RelinkPages {

    private final CurrentUser current;
    private final LinkageAccess access;
    private final RelinkJob job;

    RelinkPages(CurrentUser current, LinkageAccess access, RelinkJob job) {
        this.current = current;
        this.access = access;
        this.job = job;
    }

    @GetMapping("/tautan/admin")
    String page(Model model) {
        SigapUser user = current.require();
        access.requireRelinker(user);
        model.addAttribute("runs", job.latest(10));
        return "linkage/admin";
    }

    @GetMapping("/tautan/admin/kemajuan")
    String progress(Model model) {
        access.requireRelinker(current.require());
        model.addAttribute("runs", job.latest(10));
        return "linkage/admin :: runs";
    }

    @PostMapping("/tautan/admin/tautkan-ulang")
    String start() {
        SigapUser user = current.require();
        access.requireRelinker(user);
        job.start(user.id());
        return "redirect:/tautan/admin";
    }
}
