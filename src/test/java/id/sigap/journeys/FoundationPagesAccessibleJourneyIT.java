package id.sigap.journeys;

import static id.sigap.organization.OrgFixtures.freshYear;
import static id.sigap.organization.OrgFixtures.pergub;
import static id.sigap.organization.OrgFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.organization.NewTaskForce;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForces;
import id.sigap.security.UserAccounts;
import id.sigap.support.BrowserJourney;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The foundation's pages in a real browser at a phone's width (360 px): every visible input, select and text area
 * has a label (or an aria-label), nothing is wider than the screen, and the page says its language and carries the
 * viewport meta.
 */
class FoundationPagesAccessibleJourneyIT extends BrowserJourney {

    private static final String FIELDS = """
            Array.from(document.querySelectorAll('input, select, textarea'))
              .filter(e => e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'button' && e.offsetParent !== null)""";

    private static final String UNLABELLED = "() => " + FIELDS + """
              .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
              .map(e => (e.name || e.id || e.outerHTML.substring(0, 60)))
            """;

    @Value("${sigap.admin-password}")
    String adminPassword;

    @Autowired
    Agencies agencies;

    @Autowired
    TaskForces taskForces;

    @Autowired
    UserAccounts accounts;

    @Test
    void the_foundation_pages_are_labelled_and_fit_a_phone() {
        Agency agency = agencies.create(NewAgency.of(unique("UPTD PPA Kota Kupang"), AgencyType.UPTD_PPA, "53.71"));
        LocalDate year = freshYear();
        TaskForce tf = taskForces.create(new NewTaskForce(
                unique("GT Kota Kupang"),
                null,
                "53.71",
                pergub(year),
                year,
                year.withMonth(12).withDayOfMonth(31)));
        long sub = taskForces.subTaskForces(tf.id()).getFirst().id();
        long admin = accounts.findByUsername("admin").orElseThrow().id();

        page.setViewportSize(360, 740);
        logIn("admin", adminPassword);
        List<String> problems = new ArrayList<>();
        int fields = 0;
        for (String path : List.of(
                "/",
                "/instansi",
                "/instansi/baru",
                "/instansi/" + agency.id(),
                "/instansi/" + agency.id() + "/ubah",
                "/gugus-tugas",
                "/gugus-tugas/baru",
                "/gugus-tugas/" + tf.id(),
                "/gugus-tugas/" + tf.id() + "/ubah",
                "/gugus-tugas/" + tf.id() + "/anggota/baru",
                "/gugus-tugas/" + tf.id() + "/sub/baru",
                "/gugus-tugas/" + tf.id() + "/sub/" + sub,
                "/gugus-tugas/status",
                "/gugus-tugas/sub-bawaan",
                "/admin/pengguna",
                "/admin/pengguna/baru",
                "/admin/pengguna/" + admin,
                "/akun",
                "/akun/token",
                "/akses-darurat",
                "/audit",
                "/wilayah",
                "/wilayah/53")) {
            open(path);
            page.waitForLoadState();
            @SuppressWarnings("unchecked")
            List<String> unlabelled = (List<String>) page.evaluate(UNLABELLED);
            fields += ((Number) page.evaluate("() => " + FIELDS + ".length")).intValue();
            if (!unlabelled.isEmpty()) {
                problems.add(path + ": inputs without a label " + unlabelled);
            }
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            if (((Number) overflow).intValue() > 1) {
                problems.add(path + ": " + overflow + " px wider than a 360 px phone");
            }
            if (!"id".equals(page.locator("html").getAttribute("lang"))) {
                problems.add(path + ": <html lang> is not id");
            }
            if (page.locator("meta[name=viewport]").count() == 0) {
                problems.add(path + ": no viewport meta");
            }
        }
        assertThat(fields).as("visible fields checked").isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    @Test
    void the_menu_of_a_user_with_every_role_fits_a_desktop_screen() {
        // a national user with all seven roles sees the most menu entries; they wrap instead of pushing the user menu
        // (and the sign-out) off a 1280 px screen
        Agency agency = agencies.create(NewAgency.of(unique("LPSK"), AgencyType.LPSK, null));
        String username = "semua." + System.nanoTime();
        accounts.provision(new UserAccounts.NewAccount(
                username,
                "Semua Peran",
                null,
                agency.id(),
                id.sigap.security.StoredUsers.PASSWORD,
                java.util.Arrays.stream(id.sigap.security.Role.values())
                        .map(r -> new id.sigap.security.Grant(r, null))
                        .toList()));
        page.setViewportSize(1280, 900);
        logIn(username, id.sigap.security.StoredUsers.PASSWORD);
        open("/");
        page.waitForLoadState();
        assertThat(page.locator("#mainnav ul.navbar-nav.me-auto > li").count())
                .as("menu entries")
                .isGreaterThan(8);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("px wider than the screen")
                .isLessThanOrEqualTo(1);
        Object userMenuRight = page.evaluate(
                "() => document.querySelector('#mainnav ul.navbar-nav.ms-auto').getBoundingClientRect().right");
        assertThat(((Number) userMenuRight).doubleValue()).isLessThanOrEqualTo(1280);
    }
}
