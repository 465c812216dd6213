package org.sonobill.server.hl7;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sonobill.fhir.hl7.Hl7Charset;
import org.sonobill.fhir.hl7.Mllp;
import org.sonobill.server.report.ImportRun;
import org.sonobill.server.report.ImportRun.Item;

/**
 * {@code sonobill hl7 import FILE... --as USER@ORG}: HL7 v2 ORU^R01 results from files, taken exactly as the MLLP
 * listener takes them (kept in the inbox, read, coded, one transaction per message).
 */
public final class Hl7Command {
    public static final String COMMAND = "hl7";
    private static final Pattern MESSAGE_START = Pattern.compile("(?m)^(?=MSH.)");
    private static final String USAGE = """
            Usage: sonobill hl7 import FILE... --as USER@ORG [--format text|json]

            Imports HL7 v2 results (ORU^R01, versions 2.3 to 2.5.1) into the server's database ($SONOBILL_DB_URL, or
            the embedded one in $SONOBILL_DB_DIR, default ~/.sonobill/db; stop a running embedded server first), as
            user USER of organisation ORG (a coder, manager or administrator). A file holds one message or many,
            one after another (each starting with its MSH segment) or in MLLP frames (0x0B ... 0x1C 0x0D). Each
            message is kept in the HL7 inbox as received, then each of its results (one per OBR) is read, coded
            and kept as a study, in one transaction per message; an accession SonoBill has already is not written
            again. An ORM^O01 order is read and kept in the inbox, but writes no study (SonoBill codes from the
            result). A message SonoBill cannot take stays in the inbox with the problem, for review.

            Options:
              --as USER@ORG     who imports (required; the studies are audited under that name)
              --format FORMAT   text (default: one line per message) or json
              -h, --help        this help

            Exit codes: 0 every message taken (or known already); 2 some message refused or failed (the line says
            why and names the segment and field), or a wrong command line or user; 1 a file could not be read.
            """;

    private Hl7Command() {
    }

    /** Runs {@code hl7 ARGS}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return ImportRun.run(COMMAND, USAGE, args, out, err, (context, user, file, done) -> {
            Hl7Intake intake = context.getBean(Hl7Intake.class);
            List<String> messages = messages(file);
            for (int i = 0; i < messages.size(); i++) {
                Hl7Outcome o = intake.take(user, "file", messages.get(i));
                done.accept(new Item(file.toString(), i + 1, o.status(), (o.accepted() ? "" : o.ackCode() + " ")
                        + o.text(), o.studyIds()));
            }
        });
    }

    /** The messages of a file: its MLLP frames, or its text split before each MSH segment. */
    static List<String> messages(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> out = new ArrayList<>();
        if (contains(bytes, (byte) Mllp.START_BLOCK)) {
            InputStream in = new ByteArrayInputStream(bytes);
            for (byte[] frame = Mllp.read(in, bytes.length); frame != null; frame = Mllp.read(in, bytes.length)) {
                out.add(Hl7Charset.decode(frame));
            }
            return out;
        }
        String text = Hl7Charset.decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark, as some editors write
        }
        for (String part : MESSAGE_START.split(text)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }
}
