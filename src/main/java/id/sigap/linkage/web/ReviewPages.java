package id.sigap.linkage.web;

import id.sigap.linkage.internal.ClusterChanges;
import id.sigap.linkage.internal.ClusterChanges.Decision;
import id.sigap.linkage.internal.ReviewQueue;
import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue (/tautan/tinjau): pairs of records within the reviewer's scope, the two side by side with which
 * fields agree and how much each weighs; accept or reject, and undo the merge or split just made.
 */
@Controller
class ReviewPages {

    private final CurrentUser current;
    private final ReviewQueue queue;
    private final ClusterChanges changes;

    ReviewPages(CurrentUser current, ReviewQueue queue, ClusterChanges changes) {
        this.current = current;
        this.queue = queue;
        this.changes = changes;
    }

    @GetMapping("/tautan/tinjau")
    String queue(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("pairs", queue.page(current.require(), PageRequest.of(page, 10)));
        return "linkage/review";
    }

    @PostMapping("/tautan/tinjau/{id}")
    String decide(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String keputusan,
            RedirectAttributes redirect) {
        SigapUser user = current.require();
        Decision decision = "terima".equals(keputusan) ? Decision.ACCEPT : Decision.REJECT;
        ClusterChanges.Decided decided = changes.decide(user, id, version, decision);
        redirect.addFlashAttribute("decided", decision.name());
        redirect.addFlashAttribute("changeId", decided.changeId());
        return "redirect:/tautan/tinjau";
    }

    @PostMapping("/tautan/perubahan/{id}/batal")
    String undo(@PathVariable long id, RedirectAttributes redirect) {
        changes.undo(current.require(), id);
        redirect.addFlashAttribute("undone", true);
        return "redirect:/tautan/tinjau";
    }
}
