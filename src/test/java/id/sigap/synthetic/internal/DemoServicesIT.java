package id.sigap.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.sigap.portal.internal.DemoData;
import id.sigap.security.UserAccounts;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's generated cases give the demo accounts work: their inboxes hold generated service items and
 * referrals waiting for an answer. */
@IntegrationTest
class DemoServicesIT {

    @Autowired
    DemoData demo;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MockMvc mvc;

    Map<String, Integer> counts(String username) throws Exception {
        var user = accounts.findByUsername(username).orElseThrow();
        String json = mvc.perform(get("/api/v1/inbox/counts").with(TestUsers.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$");
    }

    @Test
    void the_demo_case_worker_and_shelter_find_generated_work_in_their_inbox() throws Exception {
        demo.load();

        Map<String, Integer> kupang = counts("kupang.pendamping");
        assertThat(kupang.get("itemsOverdue") + kupang.get("itemsDue")).isPositive();
        assertThat(counts("kaltara.shelter").get("referralsWaiting")).isPositive();
    }
}
