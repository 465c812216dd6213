package org.sonobill.bench.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark table marks a reader right only when all four figures equal the generator's, and says why not. */
class PeerReportTest {
    @TempDir
    Path dir;

    private Path run(String name, String body) throws IOException {
        Path file = dir.resolve("remit.835");
        Files.writeString(GenerateRemittances.countsFile(file),
                "bytes=2000000\nclaims=10\nserviceLines=20\nadjustments=30\npaid=1234.50\n");
        Path p = dir.resolve(name + ".properties");
        Files.writeString(p, "label=" + name + "\nfile=" + file + "\nfileBytes=2000000\nheap=-Xmx512m\nexit=0\n"
                + "wallSeconds=1.20\nmaxRssKB=100000\n" + body);
        return p;
    }

    @Test
    void aReaderWithTheGeneratorsFiguresIsRightAndOneThatLosesASegmentIsWrong() throws IOException {
        String counts = "bytes=2000000\nseconds=1.000\n";
        PeerReport.Run good = PeerReport.run(run("good", counts
                + "claims=10\nserviceLines=20\nadjustments=30\npaid=1234.5\n"));
        PeerReport.Run bad = PeerReport.run(run("bad", counts
                + "claims=9\nserviceLines=20\nadjustments=30\npaid=1200.00\n"));

        String table = PeerReport.markdown(List.of(good, bad));

        assertThat(good.right()).isTrue();
        assertThat(bad.right()).isFalse();
        assertThat(table).contains("| good | 2.0 MB | -Xmx512m | 2.0 | 1.000 | 1.20 | 102 | 10 | 20 | 30 | 1234.50 | right |")
                .contains("**wrong**: CLP 9 ≠ 10, ΣCLP04 1200.00 ≠ 1234.50")
                .contains("Fastest reader with right figures: good (2.0 MB/s)");
    }

    @Test
    void aReaderThatRanOutOfMemoryIsReportedAsFailedNotAsSlow() throws IOException {
        PeerReport.Run oom = PeerReport.run(run("hungry", "failure=OutOfMemoryError after 3.2 s: Java heap space\n")
                .resolveSibling("hungry.properties"));

        assertThat(oom.failed()).isTrue();
        assertThat(PeerReport.markdown(List.of(oom)))
                .contains("**failed**: OutOfMemoryError after 3.2 s: Java heap space")
                .doesNotContain("Fastest reader");
    }
}
