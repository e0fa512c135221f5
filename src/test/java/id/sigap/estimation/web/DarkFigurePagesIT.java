package id.sigap.estimation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.BulkLoad;
import id.sigap.estimation.CaptureHistorySource;
import id.sigap.estimation.CaptureHistorySource.AgencyList;
import id.sigap.estimation.engine.CaptureHistories;
import id.sigap.estimation.engine.Estimate;
import id.sigap.estimation.engine.EstimateOptions;
import id.sigap.estimation.engine.Estimator;
import id.sigap.estimation.engine.IntervalType;
import id.sigap.estimation.engine.Method;
import id.sigap.estimation.internal.DarkFigureQuery;
import id.sigap.estimation.internal.DarkFigures;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dark-figure page on synthetic linked victims of NTT: each victim registered anew (own case, own person row)
 * by every agency whose list caught them, so only linkage makes them one victim. The page shows what the engine
 * gives on the same capture histories; thin data get a refusal and no number; other provinces are refused.
 */
@IntegrationTest
class DarkFigurePagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    BulkLoad bulkLoad;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    CaptureHistorySource source;

    @Autowired
    DarkFigures darkFigures;

    List<Agency> mine;
    SyntheticVictims victims;
    SigapUser nttAnalyst;

    @BeforeEach
    void setUp() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        mine = List.of(
                agencies.create(NewAgency.of("Polres Kupang MSE " + tag, AgencyType.POLICE_UNIT, "53.71")),
                agencies.create(NewAgency.of("UPTD PPA Kupang MSE " + tag, AgencyType.UPTD_PPA, "53.71")),
                agencies.create(
                        NewAgency.of("Rumah Aman Kupang MSE " + tag, AgencyType.SOCIAL_SERVICE_SHELTER, "53.71")),
                agencies.create(NewAgency.of("BP3MI NTT MSE " + tag, AgencyType.KP2MI_BP3MI, "53.71")));
        victims = new SyntheticVictims(bulkLoad, tx, mine);
        nttAnalyst = TestUsers.user(mine.get(1).id(), new Grant(Role.ANALYST, "53"));
    }

    @Test
    void an_ntt_analyst_reads_the_estimate_the_engine_gives_on_the_linked_victims() throws Exception {
        Map<Integer, Integer> truth = victims.load(2024, 400, new double[] {0.35, 0.3, 0.25, 0.3}, 7);

        // one victim per linkage cluster: the histories of our own agencies are exactly the patterns we loaded
        CaptureHistories ours =
                source.histories("53", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), ownLists());
        Map<Integer, Integer> seen = new TreeMap<>();
        for (int r = 0; r < ours.patterns().length; r++) {
            seen.merge(ours.patterns()[r], ours.counts()[r], Integer::sum);
        }
        assertThat(seen).isEqualTo(truth);

        String html = mvc.perform(page("53", 2024).with(TestUsers.as(nttAnalyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the engine on the same capture histories the page used (lists by agency type in and above NTT)
        DarkFigureQuery query = new DarkFigureQuery(
                "53",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                DarkFigureQuery.defaultLists().subList(0, 4),
                Method.STEPWISE,
                IntervalType.WALD);
        CaptureHistories table = darkFigures.run(query).table();
        Estimate engine = new Estimator().estimate(table, EstimateOptions.of(Method.STEPWISE, IntervalType.WALD));
        assertThat(engine.observed())
                .isGreaterThanOrEqualTo(truth.values().stream().mapToInt(i -> i).sum());
        assertThat(number(html, "observed")).isEqualTo(engine.observed());
        assertThat(number(html, "estimate")).isEqualTo(Math.round(engine.estimate()));
        assertThat(number(html, "lower")).isEqualTo(Math.round(engine.lower()));
        assertThat(number(html, "upper")).isEqualTo(Math.round(engine.upper()));
        assertThat(html)
                .contains("id=\"sensitivity\"")
                .contains("Populasi tertutup")
                .doesNotContain("id=\"refusal\"");

        String english = mvc.perform(page("53", 2024).param("lang", "en").with(TestUsers.as(nttAnalyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("Closed population").contains("Share never reported");
    }

    @Test
    void thin_data_get_a_refusal_that_says_why_and_no_number() throws Exception {
        // four victims, each on one list only: no overlap, the unseen number is undetermined
        victims.load(2005, 4, new double[] {1, 0, 0, 0}, 1);
        victims.load(2005, 4, new double[] {0, 1, 0, 0}, 2);
        victims.load(2005, 4, new double[] {0, 0, 1, 0}, 3);
        String html = mvc.perform(page("53", 2005).with(TestUsers.as(nttAnalyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"refusal\"")
                .contains("Gabungkan daftar atau gunakan periode yang lebih panjang")
                .doesNotContain("id=\"estimate\"");
    }

    @Test
    void an_analyst_of_another_province_and_other_roles_are_refused() throws Exception {
        SigapUser kalselAnalyst = TestUsers.user(mine.get(0).id(), new Grant(Role.ANALYST, "63"));
        mvc.perform(page("53", 2024).with(TestUsers.as(kalselAnalyst))).andExpect(status().isForbidden());
        String form = mvc.perform(get("/estimasi").with(TestUsers.as(kalselAnalyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("value=\"63\"").doesNotContain("value=\"53\"");
        // his only province is chosen for him; the estimate waits for the form
        assertThat(form)
                .containsPattern("<option value=\"63\"\\s+selected=\"selected\"")
                .doesNotContain("id=\"estimate\"");
        SigapUser kupangAnalyst = TestUsers.user(mine.get(0).id(), new Grant(Role.ANALYST, "53.71"));
        mvc.perform(page("53", 2024).with(TestUsers.as(kupangAnalyst))).andExpect(status().isForbidden());
        SigapUser caseWorker = TestUsers.user(mine.get(0).id(), new Grant(Role.CASE_WORKER, "53"));
        mvc.perform(page("53", 2024).with(TestUsers.as(caseWorker))).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder page(String province, int year) {
        return get("/estimasi")
                .param("provinsi", province)
                .param("tahun", Integer.toString(year))
                .param("nama1", "Polisi")
                .param("jenis1", "POLICE_UNIT")
                .param("nama2", "UPTD PPA")
                .param("jenis2", "UPTD_PPA")
                .param("nama3", "Rumah Aman")
                .param("jenis3", "SOCIAL_SERVICE_SHELTER")
                .param("nama4", "KP2MI")
                .param("jenis4", "KP2MI_BP3MI");
    }

    private List<AgencyList> ownLists() {
        List<String> names = List.of("Polisi", "UPTD PPA", "Rumah Aman", "KP2MI");
        List<AgencyList> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            out.add(new AgencyList(names.get(i), List.of(mine.get(i).id())));
        }
        return out;
    }

    private static long number(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("element #%s on the page", id).isTrue();
        return Long.parseLong(m.group(1).replaceAll("[^0-9]", ""));
    }
}
