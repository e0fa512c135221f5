package id.sigap.dataimport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import id.sigap.security.SigapUser;
import id.sigap.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The import API as a client drives it in tests. */
public record ImportClient(MockMvc mvc) {

    public ResultActions upload(SigapUser user, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(TestUsers.as(user))
                .with(csrf()));
    }

    /** Uploads the file and waits until it has been read and checked in the background (no longer PARSING). */
    public long uploadId(SigapUser user, String fileName, byte[] content) throws Exception {
        String body = upload(user, fileName, content).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        awaitRead(user, id, Duration.ofMinutes(2));
        return id;
    }

    /** Polls the status until the import is no longer PARSING; its status then. */
    public Map<String, Object> awaitRead(SigapUser user, long id, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            Map<String, Object> s = json(user, id);
            if (!"PARSING".equals(s.get("status"))) {
                return s;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("import " + id + " still PARSING");
            }
            Thread.sleep(50);
        }
    }

    public ResultActions discard(SigapUser user, long id) throws Exception {
        return mvc.perform(
                delete("/api/v1/imports/{id}", id).with(TestUsers.as(user)).with(csrf()));
    }

    public ResultActions status(SigapUser user, long id, int page, int size) throws Exception {
        return mvc.perform(get("/api/v1/imports/{id}", id)
                .param("page", String.valueOf(page))
                .param("size", String.valueOf(size))
                .with(TestUsers.as(user)));
    }

    public Map<String, Object> json(SigapUser user, long id) throws Exception {
        return JsonPath.read(status(user, id, 0, 200).andReturn().getResponse().getContentAsString(), "$");
    }

    public ResultActions commit(SigapUser user, long id) throws Exception {
        return mvc.perform(
                post("/api/v1/imports/{id}/commit", id).with(TestUsers.as(user)).with(csrf()));
    }

    /** Polls the status until it is {@code wanted} (fails after {@code timeout}). */
    public Map<String, Object> await(SigapUser user, long id, String wanted, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            Map<String, Object> s = json(user, id);
            if (wanted.equals(s.get("status"))) {
                return s;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("import " + id + " still " + s.get("status") + " (" + s.get("lastError")
                        + "), wanted " + wanted);
            }
            Thread.sleep(50);
        }
    }
}
