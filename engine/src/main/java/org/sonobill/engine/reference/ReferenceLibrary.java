package org.sonobill.engine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * All reference data, effective-dated: the versions shipped in the jar plus those a user imported into the data
 * directory ({@code ~/.sonobill/reference}). Each table loads on first use; lookups pick the version in force on
 * the date of service.
 */
public final class ReferenceLibrary {
    private static final String MANIFEST = "manifest.tsv";
    private final Map<DatasetKind, Versioned<?>> tables = new EnumMap<>(DatasetKind.class);
    private final Path userDir;

    private ReferenceLibrary(Path userDir) {
        this.userDir = userDir;
        for (DatasetKind k : DatasetKind.values()) {
            tables.put(k, new Versioned<>());
        }
    }

    /** The bundled data only (tests, benchmarks). */
    public static ReferenceLibrary bundled() {
        ReferenceLibrary lib = new ReferenceLibrary(null);
        lib.loadBundled();
        return lib;
    }

    /** The bundled data plus whatever was imported into {@code userDir} (which need not exist). */
    public static ReferenceLibrary withUserData(Path userDir) {
        ReferenceLibrary lib = new ReferenceLibrary(userDir);
        lib.loadBundled();
        lib.loadUser();
        return lib;
    }

    /** The default data directory: {@code $SONOBILL_HOME/reference}, else {@code ~/.sonobill/reference}. */
    public static Path defaultUserDir() {
        String home = System.getenv("SONOBILL_HOME");
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".sonobill");
        return base.resolve("reference");
    }

    /** PTP edits in force on a date, from the practitioner or the hospital table. */
    public Versioned.Selection<PtpTable> ptp(boolean hospital, LocalDate dos) {
        return this.<PtpTable>table(hospital ? DatasetKind.PTP_HOSPITAL : DatasetKind.PTP_PRACTITIONER).on(dos);
    }

    /** MUEs in force on a date. */
    public Versioned.Selection<MueTable> mue(boolean hospital, LocalDate dos) {
        return this.<MueTable>table(hospital ? DatasetKind.MUE_HOSPITAL : DatasetKind.MUE_PRACTITIONER).on(dos);
    }

    /** Add-on code edits in force on a date. */
    public Versioned.Selection<AddOnTable> addOns(LocalDate dos) {
        return this.<AddOnTable>table(DatasetKind.AOC).on(dos);
    }

    /** Fee-schedule indicators and RVUs in force on a date. */
    public Versioned.Selection<FeeSchedule> feeSchedule(LocalDate dos) {
        return this.<FeeSchedule>table(DatasetKind.RVU).on(dos);
    }

    /** Geographic practice cost indices in force on a date. */
    public Versioned.Selection<GpciTable> gpci(LocalDate dos) {
        return this.<GpciTable>table(DatasetKind.GPCI).on(dos);
    }

    /** True when some version of the dataset is loaded (bundled or imported). */
    public boolean has(DatasetKind kind) {
        return !tables.get(kind).isEmpty();
    }

    /** The ICD-10-CM code set in force on a date (fiscal years start on 1 October). */
    public Versioned.Selection<IcdCodeSet> icd10cm(LocalDate dos) {
        return this.<IcdCodeSet>table(DatasetKind.ICD10CM).on(dos);
    }

    /** Place-of-service codes in force on a date. */
    public Versioned.Selection<PlaceOfServiceTable> placesOfService(LocalDate dos) {
        return this.<PlaceOfServiceTable>table(DatasetKind.POS).on(dos);
    }

    /** The claim adjustment reason codes (CARC) list in force on a date; each code says when it was active. */
    public Versioned.Selection<AdjustmentCodeList> carcs(LocalDate date) {
        return this.<AdjustmentCodeList>table(DatasetKind.CARC).on(date);
    }

    /** The remittance advice remark codes (RARC) list in force on a date; each code says when it was active. */
    public Versioned.Selection<AdjustmentCodeList> rarcs(LocalDate date) {
        return this.<AdjustmentCodeList>table(DatasetKind.RARC).on(date);
    }

    /** Every loaded version of every dataset. */
    public List<DataVersion> versions() {
        List<DataVersion> out = new ArrayList<>();
        for (DatasetKind k : DatasetKind.values()) {
            out.addAll(tables.get(k).versions());
        }
        return out;
    }

    /**
     * Validates a file by loading it completely, then copies it into the data directory as the version of
     * {@code kind} effective from {@code effective}. Nothing is written if the file does not load.
     *
     * @return the version recorded, with the number of rows or codes read
     */
    public ImportResult importFile(DatasetKind kind, Path file, LocalDate effective, String label) {
        if (userDir == null) {
            throw new IllegalStateException("this library has no data directory");
        }
        if (!Files.isRegularFile(file)) {
            throw new ReferenceDataException(file + ": no such file");
        }
        Object table = load(kind, TextSource.of(file), effective, label);
        int rows = sizeOf(table);
        try {
            Path dir = userDir.resolve(kind.key());
            Files.createDirectories(dir);
            String name = effective + "__" + file.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
            Path target = dir.resolve(name);
            Path tmp = dir.resolve(name + ".part");
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String row = String.join("\t", kind.key(), effective.toString(), kind.key() + "/" + name,
                    oneLine(label), oneLine("imported from " + file.toAbsolutePath())) + "\n";
            Files.writeString(userDir.resolve(MANIFEST), row, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            DataVersion v = new DataVersion(kind, effective, oneLine(label), target.toString(),
                    oneLine("imported from " + file.toAbsolutePath()));
            register(kind, v, TextSource.of(target));
            return new ImportResult(v, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to " + userDir + ": " + e.getMessage(), e);
        }
    }

    /** Control characters (tabs, line breaks) would split a manifest row: they become spaces. */
    private static String oneLine(String s) {
        return s.replaceAll("\\p{Cntrl}", " ").trim();
    }

    /** What an import recorded. */
    public record ImportResult(DataVersion version, int rows) {
    }

    /** Loads a version now and returns the number of rows or codes it holds (for `data status --verify`). */
    public int rowsOf(DataVersion v) {
        Versioned<?> t = tables.get(v.kind());
        return sizeOf(t.on(v.effective()).table());
    }

    // ---------------------------------------------------------------- internals

    @SuppressWarnings("unchecked")
    private <T> Versioned<T> table(DatasetKind kind) {
        Versioned<T> v = (Versioned<T>) tables.get(kind);
        if (v.isEmpty()) {
            throw new ReferenceDataException("no " + kind.key() + " data is loaded; import one with "
                    + "`sonobill data import " + kind.key() + " FILE --effective YYYY-MM-DD`");
        }
        return v;
    }

    private void loadBundled() {
        try (InputStream in = ReferenceLibrary.class.getResourceAsStream("/reference/" + MANIFEST)) {
            if (in == null) {
                throw new ReferenceDataException("/reference/" + MANIFEST + " is missing from the build");
            }
            readManifest(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "bundled manifest",
                    TextSource::resource, "bundled");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadUser() {
        Path m = userDir.resolve(MANIFEST);
        if (!Files.isRegularFile(m)) {
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(m, StandardCharsets.UTF_8)) {
            readManifest(r, m.toString(), p -> TextSource.of(userDir.resolve(p)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(m + ": " + e.getMessage(), e);
        }
    }

    private void readManifest(BufferedReader r, String name, Function<String, TextSource> open, String origin)
            throws IOException {
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new ReferenceDataException(name + ":" + no + ": expected kind, effective date, file and label separated by tabs");
            }
            DatasetKind kind = DatasetKind.byKey(f[0]).orElseThrow(() -> new ReferenceDataException(
                    name + ": unknown dataset kind \"" + f[0] + "\""));
            LocalDate eff;
            try {
                eff = LocalDate.parse(f[1]);
            } catch (DateTimeParseException e) {
                throw new ReferenceDataException(name + ": expected an effective date as YYYY-MM-DD, found \"" + f[1] + "\"");
            }
            TextSource src = open.apply(f[2]);
            String where = origin != null ? origin : src.name();
            register(kind, new DataVersion(kind, eff, f[3], where, f.length > 4 ? f[4] : ""), src);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void register(DatasetKind kind, DataVersion v, TextSource src) {
        Versioned t = tables.get(kind);
        t.add(v, () -> load(kind, src, v.effective(), v.label()));
        generation++;
    }

    private volatile int generation;

    /** Changes whenever a version is added: caches of answers that depend on the versions key on it. */
    public int generation() {
        return generation;
    }

    private static Object load(DatasetKind kind, TextSource src, LocalDate effective, String label) {
        long start = System.nanoTime();
        Object table = read(kind, src, effective, label);
        if (Boolean.getBoolean("sonobill.timing")) {
            System.err.printf("sonobill: loaded %s (%s) in %d ms%n", kind.key(), label, (System.nanoTime() - start) / 1_000_000);
        }
        return table;
    }

    private static Object read(DatasetKind kind, TextSource src, LocalDate effective, String label) {
        return switch (kind) {
            case PTP_PRACTITIONER, PTP_HOSPITAL -> CmsLoaders.ptp(src);
            case MUE_PRACTITIONER, MUE_HOSPITAL -> CmsLoaders.mue(src);
            case AOC -> CmsLoaders.aoc(src, effective);
            case RVU -> CmsLoaders.rvu(src);
            case GPCI -> CmsLoaders.gpci(src);
            case ICD10CM -> CmsLoaders.icd10cm(src, label);
            case POS -> CmsLoaders.pos(src);
            case CARC -> CmsLoaders.carc(src);
            case RARC -> CmsLoaders.rarc(src);
        };
    }

    private static int sizeOf(Object table) {
        if (table instanceof PtpTable t) {
            return t.size();
        }
        if (table instanceof MueTable t) {
            return t.size();
        }
        if (table instanceof AddOnTable t) {
            return t.size();
        }
        if (table instanceof FeeSchedule t) {
            return t.size();
        }
        if (table instanceof GpciTable t) {
            return t.size();
        }
        if (table instanceof IcdCodeSet t) {
            return t.size();
        }
        if (table instanceof PlaceOfServiceTable t) {
            return t.size();
        }
        if (table instanceof AdjustmentCodeList t) {
            return t.size();
        }
        return 0;
    }
}
