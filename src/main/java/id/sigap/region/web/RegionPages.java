package id.sigap.region.web;

import id.sigap.region.LocatedRegion;
import id.sigap.region.RegionCodes;
import id.sigap.region.RegionLevel;
import id.sigap.region.RegionOrder;
import id.sigap.region.RegionQuery;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The region browser (/wilayah) for every signed-in user: provinces with population and area, drill-down to villages,
 * search; and the suggestions of the region picker (/wilayah/saran). Reference data: no scope applies.
 */
@Controller
@RequestMapping("/wilayah")
class RegionPages {

    static final int CHILDREN_PAGE_SIZE = 50;

    private final Regions regions;

    RegionPages(Regions regions) {
        this.regions = regions;
    }

    /** Provinces, or search results; an htmx request gets only the results part. */
    @GetMapping
    String index(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kode,
            @RequestParam(required = false) String sort,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
            HttpServletResponse response,
            Model model) {
        RegionOrder order = RegionOrder.parse(sort);
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("kode", kode);
        model.addAttribute("sort", order.param());
        if (text.isEmpty()) {
            model.addAttribute("provinces", regions.children(null, new PageRequest(0, PageRequest.MAX_SIZE), order));
        } else {
            model.addAttribute(
                    "matches", regions.lookup(new RegionQuery(text, null, null, null, RegionQuery.MAX_LIMIT)));
        }
        response.setHeader("Vary", "HX-Request");
        return htmx != null && restore == null ? "region/index :: results" : "region/index";
    }

    /**
     * The "open a region" form (the region picker): a known code opens the region; anything else typed without
     * choosing a suggestion is searched for.
     */
    @GetMapping("/buka")
    String open(@RequestParam(required = false) String kode, RedirectAttributes redirect) {
        String text = kode == null ? "" : kode.strip();
        if (RegionCodes.isWellFormed(text) && regions.exists(text)) {
            redirect.addAttribute("code", text);
            return "redirect:/wilayah/{code}";
        }
        redirect.addAttribute(
                "q", text.length() > RegionQuery.MAX_TEXT ? text.substring(0, RegionQuery.MAX_TEXT) : text);
        return "redirect:/wilayah";
    }

    @GetMapping("/{code}")
    String region(
            @PathVariable String code,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            Model model) {
        LocatedRegion located =
                regions.locate(code.strip()).orElseThrow(() -> new SigapException.NotFound("region.not-found", code));
        RegionRef region = located.region();
        RegionOrder order = RegionOrder.parse(sort);
        model.addAttribute("located", located);
        model.addAttribute("region", region);
        model.addAttribute("sort", order.param());
        if (region.level() != RegionLevel.VILLAGE) {
            model.addAttribute("childLevel", RegionLevel.ofDepth(region.level().depth() + 1));
            model.addAttribute(
                    "children",
                    regions.children(
                            region.code(), new PageRequest(page == null ? 0 : page, CHILDREN_PAGE_SIZE), order));
        }
        return "region/region";
    }

    /** Bad search input (too long, malformed subtree) gets the page's own message, not the generic one. */
    @ExceptionHandler(SigapException.Invalid.class)
    ModelAndView invalid(SigapException.Invalid e, HttpServletResponse response) {
        var problem = e.problems().getFirst();
        response.setStatus(e.status());
        ModelAndView mav = new ModelAndView("error");
        mav.addObject("status", e.status());
        mav.addObject("messageKey", "error." + problem.code());
        mav.addObject("messageArgs", problem.args());
        return mav;
    }

    /** Suggestions of the region picker, as an HTML fragment (text escaped by the template). */
    @GetMapping("/saran")
    String suggestions(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) RegionLevel level,
            @RequestParam(required = false) RegionLevel maxLevel,
            @RequestParam(required = false) String within,
            @RequestParam(required = false) Integer limit,
            Model model) {
        var query = new RegionQuery(q, level, maxLevel, within, limit == null ? 10 : limit);
        model.addAttribute("q", query.text());
        model.addAttribute("matches", regions.lookup(query));
        return "region/picker :: suggestions";
    }
}
