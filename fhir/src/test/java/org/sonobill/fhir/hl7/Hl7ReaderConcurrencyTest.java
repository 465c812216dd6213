package org.sonobill.fhir.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class Hl7ReaderConcurrencyTest {

    @Test
    void oneReaderServesSeveralThreadsAtOnce() throws Exception {
        Hl7Reader reader = new Hl7Reader();
        List<String> samples = List.of(Hl7Samples.read("oru-r01-v251-abdomen.hl7"),
                Hl7Samples.read("oru-r01-v23-ruq-formatted.hl7"), Hl7Samples.read("oru-r01-v24-two-studies.hl7"));
        List<List<Hl7Result>> expected = samples.stream().map(reader::results).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i % samples.size();
                runs.add(pool.submit(() -> reader.results(samples.get(n)).equals(expected.get(n))));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void readsCustomZSegmentsWithoutComplaint() {
        String message = Hl7Samples.read("oru-r01-v251-abdomen.hl7")
                .replace("\rOBX|1|", "\rZDS|1.2.840.113619.2.55^RADIS^Application^DICOM\rOBX|1|");

        assertThat(new Hl7Reader().results(message).get(0).report().text().lines()).hasSize(14);
    }
}
