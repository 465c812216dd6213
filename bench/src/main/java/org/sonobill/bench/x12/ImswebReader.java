package org.sonobill.bench.x12;

import com.imsweb.x12.Loop;
import com.imsweb.x12.Segment;
import com.imsweb.x12.reader.X12Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;

/**
 * imsweb x12-parser 1.13 (with XStream 1.4.21) reading with its 005010X221A1 map: it builds the whole file as a
 * tree of loops in memory, then the counts are taken from that tree.
 */
final class ImswebReader implements PeerReader {
    @Override
    public String id() {
        return "imsweb";
    }

    @Override
    public String label() {
        return "imsweb x12-parser 1.13, 835 map";
    }

    @Override
    public boolean wholeFile() {
        return true;
    }

    /** One adjustment per reason code: CAS02, 05, … 17. */
    private static int adjustments(Segment cas) {
        int n = 0;
        for (int i = 2; i <= 17; i += 3) {
            String reason = cas.getElementValue(String.format("CAS%02d", i));
            if (reason != null && !reason.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    @Override
    public Result read(Path file) throws Exception {
        X12Reader reader = new X12Reader(X12Reader.FileType.ANSI835_5010_X221, file.toFile());
        long claims = 0;
        long lines = 0;
        long adjustments = 0;
        BigDecimal paid = BigDecimal.ZERO;
        Deque<Loop> pending = new ArrayDeque<>(reader.getLoops());
        while (!pending.isEmpty()) {
            Loop loop = pending.pop();
            for (Segment s : loop.getSegments()) {
                switch (s.getId()) {
                    case "CLP" -> {
                        claims++;
                        String amount = s.getElementValue("CLP04");
                        if (amount != null && !amount.isEmpty()) {
                            paid = paid.add(new BigDecimal(amount));
                        }
                    }
                    case "SVC" -> lines++;
                    case "CAS" -> adjustments += adjustments(s);
                    default -> {
                    }
                }
            }
            pending.addAll(loop.getLoops());
        }
        List<String> errors = new ArrayList<>(reader.getFatalErrors());
        errors.addAll(reader.getErrors());
        return new Result(new RemitCounts(claims, lines, adjustments, paid), errors.size(), errors.isEmpty() ? "" : errors.get(0));
    }
}
