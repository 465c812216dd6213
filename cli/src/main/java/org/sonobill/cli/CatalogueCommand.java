package org.sonobill.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.catalogue.ExamFamily;
import org.sonobill.engine.catalogue.UltrasoundCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sonobill catalogue}: the codes SonoBill bills and the exam families with their required elements. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "List the ultrasound codes (with SonoBill's own descriptions) and the exam families with the "
                + "elements a complete exam needs.")
final class CatalogueCommand implements Callable<Integer> {
    @Option(names = "--families", description = "List exam families and their required elements instead of codes.")
    boolean families;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Catalogue c = Catalogue.bundled();
        PrintWriter out = spec.commandLine().getOut();
        if (families) {
            for (ExamFamily f : c.families().values()) {
                out.printf("%-24s %s%n", f.key(), f.name());
                out.printf("    codes: %s%n", String.join(", ", f.codes()));
                if (!f.list("elements").isEmpty()) {
                    out.printf("    complete needs: %s%n", String.join(", ", f.list("elements")));
                }
                out.printf("    source: %s%n", f.source());
            }
            return 0;
        }
        for (UltrasoundCode u : c.codes().values()) {
            out.printf("%s  %-17s %s%n", u.code(), u.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    u.description());
        }
        return 0;
    }
}
