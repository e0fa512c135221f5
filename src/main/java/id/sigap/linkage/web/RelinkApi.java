package id.sigap.linkage.web;

import id.sigap.linkage.internal.LinkageAccess;
import id.sigap.linkage.internal.RelinkJob;
import id.sigap.linkage.internal.RelinkRuns.Run;
import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.ApiController;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The full relink for national system administrators: start one (202) and follow its progress. */
@ApiController
@RequestMapping("/api/v1/linkage/relinks")
class RelinkApi {

    private final CurrentUser current;
    private final LinkageAccess access;
    private final RelinkJob job;

    RelinkApi(CurrentUser current, LinkageAccess access, RelinkJob job) {
        this.current = current;
        this.access = access;
        this.job = job;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Long> start() {
        SigapUser user = current.require();
        access.requireRelinker(user);
        return Map.of("id", job.start(user.id()));
    }

    @GetMapping
    List<Run> latest() {
        access.requireRelinker(current.require());
        return job.latest(10);
    }

    @GetMapping("/{id}")
    Run run(@PathVariable long id) {
        access.requireRelinker(current.require());
        return job.find(id).orElseThrow(() -> new SigapException.NotFound("linkage.relink-not-found"));
    }
}
