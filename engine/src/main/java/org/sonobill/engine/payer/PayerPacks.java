package org.sonobill.engine.payer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The payer rule packs known to this installation: those shipped in the jar ({@code /payers/*.json}) and those a
 * user installed into the data directory ({@code ~/.sonobill/payers}), which replace a bundled pack of the same id.
 */
public final class PayerPacks {
    /** The packs shipped with SonoBill. */
    public static final List<String> BUNDLED = List.of("medicare", "commercial", "commercial-hmo");
    private final Map<String, PayerPack> packs;
    private final Map<String, String> origins;

    private PayerPacks(Map<String, PayerPack> packs, Map<String, String> origins) {
        this.packs = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(packs)); // looked up per claim
        this.origins = Map.copyOf(origins);
    }

    /** The packs shipped in the jar. */
    public static PayerPacks bundled() {
        Map<String, PayerPack> out = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        for (String id : BUNDLED) {
            String path = "/payers/" + id + ".json";
            try (InputStream in = PayerPacks.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is missing from the build");
                }
                PayerPack p = PackReader.pack(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
                out.put(p.id(), p);
                origins.put(p.id(), "bundled");
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": " + e.getMessage(), e);
            }
        }
        return new PayerPacks(out, origins);
    }

    /**
     * The bundled packs plus every {@code *.json} pack in {@code dir} (which need not exist); a user pack replaces the
     * bundled pack of the same id. A broken user pack is an error naming the file, never silently skipped.
     */
    public static PayerPacks withUserPacks(Path dir) {
        PayerPacks b = bundled();
        if (dir == null || !Files.isDirectory(dir)) {
            return b;
        }
        Map<String, PayerPack> out = new LinkedHashMap<>(b.packs);
        Map<String, String> origins = new LinkedHashMap<>(b.origins);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                PayerPack p = read(f);
                out.put(p.id(), p);
                origins.put(p.id(), f.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
        return new PayerPacks(out, origins);
    }

    /** Reads and validates one pack file; {@link InvalidPackException} names every problem. */
    public static PayerPack read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidPackException(List.of(new org.sonobill.engine.study.InputProblem(file.toString(), 0, 0, "",
                    "no such file")));
        }
        try {
            return PackReader.pack(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads rules on their own ({@code {"rules": [...]}} or an array), to try them on claims without saving them. */
    public static List<PayerRule> readRules(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidPackException(List.of(new org.sonobill.engine.study.InputProblem(file.toString(), 0, 0, "",
                    "no such file")));
        }
        try {
            return PackReader.rules(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Validates a pack and copies it into {@code dir} as {@code <id>.json}, atomically: a pack that does not read is
     * never installed, and a reader never sees half a file.
     */
    public static PayerPack install(Path file, Path dir) {
        PayerPack p = read(file);
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(p.id() + ".json.part");
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, dir.resolve(p.id() + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The pack, or null. */
    public PayerPack get(String id) {
        return packs.get(id);
    }

    /** Where a pack came from: "bundled" or the file it was read from. */
    public String origin(String id) {
        return origins.get(id);
    }

    /** All pack ids. */
    public Set<String> ids() {
        return packs.keySet();
    }

    /** The same packs with one replaced (a dry run of an edited pack or extra rules). */
    public PayerPacks with(PayerPack pack, String origin) {
        Map<String, PayerPack> out = new LinkedHashMap<>(packs);
        Map<String, String> o = new LinkedHashMap<>(origins);
        out.put(pack.id(), pack);
        o.put(pack.id(), origin);
        return new PayerPacks(out, o);
    }
}
