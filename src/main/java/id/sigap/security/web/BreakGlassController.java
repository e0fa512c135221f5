package id.sigap.security.web;

import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import id.sigap.security.internal.BreakGlass;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /akses-darurat}: take, list and end one's own break-the-glass access; administrators and auditors also
 * see the access others took into their regions ("Akses darurat ke wilayah Anda").
 */
@Controller
class BreakGlassController {

    private final BreakGlass breakGlass;
    private final BreakGlassViews views;
    private final CurrentUser currentUser;

    BreakGlassController(BreakGlass breakGlass, BreakGlassViews views, CurrentUser currentUser) {
        this.breakGlass = breakGlass;
        this.views = views;
        this.currentUser = currentUser;
    }

    @GetMapping("/akses-darurat")
    String page(Model model) {
        return page(model, null, "", "", BreakGlass.DEFAULT_HOURS);
    }

    @PostMapping("/akses-darurat")
    String start(
            @RequestParam(defaultValue = "") String regionCode,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "2") int hours,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            breakGlass.start(currentUser.require(), regionCode, reason, hours);
        } catch (SigapException.Invalid e) {
            response.setStatus(422);
            return page(model, e, regionCode, reason, hours);
        }
        redirect.addFlashAttribute("flash", "breakglass.opened");
        return "redirect:/akses-darurat";
    }

    @PostMapping("/akses-darurat/{id}/akhiri")
    String end(@PathVariable long id, RedirectAttributes redirect) {
        breakGlass.end(currentUser.require(), id);
        redirect.addFlashAttribute("flash", "breakglass.ended-now");
        return "redirect:/akses-darurat";
    }

    private String page(Model model, SigapException.Invalid invalid, String regionCode, String reason, int hours) {
        SigapUser user = currentUser.require();
        var now = breakGlass.now();
        model.addAttribute("mine", views.rows(breakGlass.of(user), now));
        boolean oversees = breakGlass.oversees(user);
        model.addAttribute("oversees", oversees);
        model.addAttribute("intoMine", oversees ? views.rows(breakGlass.into(user), now) : List.of());
        model.addAttribute("regionCode", regionCode);
        model.addAttribute("reason", reason);
        model.addAttribute("hours", hours);
        model.addAttribute(
                "hourChoices",
                IntStream.rangeClosed(1, BreakGlass.MAX_HOURS).boxed().toList());
        model.addAttribute("minReason", BreakGlass.MIN_REASON);
        model.addAttribute(FormErrors.ATTRIBUTE, invalid == null ? FormErrors.none() : FormErrors.of(invalid));
        return "security/break-glass";
    }
}
