package id.sigap.security.web;

import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import id.sigap.security.internal.AgencyLookup;
import id.sigap.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in user with their grants: what a script or the UI may do. */
@ApiController
class MeApiController {

    private final CurrentUser currentUser;
    private final AgencyLookup agencies;

    MeApiController(CurrentUser currentUser, AgencyLookup agencies) {
        this.currentUser = currentUser;
        this.agencies = agencies;
    }

    @GetMapping("/api/v1/me")
    UserJson me() {
        SigapUser user = currentUser.require();
        return UserJson.of(user, agencies.name(user.agencyId()), true);
    }
}
