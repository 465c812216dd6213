package org.sonobill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sonobill x12 837} writes the example batch, refuses bad claims by name, and scrub reads what it wrote. */
class X12CommandTest {
    private static final Path EXAMPLE = Path.of("../examples/x12/claims-837p.json");

    @TempDir
    Path dir;

    @Test
    void theExampleBatchIsWrittenWithControlNumbersThatNeverRepeat() throws Exception {
        Path out = dir.resolve("batch.837");
        Path ctl = dir.resolve("ctl");
        Cli.Run first = Cli.run("x12", "837", "--claims", EXAMPLE.toString(), "--out", out.toString(),
                "--control-file", ctl.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("2 claims written in 1 transaction set (interchange control number 1)");
        assertThat(Files.readString(out)).startsWith("ISA*").contains("*000000001*0*T*:~").contains("REF*6R*CLM-2026-0001-1~");
        Cli.Run second = Cli.run("x12", "837", "--claims", EXAMPLE.toString(), "--out", out.toString(),
                "--control-file", ctl.toString());
        assertThat(second.err()).contains("(interchange control number 2)");
        assertThat(Files.readString(ctl).trim()).isEqualTo("2");
    }

    @Test
    void aReplacementClaimWithoutItsOriginalNumberIsRefusedAndTheRestWritten() throws Exception {
        String json = Files.readString(EXAMPLE).replaceFirst("\"frequency\": \"1\"", "\"frequency\": \"7\"");
        Path in = Cli.write(dir, "claims.json", json);
        Path out = dir.resolve("batch.837");
        Cli.Run r = Cli.run("x12", "837", "--claims", in.toString(), "--out", out.toString(), "--control-file",
                dir.resolve("ctl").toString());
        assertThat(r.exit()).isEqualTo(Write837Command.REFUSED);
        assertThat(r.err()).contains("refused claim CLM-2026-0001 (entry 0)").contains("loop 2300, segment REF")
                .contains("REF*F8").contains("1 claims written").contains("1 refused");
        assertThat(Files.readString(out)).contains("CLM*CLM-2026-0002*").doesNotContain("CLM*CLM-2026-0001*");
    }

    @Test
    void anEntryThatCannotBeReadIsNamedByItsPointerAndTheOthersAreWritten() throws Exception {
        String json = Files.readString(EXAMPLE).replaceFirst("\"memberId\": \"1EG4TE5MK73\",", "");
        Path in = Cli.write(dir, "claims.json", json);
        Path out = dir.resolve("batch.837");
        Cli.Run r = Cli.run("x12", "837", "--claims", in.toString(), "--out", out.toString(), "--control-file",
                dir.resolve("ctl").toString());
        assertThat(r.exit()).isEqualTo(Write837Command.REFUSED);
        assertThat(r.err()).contains("claims.json: /claims/0/subscriber/memberId: required field is missing")
                .contains("1 claims written").contains("1 refused");
        assertThat(Files.readString(out)).contains("CLM*CLM-2026-0002*").doesNotContain("CLM*CLM-2026-0001*");
    }

    @Test
    void refusalsCanBeReportedAsJson() throws Exception {
        String json = Files.readString(EXAMPLE).replace("\"taxId\": \"123456789\"", "\"taxId\": \"" + "9".repeat(51) + "\"");
        Path in = Cli.write(dir, "claims.json", json);
        Cli.Run r = Cli.run("x12", "837", "--claims", in.toString(), "--out", dir.resolve("b.837").toString(),
                "--control-file", dir.resolve("ctl").toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(Write837Command.REFUSED);
        assertThat(r.err()).contains("{\"refused\":\"CLM-2026-0001\",\"index\":0,\"problems\":[{\"loop\":\"2010AA\","
                + "\"segment\":\"REF\",\"element\":\"REF02\"");
        assertThat(Files.exists(dir.resolve("b.837"))).isFalse();
    }

    @Test
    void aMissingInterchangeBlockIsInvalidInput() throws Exception {
        Path in = Cli.write(dir, "claims.json", "{\"claims\": []}");
        Cli.Run r = Cli.run("x12", "837", "--claims", in.toString(), "--control-file", dir.resolve("ctl").toString());
        assertThat(r.exit()).isEqualTo(SonoBill.INVALID_INPUT);
        assertThat(r.err()).contains("/interchange: required object is missing")
                .contains("/claims: expected an array of at least one claim entry");
    }

    @Test
    void aSenderIdLongerThanTheIsaAllowsIsInvalidInput() throws Exception {
        String json = Files.readString(EXAMPLE).replace("\"senderId\": \"VALLEYIMG\"", "\"senderId\": \"VALLEY-IMAGING-LLC\"");
        Path in = Cli.write(dir, "claims.json", json);
        Path out = dir.resolve("b.837");
        Cli.Run r = Cli.run("x12", "837", "--claims", in.toString(), "--out", out.toString(), "--control-file",
                dir.resolve("ctl").toString());
        assertThat(r.exit()).isEqualTo(SonoBill.INVALID_INPUT);
        assertThat(r.err()).contains("senderId (ISA06, GS02): expected 2 to 15 characters")
                .contains("\"VALLEY-IMAGING-LLC\"");
        assertThat(Files.exists(out)).isFalse();
        assertThat(Files.exists(dir.resolve("ctl"))).isFalse();
    }

    @Test
    void scrubReadsAnX12FileRecognisedByItsContent() throws Exception {
        Path out = dir.resolve("batch.txt");
        Cli.run("x12", "837", "--claims", EXAMPLE.toString(), "--out", out.toString(), "--control-file",
                dir.resolve("ctl").toString());
        Path results = dir.resolve("results.jsonl");
        Cli.Run r = Cli.runWritingTo(results, "scrub", out.toString(), "--as-of", "2026-03-01", "-o", results.toString());
        assertThat(r.err()).contains("2 claims scrubbed");
        assertThat(r.out()).contains("\"CLM-2026-0001\"").contains("\"CLM-2026-0002\"");
    }

    @Test
    void scrubRefusesABrokenX12FileNamingLoopSegmentAndElement() throws Exception {
        Path bad = Cli.write(dir, "bad.837", "ISA*00*          *00*          *ZZ*A              *ZZ*B              "
                + "*260101*1200*^*00501*000000001*0*T*:~GS*HC*A*B*20260101*1200*1*X*005010X222A1~"
                + "ST*837*0001*005010X222A1~BHT*0019*00*1*20260101*1200*CH~SE*3*0001~GE*1*1~IEA*1*000000001~");
        Cli.Run r = Cli.run("scrub", bad.toString());
        assertThat(r.exit()).isEqualTo(SonoBill.INVALID_INPUT);
        assertThat(r.err()).contains("bad.837").contains("required loop 1000A (Submitter Name) is missing")
                .contains("transaction set 0001 refused");
    }

    @Test
    void x12HelpNamesTheExitCodes() {
        Cli.Run r = Cli.run("x12", "837", "--help");
        assertThat(r.out()).contains("--claims=FILE").contains("Exit codes: 0 every claim written; 1 some claims refused");
    }

    @Test
    void aSecondaryClaimTakesThePrimaryPayersAdjudicationFromItsRemittance() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode batch = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(EXAMPLE.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) batch.get("claims").get(1)).remove("priorPayers");
        Path claims = dir.resolve("secondary.json");
        json.writeValue(claims.toFile(), batch);
        Path remit = Cli.write(dir, "primary.835", "ISA*00*          *00*          *ZZ*MEDICARE       *ZZ*SONOBILL       "
                + "*260301*1200*^*00501*000000321*0*P*:~GS*HP*MEDICARE*SONOBILL*20260301*1200*321*X*005010X221A1~"
                + "ST*835*0001~BPR*I*96*C*ACH*CCP*01*999999999*DA*1*1512345678**01*999988880*DA*2*20260301~"
                + "TRN*1*EFT77*1512345678~N1*PR*MEDICARE JURISDICTION 15~REF*2U*15202~"
                + "N1*PE*VALLEY IMAGING LLC*XX*1245319599~LX*1~CLP*CLM-2026-0002*1*150*96*24*MB*MCR-CLAIM-77~"
                + "NM1*QC*1*DOE*JANE****MI*1EG4TE5MK73~SVC*HC:76705:26*150*96**1~DTM*472*20260210~CAS*CO*45*30~"
                + "CAS*PR*2*24~REF*6R*CLM-2026-0002-1~SE*15*0001~GE*1*321~IEA*1*000000321~");
        Path out = dir.resolve("secondary.837");
        Cli.Run without = Cli.run("x12", "837", "--claims", claims.toString(), "--out", out.toString(),
                "--control-file", dir.resolve("ctl").toString());
        assertThat(without.exit()).isEqualTo(1);
        assertThat(without.err()).contains("refused claim CLM-2026-0002").contains("2320");
        Cli.Run with = Cli.run("x12", "837", "--claims", claims.toString(), "--out", out.toString(),
                "--control-file", dir.resolve("ctl").toString(), "--primary-835", remit.toString());
        assertThat(with.exit()).as(with.err()).isZero();
        assertThat(Files.readString(out)).contains("AMT*D*96~").contains("REF*F8*MCR-CLAIM-77~")
                .contains("SVD*15202*96*HC:76705:26**1~");
    }
}
