package id.sigap.analytics.web;

import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.analytics.internal.DashboardView;
import id.sigap.analytics.internal.DashboardView.Line;
import id.sigap.analytics.internal.DashboardView.Table;
import id.sigap.analytics.internal.FactRefresh;
import id.sigap.analytics.internal.MapLayer;
import id.sigap.analytics.internal.Measure;
import id.sigap.analytics.internal.ProvinceShapes;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.security.RegionScope;
import id.sigap.shared.Jakarta;
import id.sigap.support.OverdueServices;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard {@code /dasbor}: victims, suspects, the justice funnel, services and data quality within the viewer's
 * scope, for a period of years and optionally a province or regency (drill-down from the area table), each table
 * also as a chart and a CSV/XLSX download, and a province map coloured by victims per 100,000 population; plus the
 * interception, outreach and action-plan sections and map layers ({@code lapisan}) of {@link PreventionSections}.
 */
@Controller
class DashboardPages {

    static final String[] COLOURS = {"#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d"};

    private final DashboardFilters filters;
    private final DashboardView view;
    private final Regions regions;
    private final OverdueServices overdue;
    private final FactRefresh refresh;
    private final ProvinceShapes shapes;
    private final PreventionSections prevention;
    private final JsonMapper json = JsonMapper.builder().build();

    DashboardPages(
            DashboardFilters filters,
            DashboardView view,
            Regions regions,
            OverdueServices overdue,
            FactRefresh refresh,
            ProvinceShapes shapes,
            PreventionSections prevention) {
        this.filters = filters;
        this.view = view;
        this.regions = regions;
        this.overdue = overdue;
        this.refresh = refresh;
        this.shapes = shapes;
        this.prevention = prevention;
    }

    /** A province on the map: outline, figure, rate and its colour class (0 = no data). */
    record MapArea(String code, String name, String path, String fill, long n, Double rate) {}

    @GetMapping("/dasbor")
    String page(
            @RequestParam(name = "wilayah", required = false) String region,
            @RequestParam(name = "dari", required = false) String from,
            @RequestParam(name = "sampai", required = false) String to,
            @RequestParam(name = "lapisan", required = false) String layerParam,
            Locale locale,
            Model model) {
        Filter filter = filters.filter(region, from, to);
        List<Table> tables = new ArrayList<>();
        for (Measure m : DashboardView.TABLES) {
            tables.add(view.table(m.name(), filter, locale));
        }
        Table areas = view.byArea(filter, locale);
        Table period = view.table("PERIOD", filter, locale);
        Map<String, String> charts = new LinkedHashMap<>();
        for (Table t : tables) {
            charts.put(t.name(), chart(t));
        }
        charts.put(period.name(), chart(period));
        model.addAttribute("filter", filter);
        model.addAttribute("region", filter.region());
        model.addAttribute(
                "regionName",
                filter.region() == null
                        ? null
                        : regions.find(filter.region()).map(RegionRef::name).orElse(filter.region()));
        model.addAttribute(
                "parentRegion",
                filter.region() != null && filter.region().length() > 2
                        ? filter.region().substring(0, 2)
                        : null);
        List<Table> all = new ArrayList<>();
        all.add(period);
        all.addAll(tables);
        model.addAttribute("tables", all);
        model.addAttribute("areas", areas);
        model.addAttribute("period", period);
        model.addAttribute("charts", charts);
        model.addAttribute(
                "victims", view.table(Measure.VICTIMS.name(), filter, locale).total());
        model.addAttribute(
                "overdue",
                overdue.count(filter.region() == null ? filter.scope() : RegionScope.of(List.of(filter.region()))));
        model.addAttribute(
                "refreshedAt",
                refresh.refreshedAt()
                        .map(t -> t.atZoneSameInstant(Jakarta.ZONE))
                        .orElse(null));
        model.addAttribute("regionChoices", choices(filter));
        model.addAttribute(
                "years",
                IntStream.rangeClosed(DashboardFilters.FIRST_YEAR, filter.toYear() + 1)
                        .map(y -> filter.toYear() + 1 - y + DashboardFilters.FIRST_YEAR)
                        .boxed()
                        .toList());
        if (filter.region() == null) {
            model.addAttribute("mapAreas", map(areas, filter.scope()));
            model.addAttribute("viewBox", ProvinceShapes.VIEW_BOX);
            model.addAttribute("attribution", ProvinceShapes.ATTRIBUTION);
            model.addAttribute("colours", List.of(COLOURS));
        }
        MapLayer layer = MapLayer.of(layerParam);
        prevention.addTo(model, filter, layer, locale);
        if (filter.region() == null && layer != MapLayer.VICTIMS) {
            model.addAttribute("mapAreas", prevention.map(layer, filter));
        }
        return "analytics/dashboard";
    }

    /** The provinces and regencies the viewer may pick: provinces of the scope, and the regencies of the chosen one. */
    private List<RegionRef> choices(Filter filter) {
        List<RegionRef> out = new ArrayList<>();
        String chosenProvince = filter.region() == null ? null : filter.region().substring(0, 2);
        RegionScope scope = filter.scope();
        for (RegionRef p : regions.provinces()) {
            if (scope.covers(p.code())) {
                out.add(p);
                if (p.code().equals(chosenProvince)) {
                    out.addAll(regions.children(p.code()));
                }
            } else if (scope.roots().stream().anyMatch(r -> r.startsWith(p.code() + "."))) {
                regions.children(p.code()).stream()
                        .filter(r -> scope.covers(r.code()))
                        .forEach(out::add);
            }
        }
        return out;
    }

    private List<MapArea> map(Table areas, RegionScope scope) {
        Map<String, Line> byCode = new HashMap<>();
        areas.lines().forEach(l -> byCode.put(l.code(), l));
        double max = areas.lines().stream()
                .map(Line::ratePer100k)
                .filter(r -> r != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        List<MapArea> out = new ArrayList<>();
        for (var s : shapes.shapes()) {
            Line l = byCode.get(s.code());
            String fill = "#e9ecef";
            if (scope.covers(s.code()) || (l != null)) {
                fill = COLOURS[0];
                if (l != null && l.ratePer100k() != null && max > 0) {
                    int c = (int) Math.min(COLOURS.length - 1, Math.floor(l.ratePer100k() / max * COLOURS.length));
                    fill = COLOURS[c];
                }
            }
            out.add(new MapArea(
                    s.code(), s.name(), s.path(), fill, l == null ? 0 : l.n(), l == null ? null : l.ratePer100k()));
        }
        return out;
    }

    private String chart(Table t) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", t.title());
        data.put("labels", t.lines().stream().map(Line::label).toList());
        data.put("values", t.lines().stream().map(Line::n).toList());
        return json.writeValueAsString(data);
    }
}
