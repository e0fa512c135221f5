package id.sigap.prevention.web;

import id.sigap.prevention.IntendedJob;
import id.sigap.prevention.Interception;
import id.sigap.prevention.internal.CrossingPoints;
import id.sigap.prevention.internal.InterceptionViews;
import id.sigap.prevention.internal.PreventionAccess;
import id.sigap.region.Regions;
import id.sigap.security.SigapUser;
import id.sigap.shared.Jakarta;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The model of one interception's page, with the forms as typed and their field messages after a rejection. */
@Component
class InterceptionDetail {

    private final InterceptionViews views;
    private final CrossingPoints points;
    private final Regions regions;
    private final PreventionAccess access;
    private final Clock clock;

    InterceptionDetail(
            InterceptionViews views, CrossingPoints points, Regions regions, PreventionAccess access, Clock clock) {
        this.views = views;
        this.points = points;
        this.regions = regions;
        this.access = access;
        this.clock = clock;
    }

    String render(long id, InterceptionForm header, PersonForm person, Map<String, String> errors, Model model) {
        SigapUser user = access.user();
        Interception i = views.read(user, id);
        String today = Jakarta.today(clock).toString();
        model.addAttribute("i", i);
        model.addAttribute("form", header == null ? InterceptionForm.of(i) : header);
        model.addAttribute("person", person == null ? PersonForm.empty(today) : person);
        model.addAttribute("errors", errors);
        model.addAttribute("mayRecord", access.mayRecord(user, i.regionCode()));
        model.addAttribute("maySeePersons", i.registered() != null);
        model.addAttribute("points", points.all());
        model.addAttribute("countries", regions.countries());
        model.addAttribute(
                "country",
                i.destinationCountry() == null
                        ? null
                        : regions.country(i.destinationCountry()).orElse(null));
        model.addAttribute("jobs", IntendedJob.values());
        model.addAttribute("editing", header != null);
        return "prevention/interception";
    }
}
