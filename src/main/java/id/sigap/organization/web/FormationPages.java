package id.sigap.organization.web;

import id.sigap.organization.Formation;
import id.sigap.organization.FormationStatus;
import id.sigap.organization.OrgLevel;
import id.sigap.organization.internal.OrganizationAccess;
import id.sigap.organization.internal.ProvinceMap;
import id.sigap.organization.internal.RegionNames;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Which provinces and regencies have a task force on a date: counts, a province map and a list (/gugus-tugas/status). */
@Controller
class FormationPages {

    private final Formation formation;
    private final OrganizationAccess access;
    private final RegionNames regionNames;
    private final Clock clock;

    FormationPages(Formation formation, OrganizationAccess access, RegionNames regionNames, Clock clock) {
        this.formation = formation;
        this.access = access;
        this.regionNames = regionNames;
        this.clock = clock;
    }

    @GetMapping("/gugus-tugas/status")
    String status(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
            @RequestParam(required = false) String provinsi,
            Model model) {
        access.user();
        LocalDate date = tanggal == null ? LocalDate.now(clock) : tanggal;
        FormationStatus status = formation.on(date);
        String province = provinsi == null || provinsi.isBlank() ? null : provinsi.strip();
        // all provinces, or one province with its regencies
        List<FormationStatus.Item> items = status.items().stream()
                .filter(i -> province == null
                        ? i.level() == OrgLevel.PROVINCE
                        : i.provinceCode().equals(province))
                .toList();
        Map<String, FormationStatus.Count> regencies = new HashMap<>();
        status.items().stream()
                .filter(i -> i.level() == OrgLevel.REGENCY)
                .collect(Collectors.groupingBy(FormationStatus.Item::provinceCode))
                .forEach((code, list) -> regencies.put(
                        code,
                        new FormationStatus.Count(
                                (int) list.stream()
                                        .filter(FormationStatus.Item::formed)
                                        .count(),
                                list.size())));
        model.addAttribute("regencyCounts", regencies);
        model.addAttribute("status", status);
        model.addAttribute("date", date);
        model.addAttribute("provinsi", province);
        model.addAttribute("items", items);
        model.addAttribute(
                "itemsFormed",
                items.stream().filter(FormationStatus.Item::formed).count());
        model.addAttribute("itemsTotal", items.size());
        model.addAttribute("provinces", regionNames.provinces());
        model.addAttribute("attribution", ProvinceMap.ATTRIBUTION);
        return "organization/formation-status";
    }
}
