package org.sonobill.server.appeal.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The appeal letter's body as data: an opening, the argument for the denial's root cause and a closing, each a
 * template (docs/denials.md) looked up first in the user's directory, then among the bundled templates, the payer
 * pack's own before the general one. The argument falls back to {@code default.txt} for a root cause with no template.
 */
public final class LetterTemplates {

    static final String BUNDLED = "appeal/templates/";
    private static final String OPENING = "opening";
    private static final String CLOSING = "closing";
    private static final String DEFAULT = "default";

    private final Path userDirectory;

    /** Bundled templates only. */
    public LetterTemplates() {
        this(null);
    }

    /** Templates in {@code userDirectory} (e.g. {@code ~/.sonobill/templates}; may be null) win over bundled ones. */
    public LetterTemplates(Path userDirectory) {
        this.userDirectory = userDirectory;
    }

    /**
     * The editable letter body for these facts: plain-text paragraphs separated by blank lines, lines starting with
     * {@code "- "} as list items. This is what a denial specialist edits before the letter is rendered.
     *
     * @throws TemplateException when a template names an unknown placeholder or is malformed
     */
    public String draft(AppealFacts facts) {
        String pack = facts.payer().payerPack();
        List<String> parts = List.of(OPENING, facts.denial().rootCause().slug(), CLOSING);
        return parts.stream()
                .map(part -> render(find(pack, part), facts))
                .filter(text -> !text.isBlank())
                .collect(Collectors.joining("\n\n"));
    }

    /** Where the template for a part comes from, for the UI to say which one is in use. */
    public String sourceOf(String payerPack, String part) {
        return find(payerPack, part).name();
    }

    private static String render(Source source, AppealFacts facts) {
        String text = TemplateText.parse(source.name(), source.text(), AppealFacts.class).render(facts);
        return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n"))
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    /** A template's text and the name errors give it. */
    private record Source(String name, String text) {}

    /**
     * The user's directory before the bundled templates, the payer pack's folder before the general one; then the same
     * for {@code default.txt} when the part is an argument.
     */
    private Source find(String pack, String part) {
        List<String> tried = new ArrayList<>();
        List<String> parts = part.equals(OPENING) || part.equals(CLOSING) ? List.of(part) : List.of(part, DEFAULT);
        for (String each : parts) {
            List<String> names = candidates(pack, each);
            tried.addAll(names);
            Optional<Source> found = names.stream().map(this::userFile).flatMap(Optional::stream).findFirst()
                    .or(() -> names.stream().map(LetterTemplates::bundled).flatMap(Optional::stream).findFirst());
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new TemplateException("no appeal letter template for " + part + " (looked for " + tried + ")");
    }

    private static List<String> candidates(String pack, String part) {
        return pack == null || pack.isBlank()
                ? List.of(part + ".txt")
                : List.of(pack + "/" + part + ".txt", part + ".txt");
    }

    private Optional<Source> userFile(String name) {
        if (userDirectory == null) {
            return Optional.empty();
        }
        Path file = userDirectory.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the appeal letter template " + file, e);
        }
    }

    private static Optional<Source> bundled(String name) {
        String resource = BUNDLED + name;
        try (InputStream in = LetterTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Source(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the bundled appeal letter template " + resource, e);
        }
    }
}
