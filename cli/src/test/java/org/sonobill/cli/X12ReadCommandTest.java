package org.sonobill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonobill.cli.Cli.Run;

/** {@code sonobill x12 read} as a script sees it. */
class X12ReadCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISA = "ISA*00*          *00*          *ZZ*PAYER          *ZZ*SONOBILL       *240301*"
            + "1200*^*00501*000000123*0*P*:~";
    private static final String REMIT = ISA + "GS*HP*PAYER*SONOBILL*20240301*1200*77*X*005010X221A1~"
            + "ST*835*0001~BPR*I*80*C*CHK************20240305~TRN*1*12345*1512345678~N1*PR*ACME HEALTH PLAN~"
            + "N1*PE*VALLEY IMAGING*XX*1234567893~LX*1~CLP*PCN-1*1*200*80*20*12*PAYER-CLM-1~"
            + "NM1*QC*1*DOE*JANE****MI*W123~SVC*HC:76856:26*200*80~DTM*472*20240215~CAS*CO*45*100~CAS*PR*1*20~"
            + "REF*6R*LINE-1~SE*14*0001~GE*1*77~IEA*1*000000123~";
    private static final String ACK = ISA + "GS*FA*CH*SONOBILL*20240301*1024*287*X*005010X231A1~"
            + "ST*999*0001*005010X231A1~AK1*HC*17456*005010X222A1~AK2*837*0002~IK3*CLM*22*2300*8~IK4*2*782*1~"
            + "IK5*R*5~AK9*R*1*1*0~SE*8*0001~GE*1*287~IEA*1*000000123~";

    @TempDir
    Path dir;

    @Test
    void aRemittanceIsPrintedClaimByClaimWithItsLinesAndAdjustments() throws Exception {
        Run r = Cli.run("x12", "read", Cli.write(dir, "remit.835", REMIT).toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("payment 12345: 80.00 by CHK on 2024-03-05 from ACME HEALTH PLAN to VALLEY "
                        + "IMAGING (XX 1234567893)")
                .contains("  claim PCN-1: status 1 (processed as primary), charge 200.00, paid 80.00, patient "
                        + "responsibility 20.00, payer claim PAYER-CLM-1, patient DOE, JANE")
                .contains("    line 1 HC:76856:26: charge 200.00, paid 80.00, units 1, date 2024-02-15, line "
                        + "control LINE-1")
                .contains("      adjustments CO-45 100.00, PR-1 20.00")
                .contains("read 1 payment(s), 1 claim(s), 1 line(s), 2 CAS segment(s), 0 provider adjustment(s), "
                        + "0 finding(s)");
    }

    @Test
    void jsonGivesOneObjectPerRecordWithExactAmounts() throws Exception {
        Run r = Cli.run("x12", "read", "--format", "json", Cli.write(dir, "remit.835", REMIT).toString());
        assertThat(r.exit()).isEqualTo(0);
        List<JsonNode> records = r.out().lines().map(this::parse).toList();
        assertThat(records).extracting(n -> n.get("record").asText())
                .containsExactly("file", "payment", "claim", "paymentEnd", "summary");
        JsonNode claim = records.get(2).get("claim");
        assertThat(claim.get("paid").asText()).isEqualTo("80");
        assertThat(claim.get("lines").get(0).get("lineControlNumber").asText()).isEqualTo("LINE-1");
        assertThat(records.get(2).get("paymentTrace").asText()).isEqualTo("12345");
        assertThat(claim.has("payment")).isFalse();
    }

    @Test
    void anAcknowledgmentNamesTheSegmentAndElementInError() throws Exception {
        Run r = Cli.run("x12", "read", Cli.write(dir, "ack.999", ACK).toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("999 0001 for group 17456 (HC 005010X222A1): R (rejected), 0 of 1 transaction "
                        + "set(s) accepted")
                .contains("  837 0002: R (rejected); [5 (one or more segments in error)]")
                .contains("    segment CLM at position 22 in loop 2300: 8 (segment has data element errors)")
                .contains("      CLM element 2 (element 782): 1 (required data element missing)");
    }

    @Test
    void aRefusedFileIsNamedWithTheReasonAndTheOthersAreStillRead() throws Exception {
        Path old = Cli.write(dir, "old.835", REMIT.replace("005010X221A1", "004010X091A1"));
        Path good = Cli.write(dir, "ack.999", ACK);
        Run r = Cli.run("x12", "read", old.toString(), good.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("sonobill x12 read: " + old + ", segment 2 (GS), element GS08: X12 version "
                + "004010 (GS08 = 004010X091A1) is not supported: SonoBill reads X12 5010 only")
                .contains("1 of 2 files read, 1 refused");
        assertThat(r.out()).contains("999 0001 for group 17456");
    }

    @Test
    void aFileWithoutEnvelopeIsReadOnlyWhenAccepted() throws Exception {
        Path bare = Cli.write(dir, "bare.835", REMIT.substring(REMIT.indexOf("ST*835"), REMIT.indexOf("GE*")));
        assertThat(Cli.run("x12", "read", bare.toString()).exit()).isEqualTo(2);
        Run r = Cli.run("x12", "read", "--accept-missing-envelope", bare.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("note: no interchange header (ISA): read with delimiters inferred")
                .contains("claim PCN-1");
    }

    @Test
    void aMissingFileIsRefusedByName() {
        Run r = Cli.run("x12", "read", dir.resolve("nope.835").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sonobill x12 read: " + dir.resolve("nope.835") + ": no such file"
                + System.lineSeparator());
    }

    @Test
    void validateListsDeparturesFromTheGuideAndExitsOne() throws Exception {
        Path file = Cli.write(dir, "remit.835", REMIT.replace("CLP*PCN-1*1*", "CLP*PCN-1*9*"));
        Run r = Cli.run("x12", "read", "--validate", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("  invalid: " + file + ", segment 9 (CLP), element CLP02, loop 2100: value '9' "
                        + "is not a code the guide allows here; expected one of 1, 2, 3, 4, 19, 20, 21, 22, 23, 25")
                .contains("  invalid: " + file + ", segment 7 (N1), loop 1000A: required segment N3 is missing before "
                        + "this point")
                .contains("validated: 3 departure(s) from the implementation guides");
    }

    private JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    @Test
    void anX12837WrittenBySonoBillIsReadClaimByClaim() throws Exception {
        Path out = dir.resolve("batch.837");
        Run written = Cli.run("x12", "837", "--claims", Path.of("..", "examples", "x12", "claims-837p.json").toString(),
                "--out", out.toString(), "--control-file", dir.resolve("control").toString());
        assertThat(written.exit()).as(written.err()).isEqualTo(0);
        Run r = Cli.run("x12", "read", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("837 005010X222A1").contains("transaction set 0001 (")
                .containsPattern("  claim [^:]+: payer ").containsPattern("    line 1: [0-9A-Z]{5}");
        Run json = Cli.run("x12", "read", "--format", "json", out.toString());
        assertThat(json.out().lines().map(l -> {
            try {
                return JSON.readTree(l).path("record").asText();
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        })).contains("claimTransaction", "claimSubmission");
    }

    @Test
    void anX12837ThatBreaksTheImplementationGuideIsRefusedNamingWhere() throws Exception {
        String broken = ISA + "GS*HC*SENDER*RECEIVER*20240301*1200*5*X*005010X222A1~ST*837*0001*005010X222A1~"
                + "BHT*0019*00*0123*20240301*1200*CH~NM1*41*2*SUBMITTER*****46*S1~SE*4*0001~GE*1*5~IEA*1*000000123~";
        Run r = Cli.run("x12", "read", Cli.write(dir, "broken.837", broken).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("REFUSED").contains("problem: ");
        assertThat(r.err()).contains("broken.837").contains("refused for the problems listed");
    }
}
