package org.sonobill.cli;

import java.nio.file.Path;
import org.sonobill.engine.reference.ReferenceLibrary;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by every command that reads imported reference data. */
final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Reference data directory, also "
            + "holding installed payer packs (payers/) and coverage articles (coverage/) (default: "
            + "$SONOBILL_HOME/reference or ~/.sonobill/reference).")
    Path dir;

    /** The directory given, or the default. */
    Path resolve() {
        return dir != null ? dir : ReferenceLibrary.defaultUserDir();
    }

    /** Where installed payer rule packs live: {@code payers/} under the data directory. */
    Path payers() {
        return resolve().resolve("payers");
    }

    /** Where imported Medicare coverage articles live: {@code coverage/} under the data directory. */
    Path coverage() {
        return resolve().resolve("coverage");
    }
}
