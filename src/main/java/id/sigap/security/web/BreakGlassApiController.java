package id.sigap.security.web;

import id.sigap.security.CurrentUser;
import id.sigap.security.internal.BreakGlass;
import id.sigap.shared.web.ApiController;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /api/v1/break-glass}: recent break-the-glass access into the caller's regions (admins, auditors). */
@ApiController
class BreakGlassApiController {

    private final BreakGlass breakGlass;
    private final BreakGlassViews views;
    private final CurrentUser currentUser;

    BreakGlassApiController(BreakGlass breakGlass, BreakGlassViews views, CurrentUser currentUser) {
        this.breakGlass = breakGlass;
        this.views = views;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/break-glass")
    List<BreakGlassViews.BreakGlassRow> intoMyRegions() {
        return views.rows(breakGlass.into(currentUser.require()), breakGlass.now());
    }
}
