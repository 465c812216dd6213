package org.sonobill.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Splits the command's inputs into study documents. A {@code .jsonl}/{@code .ndjson} file holds one study per line
 * and is streamed. Any other file, and standard input, is sniffed: when its first non-blank line is a whole JSON
 * value the input is taken as JSON Lines (streamed, constant memory); otherwise it is read whole and split into its
 * top-level values (one object, several objects one after another, or an array of objects). Input must be UTF-8.
 */
final class StudyInputs {
    /** One document: its text, where it came from, and the line it starts on. */
    record Document(String text, String source, int firstLine, int index) {
    }

    private StudyInputs() {
    }

    /** Feeds every document of {@code name} ("-" for stdin) to the consumer. */
    static void read(String name, InputStream stdin, Consumer<Document> out) throws IOException {
        String source = name.equals("-") ? "stdin" : name;
        InputStream raw = name.equals("-") ? stdin : Files.newInputStream(Path.of(name));
        try (Reader utf8 = new InputStreamReader(raw, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
             BufferedReader r = new BufferedReader(utf8, 1 << 16)) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
                lines(r, null, 0, source, out);
                return;
            }
            sniff(r, source, out);
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text (save the file as UTF-8)", e);
        }
    }

    private static void sniff(BufferedReader r, String source, Consumer<Document> out) throws IOException {
        String first;
        int no = 0;
        StringBuilder head = new StringBuilder();
        while ((first = r.readLine()) != null) {
            no++;
            if (no == 1 && first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            head.append(first).append('\n');
            if (!first.isBlank()) {
                break;
            }
        }
        if (first == null) {
            return;
        }
        String t = first.strip();
        if (t.startsWith("{") && JsonValues.isSingleValue(t)) {
            lines(r, first, no, source, out);
            return;
        }
        StringBuilder all = head;
        char[] buf = new char[1 << 16];
        int n;
        while ((n = r.read(buf)) > 0) {
            all.append(buf, 0, n);
        }
        JsonValues.split(all.toString(), source, out);
    }

    private static void lines(BufferedReader r, String firstLine, int firstNo, String source, Consumer<Document> out)
            throws IOException {
        int no = firstNo;
        int index = 0;
        if (firstLine != null) {
            out.accept(new Document(firstLine, source, firstNo, index++));
        }
        String line;
        while ((line = r.readLine()) != null) {
            no++;
            if (no == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            out.accept(new Document(line, source, no, index++));
        }
    }
}
