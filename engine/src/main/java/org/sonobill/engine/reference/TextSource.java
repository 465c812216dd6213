package org.sonobill.engine.reference;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens a reference file however CMS or CDC ship it: plain text, gzip, or a zip whose member is chosen by name.
 * Text is decoded as UTF-8, replacing any malformed byte, so a stray Windows-1252 character never stops a load.
 */
public final class TextSource {
    private final String name;
    private final IoSupplier opener;

    /** Opens an input stream. */
    @FunctionalInterface
    public interface IoSupplier {
        InputStream open() throws IOException;
    }

    private TextSource(String name, IoSupplier opener) {
        this.name = name;
        this.opener = opener;
    }

    /** A file on disk. */
    public static TextSource of(Path path) {
        return new TextSource(path.toString(), () -> Files.newInputStream(path));
    }

    /** A classpath resource under {@code /reference/}. */
    public static TextSource resource(String path) {
        String full = "/reference/" + path;
        return new TextSource(full, () -> {
            InputStream in = TextSource.class.getResourceAsStream(full);
            if (in == null) {
                throw new IOException("resource " + full + " is missing from the build");
            }
            return in;
        });
    }

    /** The name used in messages. */
    public String name() {
        return name;
    }

    /**
     * Opens the text. For a zip, the first member accepted by {@code member} (by lower-case name) is read.
     */
    public BufferedReader open(Predicate<String> member) {
        try {
            InputStream raw = new BufferedInputStream(opener.open(), 1 << 16);
            raw.mark(4);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = raw;
            if (b0 == 0x1f && b1 == 0x8b) {
                in = new GZIPInputStream(raw, 1 << 16);
            } else if (b0 == 'P' && b1 == 'K') {
                ZipInputStream zip = new ZipInputStream(raw);
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    String n = e.getName().toLowerCase(Locale.ROOT);
                    String base = n.substring(n.lastIndexOf('/') + 1);
                    if (!e.isDirectory() && member.test(base)) {
                        break;
                    }
                }
                if (e == null) {
                    zip.close();
                    throw new ReferenceDataException(name + ": the zip holds no member this loader can read");
                }
                in = zip;
            }
            // UTF-8 (the CMS POS list is UTF-8); a stray Windows-1252 byte in a description becomes U+FFFD, never a
            // failure, and codes (ASCII) are never affected.
            java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
            return new BufferedReader(new InputStreamReader(in, dec), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /** Opens a non-zip file, or the first text-like member of a zip. */
    public BufferedReader open() {
        return open(n -> n.endsWith(".txt") || n.endsWith(".csv") || n.endsWith(".tsv"));
    }
}
