package org.sonobill.x12.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interchange control numbers kept in a file never repeat, across instances, threads and a corrupt file. */
class FileControlNumbersTest {
    @TempDir
    Path dir;

    @Test
    void numbersStartAtOneAndContinueInANewInstance() {
        Path file = dir.resolve("sub/ctl");
        assertThat(List.of(new FileControlNumbers(file).next(), new FileControlNumbers(file).next())).containsExactly(1L, 2L);
    }

    @Test
    void numbersHandedOutConcurrentlyAreAllDifferent() {
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 4).parallel().forEach(t -> {
            FileControlNumbers own = new FileControlNumbers(dir.resolve("ctl"));
            for (int i = 0; i < 25; i++) {
                assertThat(seen.add(own.next())).isTrue();
            }
        });
        assertThat(seen).hasSize(100).contains(1L, 100L);
    }

    @Test
    void aCorruptCounterIsRefusedRatherThanGuessed() throws Exception {
        Path file = Files.writeString(dir.resolve("ctl"), "twelve\n");
        assertThatThrownBy(() -> new FileControlNumbers(file).next()).isInstanceOf(ControlNumberException.class)
                .hasMessageContaining("found \"twelve\"").hasMessageContaining("refusing to guess");
    }

    @Test
    void theNumbersRunOutAfterNineDigits() throws Exception {
        Path file = Files.writeString(dir.resolve("ctl"), "999999999\n");
        assertThatThrownBy(() -> new FileControlNumbers(file).next()).isInstanceOf(ControlNumberException.class)
                .hasMessageContaining("have been used");
    }
}
