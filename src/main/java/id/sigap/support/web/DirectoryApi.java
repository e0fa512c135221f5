package id.sigap.support.web;

import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.web.ApiController;
import id.sigap.support.DirectoryEntry;
import id.sigap.support.internal.ServiceDirectory;
import id.sigap.support.internal.ServiceDirectory.EntryInput;
import id.sigap.support.internal.SupportAccess;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The service directory as JSON: searched by any staff member, kept by task-force secretaries. */
@ApiController
@RequestMapping("/api/v1/service-directory")
class DirectoryApi {

    private final ServiceDirectory directory;
    private final SupportAccess access;

    DirectoryApi(ServiceDirectory directory, SupportAccess access) {
        this.directory = directory;
        this.access = access;
    }

    @GetMapping
    Page<DirectoryEntry> search(
            @RequestParam(required = false) String service,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        access.user();
        return directory.search(Params.service(service), Params.blank(region), PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    DirectoryEntry get(@PathVariable long id) {
        access.user();
        return directory.find(id);
    }

    @PostMapping
    ResponseEntity<DirectoryEntry> create(@RequestBody EntryInput body) {
        DirectoryEntry e = directory.create(access.user(), body);
        return ResponseEntity.created(URI.create("/api/v1/service-directory/" + e.id()))
                .body(e);
    }

    @PutMapping("/{id}")
    DirectoryEntry update(@PathVariable long id, @RequestBody UpdateRequest body) {
        return directory.update(
                access.user(),
                id,
                body.version() == null ? -1 : body.version(),
                new EntryInput(null, null, null, body.capacity(), body.contact(), body.description()),
                body.active() == null || body.active());
    }

    record UpdateRequest(Integer version, Integer capacity, String contact, String description, Boolean active) {}
}
