package org.sonobill.bench.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * StAEDI 1.26.0's event reader with no transaction schema (only its built-in envelope schema): the raw speed of
 * the library our 835 reader is built on. Reads the tag of every segment, CLP04 and the CAS reason codes, nothing
 * else.
 */
final class StaediRawReader implements PeerReader {
    @Override
    public String id() {
        return "staedi";
    }

    @Override
    public String label() {
        return "StAEDI 1.26.0 raw events, no schema";
    }

    @Override
    public boolean wholeFile() {
        return false;
    }

    @Override
    public Result read(Path file) throws Exception {
        long claims = 0;
        long lines = 0;
        long adjustments = 0;
        long errors = 0;
        String firstError = "";
        BigDecimal paid = BigDecimal.ZERO;
        boolean inClp = false;
        boolean inCas = false;
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             EDIStreamReader reader = factory.createEDIStreamReader(in)) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.START_SEGMENT) {
                    String tag = reader.getText();
                    inClp = tag.equals("CLP");
                    inCas = tag.equals("CAS");
                    if (inClp) {
                        claims++;
                    } else if (tag.equals("SVC")) {
                        lines++;
                    }
                } else if (event == EDIStreamEvent.ELEMENT_DATA && inClp
                        && reader.getLocation().getElementPosition() == 4 && reader.getTextLength() > 0) {
                    paid = paid.add(new BigDecimal(reader.getText()));
                } else if (event == EDIStreamEvent.ELEMENT_DATA && inCas
                        && reader.getLocation().getElementPosition() % 3 == 2 && reader.getTextLength() > 0) {
                    adjustments++; // CAS02, 05, … 17: one reason code per adjustment
                } else if (event.isError()) {
                    if (errors++ == 0) {
                        firstError = event + " " + reader.getErrorType() + " at " + reader.getLocation();
                    }
                }
            }
        }
        return new Result(new RemitCounts(claims, lines, adjustments, paid), errors, firstError);
    }
}
