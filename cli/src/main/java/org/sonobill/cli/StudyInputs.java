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
 * and is streamed. Any other file is read whole and split into its top-level values (one object, an array of
 * objects, or objects one after another, one per line or pretty-printed). Standard input is sniffed: when its first
 * non-blank line is a whole JSON value it is taken as JSON Lines (streamed, constant memory), otherwise read whole
 * and split. Input must be UTF-8.
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
            if (name.equals("-")) {
                sniff(r, source, out);
                return;
            }
            // a file of any other name is read whole: one study per line when every line is an object of its own (so
            // a broken line spoils only itself), otherwise split into its top-level values (one study, an array,
            // several objects one after another)
            String text = readAll(r, new StringBuilder());
            if (looksLikeJsonLines(text)) {
                try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
                    lines(lines, null, 0, source, out);
                }
            } else {
                JsonValues.split(text, source, out);
            }
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
        JsonValues.split(readAll(r, head), source, out);
    }

    /**
     * Several non-blank lines, each starting with an opening brace: JSON Lines, perhaps with a broken line (a
     * pretty-printed object has lines that start otherwise).
     */
    private static boolean looksLikeJsonLines(String text) {
        int objects = 0;
        for (String l : text.split("\n")) {
            String t = l.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.startsWith("{") || t.equals("{")) {
                return false;
            }
            objects++;
        }
        return objects > 1;
    }

    private static String readAll(BufferedReader r, StringBuilder into) throws IOException {
        char[] buf = new char[1 << 16];
        int n;
        while ((n = r.read(buf)) > 0) {
            into.append(buf, 0, n);
        }
        String text = into.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
