package id.sigap.security.web;

import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import id.sigap.security.internal.AgencyLookup;
import id.sigap.security.internal.BreakGlass;
import id.sigap.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in user with their grants and active break-the-glass access: what a script or the UI may do. */
@ApiController
class MeApiController {

    private final CurrentUser currentUser;
    private final AgencyLookup agencies;
    private final BreakGlass breakGlass;

    MeApiController(CurrentUser currentUser, AgencyLookup agencies, BreakGlass breakGlass) {
        this.currentUser = currentUser;
        this.agencies = agencies;
        this.breakGlass = breakGlass;
    }

    @GetMapping("/api/v1/me")
    UserJson me() {
        SigapUser user = currentUser.require();
        var now = breakGlass.now();
        var active = breakGlass.of(user).stream()
                .filter(b -> b.isActiveAt(now))
                .map(b -> new UserJson.BreakGlassJson(b.id(), b.regionCode(), b.expiresAt()))
                .toList();
        return UserJson.of(user, agencies.name(user.agencyId()), active);
    }
}
