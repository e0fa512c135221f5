package id.sigap.region.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sigap.region.LocatedRegion;
import id.sigap.region.RegionLevel;
import id.sigap.region.RegionName;
import id.sigap.region.RegionRef;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A region in the JSON API. Every field is always present (null when unknown), so clients see a stable shape. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Region", description = "An Indonesian administrative region (Kemendagri code)")
public record RegionJson(
        @Schema(description = "Kemendagri code", example = "53.71")
        String code,

        @Schema(example = "Kota Kupang") String name,

        @Schema(description = "PROVINCE, REGENCY (kabupaten/kota), DISTRICT (kecamatan) or VILLAGE (desa/kelurahan)")
        RegionLevel level,

        @Schema(description = "code of the parent region; null for a province", example = "53")
        String parentCode,

        @Schema(description = "population (provinces and regencies only, else null)", example = "474801")
        Long population,

        @Schema(description = "land area in km² (provinces and regencies only, else null)", example = "180.27")
        Double areaKm2,

        @Schema(example = "53") String provinceCode,

        @Schema(description = "ancestors, province first; empty for a province")
        List<RegionName> path) {

    static RegionJson of(LocatedRegion located) {
        RegionRef r = located.region();
        return new RegionJson(
                r.code(),
                r.name(),
                r.level(),
                r.parentCode(),
                r.population(),
                r.areaKm2(),
                r.provinceCode(),
                located.path());
    }
}
