package org.sonobill.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One reader serves many threads (the server shares one): reading in parallel gives what reading alone gives. */
class ThreadSafetyTest {

    @Test
    void readingTheCorpusOnFourThreadsGivesTheSameReadingsAsOneThread() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "corpus", "reports"))) {
            for (Path p : files.sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        List<ReadReport> alone = texts.stream().map(Reports::read).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<ReadReport>> futures = new ArrayList<>();
                for (String t : texts) {
                    futures.add(pool.submit(() -> Reports.read(t)));
                }
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(futures.get(i).get()).as("report %d", i).isEqualTo(alone.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
