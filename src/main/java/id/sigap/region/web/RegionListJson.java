package id.sigap.region.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A list of regions: the items are in {@code content}, as in every list answer of the API. */
@Schema(name = "RegionList", description = "Regions, best match first for a search; the items are in content")
public record RegionListJson(List<RegionJson> content) {}
