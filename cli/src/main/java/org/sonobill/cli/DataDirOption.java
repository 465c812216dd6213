package org.sonobill.cli;

import java.nio.file.Path;
import org.sonobill.engine.reference.ReferenceLibrary;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by every command that reads imported reference data. */
final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Reference data directory (default: "
            + "$SONOBILL_HOME/reference or ~/.sonobill/reference).")
    Path dir;

    /** The directory given, or the default. */
    Path resolve() {
        return dir != null ? dir : ReferenceLibrary.defaultUserDir();
    }
}
