package id.sigap.organization.web;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyChange;
import id.sigap.organization.AgencyName;
import id.sigap.organization.AgencyQuery;
import id.sigap.organization.AgencyType;
import id.sigap.organization.Contact;
import id.sigap.organization.NewAgency;
import id.sigap.organization.OrgLevel;
import id.sigap.organization.internal.OrganizationAccess;
import id.sigap.organization.internal.RegionNames;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.web.ApiController;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Agencies as JSON: read within the caller's scope, written by system administrators of the region. */
@ApiController
@RequestMapping("/api/v1/agencies")
class AgencyApi {

    private final Agencies agencies;
    private final OrganizationAccess access;
    private final RegionNames regionNames;

    AgencyApi(Agencies agencies, OrganizationAccess access, RegionNames regionNames) {
        this.agencies = agencies;
        this.access = access;
        this.regionNames = regionNames;
    }

    @GetMapping
    Page<AgencyJson> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AgencyType type,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean includeInactive,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        SigapUser user = access.user();
        return agencies.search(
                        new AgencyQuery(q, type, region, includeInactive, sort, desc),
                        access.readScope(user),
                        PageRequest.of(page, size))
                .map(this::json);
    }

    @GetMapping("/{id}")
    AgencyJson get(@PathVariable long id) {
        Agency agency = agencies.require(id);
        access.requireRead(access.user(), agency.regionCode(), "agency", id);
        return json(agency);
    }

    @GetMapping("/{id}/names")
    List<AgencyName> names(@PathVariable long id) {
        Agency agency = agencies.require(id);
        access.requireRead(access.user(), agency.regionCode(), "agency", id);
        return agencies.names(id);
    }

    @PostMapping
    ResponseEntity<AgencyJson> create(@RequestBody AgencyRequest body) {
        SigapUser user = access.user();
        access.requireSomeAgencyAdmin(user);
        NewAgency command = new NewAgency(
                body.name(),
                body.shortName(),
                body.type(),
                body.level(),
                body.regionCode(),
                body.parentAgencyId(),
                body.contact());
        access.requireAgencyAdmin(user, command.regionCode(), null);
        Agency created = agencies.create(command);
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + created.id()))
                .body(json(created));
    }

    @PutMapping("/{id}")
    AgencyJson update(@PathVariable long id, @RequestBody AgencyRequest body) {
        SigapUser user = access.user();
        Agency agency = agencies.require(id);
        access.requireAgencyAdmin(user, agency.regionCode(), id);
        AgencyChange change = new AgencyChange(
                body.name(),
                body.shortName(),
                body.type(),
                body.level(),
                body.regionCode(),
                body.parentAgencyId(),
                body.contact(),
                body.renamedOn(),
                body.version() == null ? -1 : body.version());
        access.requireAgencyAdmin(user, change.regionCode(), id);
        return json(agencies.update(id, change));
    }

    @PostMapping("/{id}/deactivate")
    AgencyJson deactivate(@PathVariable long id, @RequestParam int version) {
        Agency agency = agencies.require(id);
        access.requireAgencyAdmin(access.user(), agency.regionCode(), id);
        return json(agencies.deactivate(id, version));
    }

    private AgencyJson json(Agency a) {
        return new AgencyJson(
                a.id(),
                a.name(),
                a.shortName(),
                a.type(),
                a.level(),
                a.regionCode(),
                regionNames.of(a.regionCode()),
                a.parentAgencyId(),
                a.contact(),
                a.active(),
                a.version(),
                a.createdAt(),
                a.updatedAt());
    }

    /** Body of POST and PUT; {@code version} and {@code renamedOn} only for PUT. */
    record AgencyRequest(
            String name,
            String shortName,
            AgencyType type,
            OrgLevel level,
            String regionCode,
            Long parentAgencyId,
            Contact contact,
            LocalDate renamedOn,
            Integer version) {}

    record AgencyJson(
            long id,
            String name,
            String shortName,
            AgencyType type,
            OrgLevel level,
            String regionCode,
            String regionName,
            Long parentAgencyId,
            Contact contact,
            boolean active,
            int version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}
}
