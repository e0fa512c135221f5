package id.sigap.analytics.web;

import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.analytics.internal.MapLayer;
import id.sigap.analytics.internal.PreventionFigures;
import id.sigap.analytics.internal.ProvinceShapes;
import id.sigap.analytics.internal.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's interception, outreach and action-plan sections (tables, charts, downloads) and the interception
 * and outreach layers of its province map, added to the page's model.
 */
@Component
class PreventionSections {

    private final PreventionFigures figures;
    private final ProvinceShapes shapes;
    private final JsonMapper json = JsonMapper.builder().build();

    PreventionSections(PreventionFigures figures, ProvinceShapes shapes) {
        this.figures = figures;
        this.shapes = shapes;
    }

    /** Adds {@code sections}, {@code sectionCharts}, {@code layers} and {@code layer} to the model. */
    void addTo(Model model, Filter filter, MapLayer layer, Locale locale) {
        List<Section> sections = figures.all(filter, locale);
        Map<String, String> charts = new LinkedHashMap<>();
        for (Section s : sections) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("title", s.title() + " – " + s.columns().get(s.chartColumn()));
            data.put("labels", s.rows().stream().map(Section.Row::label).toList());
            data.put(
                    "values",
                    s.rows().stream()
                            .map(r -> r.values().get(s.chartColumn()))
                            .map(v -> v == null ? 0 : v)
                            .toList());
            charts.put(s.name(), json.writeValueAsString(data));
        }
        model.addAttribute("sections", sections);
        model.addAttribute("sectionCharts", charts);
        model.addAttribute("layers", List.of(MapLayer.values()));
        model.addAttribute("layer", layer);
    }

    /** The provinces of a prevention layer (not {@link MapLayer#VICTIMS}), coloured by rate or share. */
    List<DashboardPages.MapArea> map(MapLayer layer, Filter filter) {
        Map<String, MapLayer.Figure> byCode = figures.layer(layer, filter.scope(), filter.fromYear(), filter.toYear());
        double max = byCode.values().stream()
                .map(MapLayer.Figure::rate)
                .filter(r -> r != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        String[] colours = DashboardPages.COLOURS;
        List<DashboardPages.MapArea> out = new ArrayList<>();
        for (var s : shapes.shapes()) {
            MapLayer.Figure f = byCode.get(s.code());
            String fill = "#e9ecef";
            if (f != null) {
                fill = colours[0];
                if (f.rate() != null && max > 0) {
                    int c = (int) Math.min(colours.length - 1, Math.floor(f.rate() / max * colours.length));
                    fill = colours[c];
                }
            }
            out.add(new DashboardPages.MapArea(
                    s.code(), s.name(), s.path(), fill, f == null ? 0 : f.n(), f == null ? null : f.rate()));
        }
        return out;
    }
}
