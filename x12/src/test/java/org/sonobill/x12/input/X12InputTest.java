package org.sonobill.x12.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class X12InputTest {
    static final String ISA = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*"
            + "00501*000000001*0*P*:~";
    static final String BODY = "GS*HP*SENDER*RECEIVER*20240101*1200*1*X*005010X221A1~ST*835*0001~"
            + "BPR*I*100*C*CHK************20240101~SE*3*0001~GE*1*1~IEA*1*000000001~";

    static X12Input open(byte[] bytes) {
        return X12Input.of(new ByteArrayInputStream(bytes), "sample.835", InputOptions.strict());
    }

    static X12Input open(String text) {
        return open(text.getBytes(StandardCharsets.UTF_8));
    }

    static String content(X12Input input) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader reader = input.reader()) {
            reader.transferTo(out);
        }
        return out.toString();
    }

    @Test
    void delimitersVersionAndTransactionTypeAreReadFromTheEnvelope() throws IOException {
        try (X12Input input = open(ISA + BODY)) {
            assertThat(input.delimiters()).isEqualTo(new Delimiters('*', '^', ':', '~'));
            assertThat(input.version()).isEqualTo("005010X221A1");
            assertThat(input.functionalIdentifier()).isEqualTo("HP");
            assertThat(input.transactionType()).isEqualTo("835");
            assertThat(input.implementationReference()).isEmpty();
            assertThat(input.interchange()).get().satisfies(h -> {
                assertThat(h.senderId()).isEqualTo("SENDER");
                assertThat(h.controlNumber()).isEqualTo("000000001");
                assertThat(h.isTest()).isFalse();
            });
            assertThat(input.encoding()).isEqualTo(TextEncoding.UTF_8);
            assertThat(input.notices()).isEmpty();
            assertThat(content(input)).isEqualTo(ISA + BODY);
        }
    }

    @Test
    void anyPunctuationCanDelimitAndIsa11IsNoRepetitionSeparatorBefore00402() {
        String isa = ISA.replace('*', '|').replace("|^|00501|", "|U|00401|").replace(":~", ">!");
        String body = "GS|HP|S|R|20240101|1200|1|X|005010X221A1!ST|835|0001!";
        try (X12Input input = open(isa + body)) {
            assertThat(input.delimiters()).isEqualTo(new Delimiters('|', Delimiters.NONE, '>', '!'));
            assertThat(input.transactionType()).isEqualTo("835");
            assertThat(input.notices()).anySatisfy(n -> assertThat(n).contains("ISA12 = 00401"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        try (X12Input input = open(concat(bom, (ISA + BODY).getBytes(StandardCharsets.UTF_8)))) {
            assertThat(input.encoding()).isEqualTo(TextEncoding.UTF_8_BOM);
            assertThat(input.notices()).containsExactly("UTF-8 byte-order mark skipped");
            assertThat(content(input)).isEqualTo(ISA + BODY);
        }
    }

    @Test
    void utf16LittleEndianWithAMarkIsTranscoded() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, (ISA + BODY).getBytes(StandardCharsets.UTF_16LE));
        try (X12Input input = open(bytes)) {
            assertThat(input.encoding()).isEqualTo(TextEncoding.UTF_16LE);
            assertThat(input.transactionType()).isEqualTo("835");
            assertThat(content(input)).isEqualTo(ISA + BODY);
        }
    }

    @Test
    void utf16WithoutAMarkIsRecognisedByItsZeroBytes() throws IOException {
        try (X12Input le = open((ISA + BODY).getBytes(StandardCharsets.UTF_16LE));
             X12Input be = open((ISA + BODY).getBytes(StandardCharsets.UTF_16BE))) {
            assertThat(le.encoding()).isEqualTo(TextEncoding.UTF_16LE);
            assertThat(be.encoding()).isEqualTo(TextEncoding.UTF_16BE);
            assertThat(content(be)).isEqualTo(ISA + BODY);
        }
    }

    @Test
    void theUtf8StreamOfAUtf16FileHoldsTheSameText() throws IOException {
        String withNonAscii = ISA + BODY.replace("SENDER*", "SÉNDER*");
        try (X12Input input = open(withNonAscii.getBytes(StandardCharsets.UTF_16BE));
             InputStream utf8 = input.utf8Stream()) {
            assertThat(new String(utf8.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(withNonAscii);
        }
    }

    @Test
    void lineBreaksAndIndentationBetweenSegmentsAreDropped() throws IOException {
        String indented = ISA + "\r\n  " + BODY.replace("~", "~\r\n    ");
        try (X12Input input = open(indented)) {
            assertThat(input.notices()).containsExactly("line breaks after segment terminators ignored");
            assertThat(content(input)).isEqualTo(ISA + BODY);
        }
    }

    @Test
    void aLineBreakUsedAsTheSegmentTerminatorIsKept() throws IOException {
        String lines = (ISA + BODY).replace('~', '\n');
        try (X12Input input = open(lines)) {
            assertThat(input.delimiters().segment()).isEqualTo('\n');
            assertThat(input.transactionType()).isEqualTo("835");
            assertThat(content(input)).isEqualTo(lines);
        }
    }

    @Test
    void a4010FileIsRefusedWithAMessageThatSonoBillReads5010() {
        String isa4010 = ISA.replace("*^*00501*", "*U*00401*");
        String body = BODY.replace("005010X221A1", "004010X091A1");
        assertThatThrownBy(() -> open(isa4010 + body))
                .isInstanceOf(X12InputException.class)
                .hasMessage("sample.835, segment 2 (GS), element GS08: X12 version 004010 (GS08 = 004010X091A1) is "
                        + "not supported: SonoBill reads X12 5010 only (GS08 and ST03 starting with 005010, such as "
                        + "005010X221A1 for an 835; ISA12 = 00501). Ask the sender for the 5010 version of this file.");
    }

    @Test
    void anImplementationReferenceOtherThan5010IsRefused() {
        String body = BODY.replace("ST*835*0001~", "ST*835*0001*004010X091A1~");
        assertThatThrownBy(() -> open(ISA + body))
                .hasMessageStartingWith("sample.835, segment 3 (ST), element ST03: X12 version 004010");
    }

    @Test
    void anInterchangeWithoutGroupsIsCheckedByItsIsa12() {
        String ta1 = ISA.replace("*^*00501*", "*U*00401*") + "TA1*000000001*240101*1200*A*000~IEA*0*000000001~";
        assertThatThrownBy(() -> open(ta1))
                .hasMessageStartingWith("sample.835, segment 1 (ISA), element ISA12: X12 version 004010 "
                        + "(ISA12 = 00401) is not supported");
    }

    @Test
    void aFileWithoutAnIsaHeaderIsRefusedByDefault() {
        assertThatThrownBy(() -> open("ST*835*1234~BPR*I*1*C*CHK~SE*3*1234~"))
                .isInstanceOf(X12InputException.class)
                .hasMessageStartingWith("sample.835, segment 1 (ST), byte offset 0: the file has no interchange "
                        + "header (ISA): it starts with the ST segment.");
    }

    @Test
    void aFileWithoutAnIsaHeaderIsReadWithInferredDelimitersWhenAccepted() throws IOException {
        String text = "ST*835*1234~\nBPR*I*1*C*CHK~SE*3*1234~";
        try (X12Input input = X12Input.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "bare.835", InputOptions.acceptingMissingEnvelope())) {
            assertThat(input.interchange()).isEmpty();
            assertThat(input.delimiters()).isEqualTo(new Delimiters('*', '^', ':', '~'));
            assertThat(input.transactionType()).isEqualTo("835");
            assertThat(input.notices()).hasSize(2).anySatisfy(n -> assertThat(n).contains("read as 5010"));
            assertThat(content(input)).isEqualTo(text.replace("\n", ""));
        }
    }

    @Test
    void aTruncatedIsaIsRefusedWithTheByteOffsetWhereTheFileEnds() {
        assertThatThrownBy(() -> open(ISA.substring(0, 60)))
                .hasMessage("sample.835, segment 1 (ISA), byte offset 60: the interchange header (ISA) is "
                        + "truncated: the file ends after 60 characters of it, and an ISA header is 106 characters "
                        + "long");
    }

    @Test
    void aGarbledIsaNamesTheElementAndItsByteOffsetAfterTheByteOrderMark() {
        String shortIsa02 = ISA.replace("*00*          *00*", "*00*         *00*");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThatThrownBy(() -> open(concat(bom, (shortIsa02 + BODY).getBytes(StandardCharsets.UTF_8))))
                .hasMessage("sample.835, segment 1 (ISA), element ISA02, byte offset 10: ISA02 (authorization "
                        + "information) is 9 characters long; X12 fixes it at 10 (the ISA header is fixed-length, "
                        + "106 characters, padded with spaces), so the header is garbled and its delimiters cannot "
                        + "be trusted");
    }

    @Test
    void aNonNumericControlNumberIsRefused() {
        String isa = ISA.replace("*000000001*", "*00000000A*");
        assertThatThrownBy(() -> open(isa + BODY))
                .hasMessageStartingWith("sample.835, segment 1 (ISA), element ISA13, byte offset 98: ISA13 "
                        + "(interchange control number) is '00000000A'; X12 requires 9 digits there");
    }

    @Test
    void anEmptyFileAndAFileThatIsNotX12AreRefused() {
        assertThatThrownBy(() -> open("")).hasMessage("sample.835, byte offset 0: the file is empty: expected an "
                + "X12 interchange starting with an ISA segment");
        assertThatThrownBy(() -> open("%PDF-1.7\n")).hasMessage("sample.835, byte offset 0: not an X12 file: "
                + "expected an interchange header starting with 'ISA', found '%PDF-1.7\\u000A'");
    }

    @Test
    void aMissingFileIsRefusedByName() {
        assertThatThrownBy(() -> X12Input.open(Path.of("no/such/remit.835")))
                .isInstanceOf(X12InputException.class)
                .hasMessage("no/such/remit.835: no such file");
    }

    @Test
    void openingReadsOnlyTheLookAheadNotTheWholeFile() throws IOException {
        CountingStream big = new CountingStream(ISA + BODY, 500_000_000L);
        try (X12Input input = X12Input.of(big, "big.835", InputOptions.strict())) {
            assertThat(input.transactionType()).isEqualTo("835");
            assertThat(big.served).isLessThan(4L * X12Input.LOOK_AHEAD);
        }
    }

    @Test
    void aLargeFileStreamsThroughInConstantMemory() throws IOException {
        long size = 64L * 1024 * 1024;
        CountingStream big = new CountingStream(ISA + BODY.replace("IEA*1*000000001~", ""), size);
        long chars = 0;
        try (X12Input input = X12Input.of(big, "big.835", InputOptions.strict()); Reader reader = input.reader()) {
            char[] buffer = new char[1 << 16];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                chars += n;
            }
        }
        assertThat(chars).isEqualTo(size);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    /** Serves a header then filler segments up to a size, without holding the file, counting bytes served. */
    static final class CountingStream extends InputStream {
        private final byte[] head;
        private final byte[] filler = "LX*1~".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        long served;

        CountingStream(String head, long size) {
            this.head = head.getBytes(StandardCharsets.US_ASCII);
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            long at = served++;
            return at < head.length ? head[(int) at] : filler[(int) ((at - head.length) % filler.length)];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) {
                long at = served + i;
                b[off + i] = at < head.length ? head[(int) at] : filler[(int) ((at - head.length) % filler.length)];
            }
            served += n;
            return n;
        }
    }
}
