package org.sonobill.server.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sonobill.server.TestServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load test itself, briefly, against the tests' shared server: it must run without errors and find every write.
 * Nothing here is about speed (no timed unit tests: docs/benchmarks.md has the figures).
 */
class LoadTestTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void twoUsersForThreeSecondsMakeNoErrorsAndLoseNoWrites() {
        TestServer server = TestServer.get();
        LoadTestOptions options = LoadTestOptions.parse(new String[] {"--users", "2", "--duration", "3",
                "--warmup", "1", "--max-requests", "5000"});
        LoadReport report = LoadTest.run(server.context(), server.url(), options, null);

        assertThat(report.errors()).as(String.join("\n", report.errorSamples())).isZero();
        assertThat(report.writes()).allSatisfy(w -> assertThat(w.ok()).as(w.toString()).isTrue());
        assertThat(report.exitStatus()).isZero();
        LoadReport.KindStats coding = report.coding();
        assertThat(coding.count()).isPositive();
        assertThat(coding.p50Ms()).isPositive().isLessThanOrEqualTo(coding.p99Ms());
        // every kind of the loop happened, so the checks above covered every write
        assertThat(report.kinds()).allSatisfy(k -> assertThat(k.total()).as(k.kind()).isPositive());

        JsonNode json = JSON.readTree(report.json(JSON));
        assertThat(json.path("requests")).hasSize(RequestKind.values().length);
        for (JsonNode k : json.path("requests")) {
            for (String field : new String[] {"kind", "request", "count", "errors", "perSecond", "p50Ms", "p90Ms",
                    "p99Ms", "maxMs"}) {
                assertThat(k.has(field)).as(k.path("kind") + "." + field).isTrue();
            }
        }
        assertThat(json.path("codingPerSecond").isNumber()).isTrue();
        assertThat(json.path("errors").asLong()).isZero();
        assertThat(json.path("lostWrites").asBoolean(true)).isFalse();
        assertThat(json.path("goal").path("met").isBoolean()).isTrue();
        assertThat(json.path("exitStatus").asInt(-1)).isZero();
        assertThat(report.text()).contains("no lost writes").containsPattern("goal \\(>=300 coding/s, p99<50 ms\\): "
                + "(met|NOT met)");
    }

    @Test
    void theRequestBoundStopsTheRun() {
        TestServer server = TestServer.get();
        LoadReport report = LoadTest.run(server.context(), server.url(),
                LoadTestOptions.defaults().with(2, 30, 40, 0), null);
        assertThat(report.stoppedBy()).isEqualTo("max-requests");
        assertThat(report.all().total()).isEqualTo(40);
        assertThat(report.writesOk()).isTrue();
    }

    @Test
    void onlyALoopbackServerIsDriven() {
        assertThatThrownBy(() -> LoadTest.requireLoopback("http://192.0.2.1:8080"))
                .hasMessageContaining("loopback");
        LoadTest.requireLoopback("http://127.0.0.1:8080");
    }

    @Test
    void theCommandLineIsCheckedAndBounded() {
        LoadTestOptions d = LoadTestOptions.parse(new String[0]);
        assertThat(d).isEqualTo(LoadTestOptions.defaults());
        assertThat(d.users()).isEqualTo(8);
        assertThat(d.durationSeconds()).isEqualTo(30);
        assertThat(d.maxRequests()).isEqualTo(50_000);
        assertThat(d.warmupSeconds()).isEqualTo(5);
        assertThat(LoadTestOptions.parse(new String[] {"--users=4", "--format", "json"}).json()).isTrue();
        assertThatThrownBy(() -> LoadTestOptions.parse(new String[] {"--duration", "601"}))
                .hasMessageContaining("--duration");
        assertThatThrownBy(() -> LoadTestOptions.parse(new String[] {"--address", "0.0.0.0"}))
                .hasMessageContaining("127.0.0.1 only");
        assertThatThrownBy(() -> LoadTestOptions.parse(new String[] {"--format", "xml"}))
                .hasMessageContaining("text or json");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = LoadTest.command(new String[] {"--users", "0"}, new PrintStream(out), new PrintStream(err));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--users expects 1 to 256");
        assertThat(LoadTest.command(new String[] {"--help"}, new PrintStream(out), new PrintStream(err))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: sonobill loadtest");
    }
}
