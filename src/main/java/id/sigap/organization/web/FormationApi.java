package id.sigap.organization.web;

import id.sigap.organization.Formation;
import id.sigap.organization.FormationStatus;
import id.sigap.organization.OrgLevel;
import id.sigap.organization.internal.OrganizationAccess;
import id.sigap.organization.internal.ProvinceMap;
import id.sigap.shared.web.ApiController;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/** Formation status of regional task forces (not personal data: any signed-in user, nationally). */
@ApiController
@RequestMapping("/api/v1/taskforces/formation")
class FormationApi {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Formation formation;
    private final ProvinceMap map;
    private final OrganizationAccess access;
    private final Clock clock;

    FormationApi(Formation formation, ProvinceMap map, OrganizationAccess access, Clock clock) {
        this.formation = formation;
        this.map = map;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    FormationJson status(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String province) {
        access.user();
        FormationStatus s = formation.on(date == null ? LocalDate.now(clock) : date);
        List<ItemJson> items = s.items().stream()
                .filter(i -> province == null
                        || province.isBlank()
                        || i.provinceCode().equals(province.strip()))
                .map(i -> new ItemJson(i.regionCode(), i.name(), i.level(), i.formed(), i.taskForceId()))
                .toList();
        return new FormationJson(s.date(), s.provinces(), s.regencies(), items);
    }

    @GetMapping(
            value = "/map.geojson",
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<JsonNode> map(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        access.user();
        JsonNode body = map.withStatus(formation.on(date == null ? LocalDate.now(clock) : date));
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }

    record FormationJson(
            LocalDate date, FormationStatus.Count provinces, FormationStatus.Count regencies, List<ItemJson> items) {}

    record ItemJson(String regionCode, String name, OrgLevel level, boolean formed, Long taskForceId) {}
}
