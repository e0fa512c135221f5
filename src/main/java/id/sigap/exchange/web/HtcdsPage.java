package id.sigap.exchange.web;

import id.sigap.exchange.internal.HtcdsDesk;
import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The download page for signed-in users ({@code /pertukaran}): region, year, CSV or JSON, and for case workers and
 * investigators a checkbox to include personal identifiers (audited). The download goes through the same rules as
 * the API.
 */
@Controller
class HtcdsPage {

    private final HtcdsDesk desk;
    private final CurrentUser currentUser;
    private final Clock clock;

    HtcdsPage(HtcdsDesk desk, CurrentUser currentUser, Clock clock) {
        this.desk = desk;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/pertukaran")
    String page(Model model) {
        SigapUser user = currentUser.require();
        model.addAttribute("year", LocalDate.now(clock).getYear());
        model.addAttribute("identifiersAllowed", desk.mayIncludeIdentifiers(user));
        model.addAttribute("importAllowed", desk.mayImport(user));
        return "exchange/download";
    }

    @GetMapping("/pertukaran/unduh")
    ResponseEntity<String> download(
            @RequestParam int tahun,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String wilayah,
            @RequestParam(defaultValue = "false") boolean identitas) {
        return HtcdsApi.download(desk.export(currentUser.require(), wilayah, tahun, format, identitas));
    }
}
