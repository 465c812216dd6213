package org.sonobill.server.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The denial benchmark, small: it must generate its history through the triggers (the trend figures equal the rows),
 * time every query variant and EXPLAIN each. Nothing here is about speed (docs/benchmarks.md has the figures).
 */
class DenialBenchmarkTest {
    @Test
    void threeThousandLinesAreGeneratedAndEveryQueryIsTimedAndExplained() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DenialBenchmark.command(new String[] {"--lines", "3000", "--runs", "2", "--explain", "--format",
                "json"}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.path("deniedLines").asLong()).isEqualTo(3000);
        assertThat(json.path("denials").asLong()).isEqualTo(1200);
        assertThat(json.path("activeDenials").asLong()).isBetween(500L, 700L);
        assertThat(json.path("failures")).isEmpty();
        assertThat(json.path("generationSeconds").isNumber()).isTrue();
        List<String> names = new ArrayList<>();
        for (JsonNode q : json.path("queries")) {
            names.add(q.path("query").asString());
            assertThat(q.path("medianMs").asDouble()).as(q.toString()).isPositive()
                    .isLessThanOrEqualTo(q.path("p95Ms").asDouble());
            assertThat(q.path("plans")).as(q.path("query").asString()).isNotEmpty();
            assertThat(q.path("plans").get(0).toString()).contains("Execution Time");
        }
        assertThat(names).contains("queue by priority, page 1", "owner = me", "unassigned", "root cause + payer",
                "overdue", "due this week", "low-dollar batches", "one denial in full", "trends by payer, 12 months",
                "trends by technologist, 12 months", "trends by month, 12 months").hasSize(20);
    }

    @Test
    void aWrongCommandLineExitsTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(DenialBenchmark.command(new String[] {"--lines", "5"}, System.out, e)).isEqualTo(2);
        assertThat(DenialBenchmark.command(new String[] {"--nope"}, System.out, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("denialbench");
    }
}
