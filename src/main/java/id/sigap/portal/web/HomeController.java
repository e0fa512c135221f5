package id.sigap.portal.web;

import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in home page (where the user works and what they can do) and the public about page. */
@Controller
class HomeController {

    private final CurrentUser currentUser;
    private final Workplaces workplaces;
    private final Tiles tiles;

    HomeController(CurrentUser currentUser, Workplaces workplaces, Tiles tiles) {
        this.currentUser = currentUser;
        this.workplaces = workplaces;
        this.tiles = tiles;
    }

    @GetMapping("/")
    String home(Model model) {
        SigapUser user = currentUser.require();
        model.addAttribute("user", user);
        model.addAttribute("workplace", workplaces.of(user));
        model.addAttribute("tiles", tiles.forUser(user));
        return "portal/home";
    }

    @GetMapping("/tentang")
    String about() {
        return "portal/about";
    }
}
