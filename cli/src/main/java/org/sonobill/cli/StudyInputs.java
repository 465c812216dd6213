package org.sonobill.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Splits the command's inputs into study documents: a {@code .json} file holds one study (or a JSON array of
 * studies, or JSON Lines); a {@code .jsonl}/{@code .ndjson} file or standard input holds one study per line.
 * JSON Lines are streamed, so a file of any size is read in constant memory.
 */
final class StudyInputs {
    /** One document: its text, where it came from, and the line it starts on. */
    record Document(String text, String source, int firstLine, int index) {
    }

    private StudyInputs() {
    }

    /** Feeds every document of {@code name} ("-" for stdin) to the consumer. */
    static void read(String name, InputStream stdin, Consumer<Document> out) throws IOException {
        if (name.equals("-")) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8), 1 << 16)) {
                lines(r, "stdin", out);
            }
            return;
        }
        Path p = Path.of(name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                lines(r, name, out);
            }
            return;
        }
        String text = Files.readString(p, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (looksLikeJsonLines(text)) {
            try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
                lines(r, name, out);
            }
            return;
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("[")) {
            JsonArraySplitter.split(text, name, out);
            return;
        }
        out.accept(new Document(text, name, 1, 0));
    }

    private static void lines(BufferedReader r, String source, Consumer<Document> out) throws IOException {
        String line;
        int no = 0;
        int index = 0;
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

    /** Several non-blank lines, each a whole object on its own line. */
    private static boolean looksLikeJsonLines(String text) {
        int objects = 0;
        for (String l : text.split("\n")) {
            String t = l.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!(t.startsWith("{") && t.endsWith("}"))) {
                return false;
            }
            objects++;
        }
        return objects > 1;
    }
}
