package org.sonobill.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sonobill.server.admin.OrganisationSetup;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.UserStore;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stopping and starting the server keeps every record: the embedded database persists in its data directory. */
class RestartTest {

    @Test
    void aStudyCodedBeforeARestartIsThereAfterIt() throws Exception {
        Path dir = Files.createTempDirectory("sonobill-restart-test");
        String code = "restart-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100000;
        long study;
        String token;
        ConfigurableApplicationContext first = TestServer.start(dir, Map.of());
        try {
            long org = first.getBean(OrganisationSetup.class).create(code, "Restart", "admin", "Admin",
                    "admin-password-123");
            UserStore users = first.getBean(UserStore.class);
            long coder = users.create(org, "coder", "Coder", "coder-password-123", Set.of(Role.CODER));
            token = users.issueToken(org, coder, "restart test").token();
            HttpCalls api = new HttpCalls(first, token);
            study = api.post("/api/studies", Examples.createStudy("01-abdomen-complete-outpatient-hospital.json",
                    "RS-1", "MRN-RS-1")).json().path("study").path("id").asLong();
            assertThat(api.post("/api/studies/" + study + "/code", null).status()).isEqualTo(200);
        } finally {
            first.close();
        }

        ConfigurableApplicationContext second = TestServer.start(dir, Map.of());
        try {
            Api.Response r = new HttpCalls(second, token).get("/api/studies/" + study);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().path("study").path("status").asString()).isEqualTo("coded");
            assertThat(r.json().path("coding").path("version").asInt()).isEqualTo(1);
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM audit_events a JOIN organisations o ON o.id = a.organisation_id"
                    + " WHERE o.code = ? AND a.entity = 'study'").params(code).query(Long.class).single()).isEqualTo(2);
        } finally {
            second.close();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Requests to a server started by this test (not the shared one). */
    private record HttpCalls(ConfigurableApplicationContext context, String token) {
        private String base() {
            return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        }

        Api.Response get(String path) {
            return Api.at(base(), token).get(path);
        }

        Api.Response post(String path, String json) {
            return Api.at(base(), token).post(path, json);
        }
    }
}
